using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sobes.Core.Cards;
using Sobes.Core.Cards.Linting;
using Sobes.Core.Library;

namespace Sobes.Core.Export;

/// <summary>
/// Which items go out to a deck and as which notes. A practisable item (not an ad, a resource, a case, nor one waiting
/// for an answer) becomes one note: a question or a problem with its answer → Basic; a quiz with its options → Quiz; a
/// note → Cloze when its text holds an author's cloze deletions ({{c1::…}}), else Basic (title, text); each generated
/// cloze card → a Cloze note of its own. Notes go to one deck per topic under <see cref="ParentDeck"/>; tags are
/// "topic::" + each topic's slug and the hashtags; GUIDs follow from the library, the item and the card key
/// (<see cref="DeckGuids"/>), or are the Anki GUID the item was read with, so a re-export updates notes in place. Every
/// note's last field is <see cref="DeckNoteField"/>: what Anki has no field for, so a Sobes import gets the item back whole.
/// </summary>
public static partial class DeckExport
{
    /// <summary>The deck every exported deck sits under.</summary>
    public const string ParentDeck = "Sobes";

    /// <summary>The tag prefix of a topic: "topic::metrics".</summary>
    public const string TopicTag = "topic::";

    /// <summary>The tag a generated cloze note carries: a Sobes import skips such notes, since it generates them itself.</summary>
    public const string GeneratedTag = "sobes::generated";

    /// <summary>Whether the item goes out: it has what a card needs and nothing keeps it out of practice.</summary>
    public static bool IsPractisable(ExportItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return !item.NeedsAnswer && item.Kind switch
        {
            "question" or "problem" => !string.IsNullOrWhiteSpace(item.Answer),
            "note" => !string.IsNullOrWhiteSpace(item.Body),
            "quiz" => item.Options.Count >= 2,
            _ => false,
        };
    }

    /// <summary>The notes of <paramref name="item"/> (none when it is not practisable); <paramref name="libraryId"/> keeps GUIDs apart across libraries.</summary>
    public static IReadOnlyList<DeckNoteDraft> NotesOf(ExportItem item, string libraryId)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!IsPractisable(item))
        {
            return [];
        }

        var deck = DeckOf(item.Topics);
        var tags = TagsOf(item);
        var main = MainNote(item, libraryId, deck, tags);
        var notes = new List<DeckNoteDraft> { main with { Fields = [.. main.Fields, DeckNoteField.Of(item, main.Cards)] } };
        foreach (var cloze in item.Clozes)
        {
            var at = cloze.Prompt.IndexOf(LintRules.Blank, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var text = Html(cloze.Prompt[..at]) + "{{c1::" + Html(cloze.Answer) + "}}" + Html(cloze.Prompt[(at + LintRules.Blank.Length)..]);
            DeckCardDraft[] cards = [new DeckCardDraft(0, cloze.GeneratorKey)];
            notes.Add(new DeckNoteDraft(DeckGuids.Of(libraryId, item.Id, cloze.GeneratorKey), DeckNoteType.Cloze,
                [text, Html(item.Title), DeckNoteField.Generated(main.Guid, cards)], deck, [.. tags, GeneratedTag], item.Id, item.UpdatedAt, cards));
        }

        return notes;
    }

    /// <summary>"Sobes::Metrics" for an item whose first topic is metrics; "Sobes" for one without a topic.</summary>
    public static string DeckOf(IReadOnlyList<string> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return topics.Count > 0 && Taxonomy.Find(topics[0]) is { } topic ? ParentDeck + "::" + topic.NameEn
            : topics.Count > 0 ? ParentDeck + "::" + topics[0]
            : ParentDeck;
    }

    /// <summary>Text as an Anki field holds it: HTML with its markup characters escaped and line breaks as &lt;br&gt;.</summary>
    public static string Html(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\n' => "<br>",
                '\r' => "",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    /// <summary>The cloze numbers an author's text holds, in ascending order.</summary>
    public static IReadOnlyList<int> ClozeNumbers(string text) =>
        AuthorClozes.Deletions(text ?? "").Select(d => d.Number).Where(n => n > 0).Distinct().Order().ToList();

    private static DeckNoteDraft MainNote(ExportItem item, string libraryId, string deck, IReadOnlyList<string> tags)
    {
        var guid = item.AnkiGuid is { Length: > 0 } anki ? anki : DeckGuids.Of(libraryId, item.Id, "item");
        switch (item.Kind)
        {
            case "quiz":
                return new DeckNoteDraft(guid, DeckNoteType.Quiz, QuizFields(item), deck, tags, item.Id, item.UpdatedAt, [new DeckCardDraft(0, GeneratorKeys.Choice)]);
            case "note" when ClozeNumbers(item.Body) is { Count: > 0 } numbers:
                return new DeckNoteDraft(guid, DeckNoteType.Cloze, [Html(item.Body), ""], deck, tags, item.Id, item.UpdatedAt,
                    numbers.Select(n => new DeckCardDraft(n - 1, GeneratorKeys.AuthorCloze + n.ToString(CultureInfo.InvariantCulture))).ToList());
            case "note":
                return new DeckNoteDraft(guid, DeckNoteType.Basic, [Html(item.Title), Html(item.Body)], deck, tags, item.Id, item.UpdatedAt, [new DeckCardDraft(0, null)]);
            default:
                var key = item.Kind == "problem" ? GeneratorKeys.Post : GeneratorKeys.Flashcard;
                return new DeckNoteDraft(guid, DeckNoteType.Basic, [Html(item.Question ?? item.Title), Html(item.Answer)], deck, tags, item.Id, item.UpdatedAt,
                    [new DeckCardDraft(0, key)]);
        }
    }

    // Question, Options ("A. text" a line), Answer ("B. text" for a known key, else "Crowd: A. 40% · B. 60%" when shares are known), Explanation.
    private static List<string> QuizFields(ExportItem item)
    {
        var options = string.Join("<br>", item.Options.Select((o, i) => Letter(i) + ". " + Html(o.Text)));
        var known = item.KeyOption is { } k && k >= 0 && k < item.Options.Count && item.KeySource is { } source && source.IsTrusted();
        var answer = known ? Letter(item.KeyOption!.Value) + ". " + Html(item.Options[item.KeyOption.Value].Text)
            : item.Options.Any(o => o.Share is not null)
                ? "Crowd: " + string.Join(" · ", item.Options.Select((o, i) => Letter(i) + ". " + (o.Share is { } s ? Share(s) : "?")))
                : "";
        return [Html(item.Question ?? item.Title), options, answer, Html(item.Explanation)];
    }

    /// <summary>"A", "B", … "Z", then "AA"… for the 27th option onward.</summary>
    public static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letter((index / 26) - 1) + Letter(index % 26);

    // Shown to a tenth of a percent; the exact share rides along in an attribute, so a Sobes import gets it back whole.
    private static string Share(double share) =>
        "<span data-share=\"" + share.ToString("R", CultureInfo.InvariantCulture) + "\">"
        + Math.Round(share * 100, 1).ToString("0.#", CultureInfo.InvariantCulture) + "%</span>";

    private static List<string> TagsOf(ExportItem item)
    {
        var tags = item.Topics.Select(t => TopicTag + Tag(t))
            .Concat(item.Hashtags.Select(h => Tag(h.TrimStart('#'))))
            .Where(t => t.Length > 0 && t != TopicTag)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return tags;
    }

    // Anki splits tags on spaces.
    private static string Tag(string text) => WhiteSpace().Replace(text.Trim(), "_");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
