using System.Globalization;
using System.Text.Json;
using Sobes.Core.Export;

namespace Sobes.Import.Decks.Export;

/// <summary>
/// The <c>col</c> row of a schema 11 collection: its configuration with <c>"schedVer": 2</c> (without it Anki
/// converts an imported history as if made by the v1 scheduler), the note types, the decks and one deck options group,
/// as JSON in the shapes rslib's schema 11 types read (notetype/schema11.rs, decks/schema11.rs, deckconfig/schema11.rs).
/// </summary>
internal static class PackageCollection
{
    public const long DefaultDeck = 1;

    public static string Config(long nextPosition) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["activeDecks"] = new[] { DefaultDeck },
        ["curDeck"] = DefaultDeck,
        ["newSpread"] = 0,
        ["collapseTime"] = 1200,
        ["timeLim"] = 0,
        ["estTimes"] = true,
        ["dueCounts"] = true,
        ["curModel"] = PackageNoteTypes.Of(DeckNoteType.Basic).Id,
        ["nextPos"] = nextPosition,
        ["sortType"] = "noteFld",
        ["sortBackwards"] = false,
        ["addToCur"] = true,
        ["schedVer"] = 2,
    });

    public static string Models(long modified) => JsonSerializer.Serialize(PackageNoteTypes.All.ToDictionary(
        t => t.Id.ToString(CultureInfo.InvariantCulture),
        t => new Dictionary<string, object?>
        {
            ["id"] = t.Id,
            ["name"] = t.Name,
            ["type"] = t.IsCloze ? 1 : 0,
            ["mod"] = modified,
            ["usn"] = -1,
            ["sortf"] = 0,
            ["did"] = DefaultDeck,
            ["tmpls"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["name"] = t.IsCloze ? "Cloze" : "Card 1", ["ord"] = 0, ["qfmt"] = t.Question, ["afmt"] = t.Answer,
                    ["bqfmt"] = "", ["bafmt"] = "", ["did"] = null, ["bfont"] = "", ["bsize"] = 0,
                },
            },
            ["flds"] = t.Fields.Select((name, i) => new Dictionary<string, object?>
            {
                ["name"] = name, ["ord"] = i, ["sticky"] = false, ["rtl"] = false, ["font"] = "Arial", ["size"] = 20, ["media"] = Array.Empty<string>(),
            }).ToList(),
            ["css"] = ".card {\n font-family: arial;\n font-size: 20px;\n text-align: left;\n color: black;\n background-color: white;\n}\n.cloze {\n font-weight: bold;\n color: blue;\n}\n",
            ["latexPre"] = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
            ["latexPost"] = "\\end{document}",
            ["latexsvg"] = false,
            ["req"] = new object[] { new object[] { 0, "any", new[] { 0 } } },
            ["tags"] = Array.Empty<string>(),
            ["vers"] = Array.Empty<object>(),
        }));

    public static string Decks(IReadOnlyDictionary<string, long> decks, long modified) => JsonSerializer.Serialize(decks
        .Append(new KeyValuePair<string, long>("Default", DefaultDeck))
        .ToDictionary(d => d.Value.ToString(CultureInfo.InvariantCulture), d => new Dictionary<string, object?>
        {
            ["id"] = d.Value,
            ["name"] = d.Key,
            ["mod"] = modified,
            ["usn"] = -1,
            ["lrnToday"] = new[] { 0, 0 },
            ["revToday"] = new[] { 0, 0 },
            ["newToday"] = new[] { 0, 0 },
            ["timeToday"] = new[] { 0, 0 },
            ["collapsed"] = false,
            ["browserCollapsed"] = false,
            ["desc"] = "",
            ["dyn"] = 0,
            ["conf"] = 1,
            ["extendNew"] = 0,
            ["extendRev"] = 0,
        }));

    public static string DeckOptions(long modified) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["1"] = new Dictionary<string, object?>
        {
            ["id"] = 1,
            ["mod"] = modified,
            ["name"] = "Default",
            ["usn"] = -1,
            ["maxTaken"] = 60,
            ["autoplay"] = true,
            ["timer"] = 0,
            ["replayq"] = true,
            ["dyn"] = false,
            ["new"] = new Dictionary<string, object?>
            {
                ["bury"] = false, ["delays"] = new[] { 1.0, 10.0 }, ["initialFactor"] = 2500, ["ints"] = new[] { 1, 4, 0 }, ["order"] = 1, ["perDay"] = 20,
            },
            ["rev"] = new Dictionary<string, object?>
            {
                ["bury"] = false, ["ease4"] = 1.3, ["ivlFct"] = 1.0, ["maxIvl"] = 36500, ["perDay"] = 200, ["hardFactor"] = 1.2,
            },
            ["lapse"] = new Dictionary<string, object?>
            {
                ["delays"] = new[] { 10.0 }, ["leechAction"] = 1, ["leechFails"] = 8, ["minInt"] = 1, ["mult"] = 0.0,
            },
        },
    });
}
