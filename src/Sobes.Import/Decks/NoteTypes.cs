namespace Sobes.Import.Decks;

/// <summary>Which shape a note type's name says its notes have.</summary>
internal static class NoteTypes
{
    private static readonly string[] BasicNames = ["basic", "базов", "основн", "простая", "простой"];

    /// <summary>Cloze by name; Basic by name or when no type is named; any other name is <see cref="NoteShape.Other"/>.</summary>
    public static NoteShape ShapeOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return NoteShape.Basic;
        }

        var lower = name.ToLowerInvariant();
        return lower.Contains("cloze", StringComparison.Ordinal) || lower.Contains("пропуск", StringComparison.Ordinal) ? NoteShape.Cloze
            : BasicNames.Any(b => lower.Contains(b, StringComparison.Ordinal)) ? NoteShape.Basic
            : NoteShape.Other;
    }
}
