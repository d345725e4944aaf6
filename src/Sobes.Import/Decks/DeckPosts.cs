using System.Text;
using System.Text.RegularExpressions;
using Sobes.Core.Export;
using Sobes.Core.Library;
using Sobes.Core.Posts;

namespace Sobes.Import.Decks;

/// <summary>
/// Turns a deck note into a post. Basic notes become questions (first field the question, second the answer, further
/// fields appended to the answer); Cloze notes become notes whose text keeps Anki's cloze markers
/// (<c>{{c1::answer::hint}}</c>) for the author's cloze cards, titled by the text with its deletions filled in; tags
/// become hashtags and, with deck names, topic hints.
/// </summary>
internal static partial class DeckPosts
{
    /// <summary>The name of the quiz note type a Sobes export declares.</summary>
    public const string SobesQuiz = "Sobes Quiz";

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
        if (note.NoteType == SobesQuiz && QuizOf(fields, note.Fields) is { } poll)
        {
            return new RawPost
            {
                Locator = note.Guid is { Length: > 0 } quizGuid ? NoteLocator.Of(quizGuid) : note.Place,
                Line = note.Line,
                Text = poll.Question,
                TitleHint = poll.Question,
                KindHint = PostKindHint.Quiz,
                Poll = poll,
                Hashtags = Hashtags(note),
                TopicHints = TopicHints(note),
                Media = media,
                Date = note.Modified,
                Section = note.Deck,
                History = note.History,
                Preset = note.Preset,
            };
        }

        var text = answer.Length > 0 ? question + "\n\n" + answer : question;
        return new RawPost
        {
            Locator = note.Guid is { Length: > 0 } guid ? NoteLocator.Of(guid) : note.Place,
            Line = note.Line,
            Text = text,
            TitleHint = cloze ? FirstLine(Reveal(question)) : question,
            AnswerHint = cloze || answer.Length == 0 ? null : answer,
            KindHint = cloze ? PostKindHint.Note : PostKindHint.Question,
            Hashtags = Hashtags(note),
            TopicHints = TopicHints(note),
            Media = media,
            Date = note.Modified,
            Section = note.Deck,
            History = note.History,
            Preset = note.Preset,
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

    // A "topic::slug" tag (a Sobes export's) names a topic, not a hashtag.
    private static List<string> Hashtags(DeckNote note) =>
        note.Tags.Where(t => !IsTopicTag(t)).Select(Hashtag).Where(t => t.Length > 2).Distinct(StringComparer.Ordinal).ToList();

    private static bool IsTopicTag(string tag) => tag.StartsWith(DeckExport.TopicTag, StringComparison.OrdinalIgnoreCase);

    private static List<string> TopicHints(DeckNote note)
    {
        var hints = new List<string>();
        var tagParts = note.Tags.SelectMany(t => IsTopicTag(t)
            ? [Taxonomy.Find(t[DeckExport.TopicTag.Length..])?.NameEn ?? t[DeckExport.TopicTag.Length..]]
            : t.Split("::"));
        foreach (var part in (note.Deck ?? "").Split("::").Concat(tagParts))
        {
            var hint = part.Replace('_', ' ').Replace('-', ' ').Trim();
            if (hint.Length > 1 && !hint.Equals("Default", StringComparison.OrdinalIgnoreCase) && !hints.Contains(hint, StringComparer.OrdinalIgnoreCase))
            {
                hints.Add(hint);
            }
        }

        return hints;
    }

    // A Sobes Quiz note (a Sobes export's): Question, Options ("A. text" a line), Answer ("B. text" for the key, or
    // "Crowd: A. 40% · B. 60%"), Explanation; null when the options do not read as such.
    private static Poll? QuizOf(IReadOnlyList<string> fields, IReadOnlyList<string> raw)
    {
        if (fields.Count < 3)
        {
            return null;
        }

        var options = new List<(string Letter, string Text)>();
        foreach (var line in fields[1].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = OptionLine().Match(line);
            if (!m.Success || m.Groups[1].Value != DeckExport.Letter(options.Count))
            {
                return null;
            }

            options.Add((m.Groups[1].Value, m.Groups[2].Value));
        }

        if (options.Count < 2 || fields[0].Trim().Length == 0)
        {
            return null;
        }

        var answer = fields[2].Trim();
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        int? key = null;
        if (answer.StartsWith("Crowd:", StringComparison.Ordinal))
        {
            foreach (Match m in ShareOf().Matches(answer))
            {
                shares[m.Groups[1].Value] = double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) / 100;
            }

            // The exact shares a Sobes export keeps beside the rounded ones it shows.
            foreach (Match m in ExactShare().Matches(raw.Count > 2 ? raw[2] : ""))
            {
                if (double.TryParse(m.Groups[2].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var exact) && exact is >= 0 and <= 1)
                {
                    shares[m.Groups[1].Value] = exact;
                }
            }
        }
        else if (OptionLine().Match(answer) is { Success: true } k && options.FindIndex(o => o.Letter == k.Groups[1].Value) is var index and >= 0)
        {
            key = index;
        }

        var explanation = fields.Count > 3 && fields[3].Trim().Length > 0 ? fields[3].Trim() : null;
        return new Poll
        {
            Question = fields[0].Trim(),
            Options = options.Select(o => new PollOption(o.Text, shares.TryGetValue(o.Letter, out var share) ? share : null)).ToList(),
            IsQuiz = true,
            CorrectOption = key,
            Explanation = explanation,
        };
    }

    [GeneratedRegex(@"^([A-Z]{1,2})\. (.*)$", RegexOptions.Singleline)]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"\b([A-Z]{1,2})\. (\d+(?:\.\d+)?)%")]
    private static partial Regex ShareOf();

    [GeneratedRegex(@"\b([A-Z]{1,2})\. <span data-share=""([0-9.Ee+-]+)"">")]
    private static partial Regex ExactShare();
}
