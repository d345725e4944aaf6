using System.Text;
using AngleSharp.Dom;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramHtml;

/// <summary>Plain text of an HTML fragment with its line breaks, links, hashtags and code blocks.</summary>
internal sealed record HtmlText(string Text, IReadOnlyList<string> Links, IReadOnlyList<string> Hashtags, IReadOnlyList<CodeBlock> Code)
{
    public static readonly HtmlText Empty = new("", [], [], []);

    private static readonly HashSet<string> Dropped = ["script", "style", "template", "noscript", "head", "svg", "iframe", "object"];

    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tr", "ul",
    ];

    /// <summary>Walks the tree with an explicit stack: deeply nested markup cannot overflow the call stack.</summary>
    public static HtmlText Extract(INode? root)
    {
        if (root is null)
        {
            return Empty;
        }

        var writer = new HtmlTextWriter();
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (leaving)
                {
                    writer.Leave(element, Blocks.Contains(name));
                    continue;
                }

                if (Dropped.Contains(name))
                {
                    continue;
                }

                writer.Enter(element, Blocks.Contains(name));
                stack.Push((node, true));
                PushChildren(stack, node);
            }
            else if (node.NodeType == NodeType.Text)
            {
                writer.Write(node.TextContent);
            }
            else if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
            {
                PushChildren(stack, node);
            }
        }

        return writer.Build();
    }

    /// <summary>The plain text of an element, whitespace collapsed and ends trimmed.</summary>
    public static string Of(INode? node) => Extract(node).Text;

    private static void PushChildren(Stack<(INode Node, bool Leaving)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    internal static string Tidy(string text)
    {
        var builder = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd(' ', '\t', '\u00a0');
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1)
            {
                builder.Append(line).Append('\n');
            }
        }

        return builder.ToString().Trim('\n', ' ');
    }
}
