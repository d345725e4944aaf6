using Sobes.Core.Library;
using Sobes.Data.Storage;

namespace Sobes.Data.Library;

/// <summary>A topic's study sheet: its notes, its answered questions, and the sources they came from, numbered.</summary>
public sealed record StudySheet(Topic Topic, IReadOnlyList<StudySheetEntry> Notes, IReadOnlyList<StudySheetEntry> Questions, IReadOnlyList<StudySheetSource> Sources);

/// <summary>One note or answered question: its heading, its text (a note's body, a question's answer) and the numbers of its sources.</summary>
public sealed record StudySheetEntry(long ItemId, string Heading, string? Question, string Text, IReadOnlyList<int> Sources);

/// <summary>A source of the sheet: the file (or channel) and its title, and the number entries cite it by.</summary>
public sealed record StudySheetSource(int Number, string Source, string? Title);

/// <summary>Builds a topic's study sheet from the library, for `sobes notes` and the printable topic page.</summary>
public static class StudySheets
{
    /// <summary>The topic a slug or an English or Russian name names (any case); null when none.</summary>
    public static Topic? FindTopic(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim();
        return Taxonomy.Topics.FirstOrDefault(t => t.Slug.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            || t.NameEn.Equals(wanted, StringComparison.OrdinalIgnoreCase) || t.NameRu.Equals(wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The topic's notes and its questions that have an answer, in library order (quizzes, problems and unanswered
    /// questions are practice, not reading). Sources are numbered in the order the entries first cite them.
    /// </summary>
    public static async Task<StudySheet> ForTopicAsync(SobesDbContext db, Topic topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(topic);
        var notes = new List<StudySheetEntry>();
        var questions = new List<StudySheetEntry>();
        var sources = new Dictionary<(string, string?), int>();
        var filter = new LibraryFilter(Kinds: ["note", "question"], Topics: [topic.Slug]);
        await foreach (var item in LibraryQueries.StreamAsync(db, filter, cancellationToken))
        {
            var cited = item.Sources.Select(s => (s.Source, s.SourceTitle)).Distinct()
                .Select(s => sources.TryGetValue(s, out var n) ? n : sources[s] = sources.Count + 1).ToList();
            if (item.Kind == "note")
            {
                notes.Add(new StudySheetEntry(item.Id, item.Title, null, item.Body, cited));
            }
            else if (item.Answer is { Length: > 0 } answer)
            {
                var question = item.Question is { Length: > 0 } q && !q.Trim().Equals(item.Title.Trim(), StringComparison.Ordinal) ? q : null;
                questions.Add(new StudySheetEntry(item.Id, item.Title, question, answer, cited));
            }
        }

        return new StudySheet(topic, notes, questions, sources.Select(s => new StudySheetSource(s.Value, s.Key.Item1, s.Key.Item2)).ToList());
    }
}
