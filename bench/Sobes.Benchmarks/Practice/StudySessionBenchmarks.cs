using BenchmarkDotNet.Attributes;
using Sobes.Core.Srs;
using Sobes.Data.Practice;
using Sobes.Data.Storage;

namespace Sobes.Benchmarks.Practice;

/// <summary>
/// Building a study session of 200 cards out of 100,000 cards of one learner in SQLite (target: under 50 ms):
/// 20,000 items of five cards; a quarter of the cards in review, of which about 2,000 are due. Not sealed:
/// BenchmarkDotNet derives from benchmark classes.
/// </summary>
[MemoryDiagnoser]
public class StudySessionBenchmarks
{
    private const int Items = 20_000;
    private const int CardsPerItem = 5;
    private readonly DateTimeOffset now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private string folder = "";
    private SobesDatabase database = null!;
    private long learnerId;

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("sobes-bench-session-").FullName;
        database = SobesDatabase.OpenAsync(DatabaseLocation.Sqlite(Path.Combine(folder, "bench.db"))).GetAwaiter().GetResult();
        using var db = database.CreateContext();
        learnerId = Learners.LocalAsync(db, now).GetAwaiter().GetResult().Id;
        var random = new Random(20261124);
        string[] topics = ["metrics", "validation", "nlp", "llm", "classical-ml", "deep-learning"];
        for (var batch = 0; batch < Items; batch += 2_000)
        {
            var items = Enumerable.Range(batch, 2_000).Select(i => new ItemRecord
            {
                Kind = "question", KindRule = "bench", Title = "q" + i, Body = "q" + i, Language = "en", CreatedAt = now, UpdatedAt = now,
            }).ToList();
            db.Items.AddRange(items);
            db.SaveChanges();
            foreach (var item in items)
            {
                for (var k = 0; k < CardsPerItem; k++)
                {
                    var review = random.NextDouble() < 0.25;
                    var last = now.AddDays(-random.Next(1, 200));
                    db.Cards.Add(new CardRecord
                    {
                        ItemId = item.Id, LearnerId = learnerId, Type = Sobes.Core.Cards.CardType.Flashcard, GeneratorKey = "k" + k, PayloadJson = "{\"prompt\":\"p\"}",
                        Topic = topics[random.Next(topics.Length)], CreatedAt = now,
                        State = review ? (int)CardState.Review : (int)CardState.New,
                        Due = review ? now.AddDays(random.NextDouble() < 0.08 ? -random.Next(0, 30) : random.Next(1, 300)) : now,
                        Stability = review ? 1 + (random.NextDouble() * 100) : null,
                        Difficulty = review ? 1 + (random.NextDouble() * 9) : null,
                        LastReview = review ? last : null,
                        Reps = review ? 3 : 0,
                    });
                }
            }

            db.SaveChanges();
            db.ChangeTracker.Clear();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public async Task<int> BuildSessionOf200()
    {
        await using var db = database.CreateContext();
        var session = await StudySessions.BuildAsync(db, learnerId, now, new SessionFilter([], [], 200));
        return session.Count;
    }
}
