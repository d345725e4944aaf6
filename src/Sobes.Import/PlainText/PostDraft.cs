using Sobes.Core.Posts;

namespace Sobes.Import.PlainText;

/// <summary>A post while the splitter is still reading it: its lines and what chrome lines said about it.</summary>
internal sealed class PostDraft(int startLine)
{
    /// <summary>1-based line where the post starts.</summary>
    public int StartLine { get; set; } = startLine;

    /// <summary>Text lines with their 1-based source line numbers; blank lines are kept as paragraph breaks.</summary>
    public List<(int Line, string Text)> Lines { get; } = [];

    public List<string> Hashtags { get; } = [];

    public List<string> Media { get; } = [];

    public List<Reaction> Reactions { get; } = [];

    public Poll? Poll { get; set; }

    /// <summary>How many renderings of the post were folded into this one.</summary>
    public int Renderings { get; set; } = 1;

    /// <summary>A closed post takes no more text: the next content line starts a new one.</summary>
    public bool Closed { get; private set; }

    public bool HasText => Lines.Any(l => l.Text.Length > 0);

    public bool IsEmpty => !HasText && Poll is null && Media.Count == 0;

    public void Close() => Closed = true;

    public void AddLine(int line, string text)
    {
        if (text.Length == 0 && (Lines.Count == 0 || Lines[^1].Text.Length == 0))
        {
            return;
        }

        Lines.Add((line, text));
    }

    public void AddHashtags(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            if (!Hashtags.Contains(tag, StringComparer.Ordinal))
            {
                Hashtags.Add(tag);
            }
        }
    }

    public void AddReactions(IEnumerable<Reaction> reactions)
    {
        foreach (var reaction in reactions)
        {
            var index = Reactions.FindIndex(r => r.Emoji == reaction.Emoji);
            if (index < 0)
            {
                Reactions.Add(reaction);
            }
            else if (Reactions[index].Count < reaction.Count)
            {
                Reactions[index] = reaction;
            }
        }
    }

    /// <summary>Index in <see cref="Lines"/> of the last non-blank line, or -1.</summary>
    public int LastTextIndex => Lines.FindLastIndex(l => l.Text.Length > 0);
}
