namespace Sobes.Testing.Exports;

/// <summary>
/// Generated notes for Anki package benchmarks: nine Basic notes in ten (some reversed), one Cloze, each text a clause of
/// generated words (as <see cref="TelegramExportGenerator"/> writes them) so notes differ as real ones do, in a few decks
/// with tags. Deterministic for a given seed.
/// </summary>
public static class AnkiDeckGenerator
{
    private static readonly string[] Decks = ["ML::Метрики", "ML::Валидация", "ML::Деревья", "ML::Нейросети", "Статистика"];

    public static IReadOnlyList<AnkiTestNote> Notes(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var notes = new List<AnkiTestNote>(count);
        for (var i = 0; i < count; i++)
        {
            var deck = Decks[random.Next(Decks.Length)];
            var guid = $"g{seed:x4}{i:x8}";
            var tags = new[] { deck.Split("::")[^1].ToLowerInvariant(), $"batch{i % 7}" };
            var modified = 1_700_000_000L + i;
            notes.Add((i % 10) switch
            {
                9 => new AnkiTestNote(guid, "Cloze", deck, [$"{{{{c1::{TelegramExportGenerator.Clause(random).TrimEnd('.')}}}}} — {TelegramExportGenerator.Clause(random)}", ""], tags, modified),
                var k => new AnkiTestNote(guid, k % 3 == 0 ? "Basic (and reversed card)" : "Basic", deck,
                    [$"Что такое {TelegramExportGenerator.Clause(random).TrimEnd('.')}?", $"{TelegramExportGenerator.Clause(random)}<br>{TelegramExportGenerator.Clause(random)}"], tags, modified),
            });
        }

        return notes;
    }
}
