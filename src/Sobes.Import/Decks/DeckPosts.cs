using System.Text;
using Sobes.Core.Posts;

namespace Sobes.Import.Decks;

/// <summary>
/// Turns a deck note into a post. Basic notes become questions (first field the question, second the answer, further
/// fields appended to the answer); Cloze notes become notes whose text keeps Anki's cloze markers
/// (<c>{{c1::answer::hint}}</c>) for the author's cloze cards, titled by the text with its deletions filled in; tags
/// become hashtags and, with deck names, topic hints.
/// </summary>
internal static class DeckPosts
{
    /// <summary>The post, or null with the reason when the note has nothing to ask.</summary>
    public static RawPost? ToPost(DeckNote note, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(note);
        var media = new List<string>();
        var fields = note.Fields.Select(f => note.Html ? FieldHtml.ToText(f, media) : FieldHtml.PlainToText(f, media)).ToList();
        var cloze = note.Shape == NoteShape.Cloze || (note.Shape == NoteShape.Basic && fields.Count > 0 && IsCloze(fields[0]));
        var (question, answer) = cloze ? (fields.ElementAtOrDefault(0) ?? "", Join(fields.Skip(1)))
            : note.Shape == NoteShape.Other && note.QuestionFields is { Count: > 0 } q
                ? (Join(q.Select(i => fields.ElementAtOrDefault(i) ?? "")), Join((note.AnswerFields ?? []).Select(i => fields.ElementAtOrDefault(i) ?? "")))
                : (fields.ElementAtOrDefault(0) ?? "", Join(fields.Skip(1)));
        if (question.Trim().Length == 0)
        {
            problem = fields.All(f => f.Trim().Length == 0) ? "the note is empty" : "the note's question (its first field) is empty";
            return null;
        }

        problem = null;
        var text = answer.Length > 0 ? question + "\n\n" + answer : question;
        return new RawPost
        {
            Locator = note.Guid is { Length: > 0 } guid ? NoteLocator.Of(guid) : note.Place,
            Line = note.Line,
            Text = text,
            TitleHint = cloze ? FirstLine(Reveal(question)) : question,
            AnswerHint = cloze || answer.Length == 0 ? null : answer,
            KindHint = cloze ? PostKindHint.Note : PostKindHint.Question,
            Hashtags = note.Tags.Select(Hashtag).Where(t => t.Length > 2).Distinct(StringComparer.Ordinal).ToList(),
            TopicHints = TopicHints(note),
            Media = media,
            Date = note.Modified,
            Section = note.Deck,
            Reviews = note.Reviews,
        };
    }

    /// <summary>True when the text holds an Anki cloze deletion.</summary>
    public static bool IsCloze(string text) => Core.Cards.AuthorClozes.Has(text);

    /// <summary>The text with each cloze deletion replaced by its answer.</summary>
    public static string Reveal(string text) => Core.Cards.AuthorClozes.Reveal(text);

    private static string Join(IEnumerable<string> fields) => string.Join("\n\n", fields.Where(f => f.Trim().Length > 0));

    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? trimmed : trimmed[..end].Trim();
    }

    // "ML::metrics" → "#ml_metrics": Anki's hierarchy marks become the one joiner a hashtag may hold.
    private static string Hashtag(string tag)
    {
        var text = new StringBuilder("#");
        foreach (var c in tag.Trim().TrimStart('#').Replace("::", "_", StringComparison.Ordinal))
        {
            text.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return text.ToString().Trim('_');
    }

    private static List<string> TopicHints(DeckNote note)
    {
        var hints = new List<string>();
        foreach (var part in (note.Deck ?? "").Split("::").Concat(note.Tags.SelectMany(t => t.Split("::"))))
        {
            var hint = part.Replace('_', ' ').Replace('-', ' ').Trim();
            if (hint.Length > 1 && !hint.Equals("Default", StringComparison.OrdinalIgnoreCase) && !hints.Contains(hint, StringComparer.OrdinalIgnoreCase))
            {
                hints.Add(hint);
            }
        }

        return hints;
    }
}
