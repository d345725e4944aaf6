using System.Text.RegularExpressions;

namespace Sobes.Import.Decks.Anki;

/// <summary>A note type as a collection stores it: its fields in order and its first card template.</summary>
internal sealed partial record AnkiNoteType(long Id, string Name, bool IsCloze, IReadOnlyList<string> Fields, string QuestionFormat, string AnswerFormat)
{
    private static readonly HashSet<string> Special = new(StringComparer.OrdinalIgnoreCase) { "FrontSide", "Tags", "Deck", "Subdeck", "Card", "Type", "CardFlag", "CardID" };

    /// <summary>The shape its notes take: Cloze by kind, Basic when the name says so, else by the first template.</summary>
    public NoteShape Shape => IsCloze ? NoteShape.Cloze
        : NoteTypes.ShapeOf(Name) == NoteShape.Basic && !string.IsNullOrWhiteSpace(Name) ? NoteShape.Basic
        : NoteShape.Other;

    /// <summary>Indexes of the fields the first template shows on the question side, in the order it shows them.</summary>
    public IReadOnlyList<int> QuestionFields => FieldsIn(QuestionFormat, []);

    /// <summary>Indexes of the fields the first template adds on the answer side.</summary>
    public IReadOnlyList<int> AnswerFields
    {
        get
        {
            var question = QuestionFields;
            var answer = FieldsIn(AnswerFormat, question);
            return answer.Count > 0 ? answer : Enumerable.Range(0, Fields.Count).Except(question).ToList();
        }
    }

    /// <summary>For a cloze type, the field the template applies the cloze filter to (the first field when none).</summary>
    public int ClozeField
    {
        get
        {
            foreach (Match m in Reference().Matches(QuestionFormat))
            {
                var parts = m.Groups[1].Value.Split(':');
                if (parts.Length > 1 && parts[..^1].Any(p => p.Trim().Equals("cloze", StringComparison.OrdinalIgnoreCase)))
                {
                    var index = IndexOf(parts[^1]);
                    if (index >= 0)
                    {
                        return index;
                    }
                }
            }

            return 0;
        }
    }

    private List<int> FieldsIn(string format, IReadOnlyList<int> except)
    {
        var found = new List<int>();
        foreach (Match m in Reference().Matches(format))
        {
            var reference = m.Groups[1].Value.Trim();
            if (reference.Length == 0 || reference[0] is '#' or '^' or '/' or '!')
            {
                continue;
            }

            var name = reference.Split(':')[^1].Trim();
            var index = Special.Contains(name) ? -1 : IndexOf(name);
            if (index >= 0 && !found.Contains(index) && !except.Contains(index))
            {
                found.Add(index);
            }
        }

        return found;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\{\{([^{}]+)\}\}")]
    private static partial Regex Reference();
}
