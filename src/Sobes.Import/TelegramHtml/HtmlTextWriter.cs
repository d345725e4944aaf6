using System.Text;
using AngleSharp.Dom;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramHtml;

/// <summary>Accumulates text as <see cref="HtmlText.Extract"/> enters and leaves elements.</summary>
internal sealed class HtmlTextWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _links = [];
    private readonly List<string> _hashtags = [];
    private readonly List<CodeBlock> _code = [];
    private readonly Stack<(int Start, string? Language)> _pres = new();
    private readonly Stack<(int Start, string? Href)> _anchors = new();

    public void Enter(IElement element, bool isBlock)
    {
        switch (element.LocalName)
        {
            case "br":
                _text.Append('\n');
                return;
            case "pre":
                EnsureNewline();
                _pres.Push((_text.Length, LanguageOf(element)));
                return;
            case "a":
                _anchors.Push((_text.Length, element.GetAttribute("href")));
                return;
            case "img" when element.GetAttribute("alt") is { Length: > 0 } alt:
                Write(alt);
                return;
        }

        if (isBlock)
        {
            EnsureNewline();
        }
    }

    public void Leave(IElement element, bool isBlock)
    {
        if (element.LocalName == "pre" && _pres.TryPop(out var pre))
        {
            var code = _text.ToString(pre.Start, _text.Length - pre.Start).Trim('\n');
            if (code.Length > 0)
            {
                _code.Add(new CodeBlock(pre.Language, code));
            }
        }
        else if (element.LocalName == "a" && _anchors.TryPop(out var anchor))
        {
            AddAnchor(_text.ToString(anchor.Start, _text.Length - anchor.Start).Trim(), anchor.Href);
        }

        if (isBlock)
        {
            EnsureNewline();
        }
    }

    public void Write(string text)
    {
        if (_pres.Count > 0)
        {
            _text.Append(text.Replace("\r\n", "\n", StringComparison.Ordinal));
            return;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00a0')
            {
                if (_text.Length > 0 && _text[^1] is not (' ' or '\n'))
                {
                    _text.Append(' ');
                }
            }
            else
            {
                _text.Append(c);
            }
        }
    }

    public HtmlText Build() => new(HtmlText.Tidy(_text.ToString()), _links, _hashtags, _code);

    private void AddAnchor(string text, string? href)
    {
        if (text.StartsWith('#') && text.Length > 1)
        {
            AddOnce(_hashtags, text);
        }
        else if (!text.StartsWith('@') && href is { Length: > 0 }
            && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            AddOnce(_links, href);
        }
    }

    private static string? LanguageOf(IElement pre)
    {
        var language = pre.GetAttribute("data-language");
        if (!string.IsNullOrEmpty(language))
        {
            return language;
        }

        foreach (var element in new[] { pre, pre.FirstElementChild })
        {
            foreach (var name in element?.ClassList ?? Enumerable.Empty<string>())
            {
                if (name.StartsWith("language-", StringComparison.Ordinal))
                {
                    return name["language-".Length..];
                }
            }
        }

        return null;
    }

    private void EnsureNewline()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
