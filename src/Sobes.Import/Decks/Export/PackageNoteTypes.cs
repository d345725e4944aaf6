using Sobes.Core.Export;

namespace Sobes.Import.Decks.Export;

/// <summary>
/// The note types a Sobes package declares, with fixed ids so every export names the same types and Anki matches them
/// on re-import (it updates a note by GUID only when the note keeps its type). Templates are Anki's stock ones for
/// Basic and Cloze; the quiz shows its options on the front and the key (or the crowd's shares) with the explanation on the back.
/// Each type's last field, <see cref="DeckNoteField.Name"/>, is for a Sobes import and no template shows it.
/// </summary>
internal static class PackageNoteTypes
{
    public static IReadOnlyList<PackageNoteType> All { get; } =
    [
        new(DeckNoteType.Basic, 1_700_000_000_101, "Sobes Basic", false, ["Front", "Back", DeckNoteField.Name],
            "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"),
        new(DeckNoteType.Cloze, 1_700_000_000_102, "Sobes Cloze", true, ["Text", "Back Extra", DeckNoteField.Name],
            "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"),
        new(DeckNoteType.Quiz, 1_700_000_000_103, DeckPosts.SobesQuiz, false, ["Question", "Options", "Answer", "Explanation", DeckNoteField.Name],
            "{{Question}}<br><br>{{Options}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Answer}}{{#Explanation}}<br><br>{{Explanation}}{{/Explanation}}"),
    ];

    public static PackageNoteType Of(DeckNoteType type) => All.First(t => t.Type == type);

    /// <summary>True for a note type a Sobes export declared: one of these ids with this name.</summary>
    public static bool IsSobes(long id, string name) => All.Any(t => t.Id == id && t.Name == name);
}

/// <summary>A note type: its id, name, whether it is a cloze type, field names and its one template.</summary>
internal sealed record PackageNoteType(DeckNoteType Type, long Id, string Name, bool IsCloze, IReadOnlyList<string> Fields, string Question, string Answer);
