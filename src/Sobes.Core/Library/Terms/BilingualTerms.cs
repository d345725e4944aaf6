using Sobes.Core.Text;

namespace Sobes.Core.Library.Terms;

/// <summary>
/// The bilingual ML term dictionary (<see cref="MlTerms"/>): Russian and English forms of one concept, stemmed so
/// that any inflection of a form finds the entry. Search expands a query word with its translations; the topic
/// tagger takes an entry with a topic as that topic's evidence in both languages. Thread-safe.
/// </summary>
public static class BilingualTerms
{
    private static readonly Lazy<Built> Data = new(Build);

    /// <summary>Every entry, in the curated order.</summary>
    public static IReadOnlyList<TermEntry> Entries => Data.Value.Entries;

    /// <summary>
    /// The other language's forms of the entries that have a one-word form stemming to <paramref name="stem"/>
    /// (a stem as <see cref="TextStemmer.Stem"/> gives it), each form as its sequence of stems; empty for a word the
    /// dictionary does not know: "gradient" gives [["градиент"]], "overfitting" the stems of "переобучение" and
    /// "переобучаться". A word translates to its own entry's forms, never to a longer term that merely contains it.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Translations(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return Data.Value.Translations.TryGetValue(stem, out var found) ? found : [];
    }

    private static Built Build()
    {
        var entries = new List<TermEntry>(MlTerms.Lines.Length);
        foreach (var line in MlTerms.Lines)
        {
            var parts = line.Split('|');
            if (parts.Length != 3)
            {
                throw new InvalidOperationException($"A term line needs 'Russian | English | topic': '{line}'.");
            }

            var topic = parts[2].Trim();
            if (topic.Length > 0 && Taxonomy.Find(topic) is null)
            {
                throw new InvalidOperationException($"The term line '{line}' names an unknown topic '{topic}'.");
            }

            entries.Add(new TermEntry(Forms(parts[0]), Forms(parts[1]), topic.Length > 0 ? topic : null));
        }

        var translations = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            AddTranslations(translations, entry.Russian, entry.English);
            AddTranslations(translations, entry.English, entry.Russian);
        }

        return new Built(entries, translations.ToDictionary(p => p.Key, p => (IReadOnlyList<IReadOnlyList<string>>)p.Value, StringComparer.Ordinal));
    }

    private static void AddTranslations(Dictionary<string, List<IReadOnlyList<string>>> map, IReadOnlyList<TermForm> from, IReadOnlyList<TermForm> to)
    {
        foreach (var form in from)
        {
            if (form.Stems.Count != 1)
            {
                continue;
            }

            if (!map.TryGetValue(form.Stems[0], out var list))
            {
                map[form.Stems[0]] = list = [];
            }

            foreach (var other in to)
            {
                if (!list.Any(l => l.SequenceEqual(other.Stems, StringComparer.Ordinal)))
                {
                    list.Add(other.Stems);
                }
            }
        }
    }

    private static List<TermForm> Forms(string text)
    {
        var forms = new List<TermForm>();
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var weak = raw.StartsWith('~');
            var form = weak ? raw[1..].Trim() : raw;
            var stems = TextStemmer.Stems(form);
            if (stems.Count > 0)
            {
                forms.Add(new TermForm(form, stems, weak));
            }
        }

        return forms;
    }

    private sealed record Built(IReadOnlyList<TermEntry> Entries, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Translations);
}

/// <summary>One concept in both languages, with the topic it is evidence for (null for a general term).</summary>
public sealed record TermEntry(IReadOnlyList<TermForm> Russian, IReadOnlyList<TermForm> English, string? Topic);

/// <summary>A written form of a term, its stems, and whether it is only weak topic evidence (a common word such as "image").</summary>
public sealed record TermForm(string Text, IReadOnlyList<string> Stems, bool Weak);
