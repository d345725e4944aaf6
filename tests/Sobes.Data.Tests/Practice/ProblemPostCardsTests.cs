using Microsoft.EntityFrameworkCore;
using Sobes.Core.Cards;
using Sobes.Data.Tests.Importing;
using Sobes.Testing;

namespace Sobes.Data.Tests.Practice;

/// <summary>Problem posts of a channel, from import to cards: each is practised as itself, a generator linked only per ProblemLink.</summary>
public sealed class ProblemPostCardsTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "sobes-problem-posts-" + Guid.NewGuid().ToString("N"));

    private const string Scaling = "📌 Задача про масштаб признаков\n\nМетод k ближайших соседей обучили на признаках «возраст в годах» и «доход в рублях» без масштабирования. Почему качество оказалось низким?\n\nРешение\nРасстояние между объектами почти целиком задаёт доход: его разброс в тысячи раз больше разброса возраста. После стандартизации оба признака вносят сравнимый вклад.";

    private const string RareDisease = "📌 Задача про редкую болезнь\n\nБолезнь встречается у 1 % людей. Тест находит её с чувствительностью 95 % и специфичностью 90 %. Какова вероятность болезни при положительном тесте?\n\nРешение\nПо формуле Байеса: 0,95 · 0,01 / (0,95 · 0,01 + 0,1 · 0,99) ≈ 0,088, то есть около 9 %.";

    private const string Odds = "📌 Задача про шансы\n\nКоэффициент признака в логистической регрессии равен 0,7. Во сколько раз растут шансы положительного класса, когда признак растёт на единицу?\n\nРешение\nШансы умножаются на e^0,7 ≈ 2,01, то есть примерно вдвое; вероятность при этом растёт не вдвое.";

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Every_problem_posts_first_card_is_the_post_itself_and_only_a_generator_practising_its_task_is_linked(string provider)
    {
        await using var library = await TestLibrary.CreateAsync(provider, postgres);
        await PracticeFixtures.ImportAsync(library, dir, "channel.json", (1, Scaling), (2, RareDisease), (3, Odds));
        await using var db = library.Context();
        await PracticeFixtures.SyncAsync(db);

        var problems = await db.Items.AsNoTracking().Where(i => i.Kind == "problem").OrderBy(i => i.Id).ToListAsync();
        Assert.Equal(3, problems.Count);
        var linked = new List<string>();
        foreach (var item in problems)
        {
            var cards = await db.Cards.AsNoTracking().Where(c => c.ItemId == item.Id).OrderBy(c => c.Id).ToListAsync();
            var first = cards[0];
            var payload = Sobes.Data.Practice.ScheduleMapping.Payload(first.PayloadJson);
            Assert.Equal((CardType.Problem, GeneratorKeys.Post), (first.Type, first.GeneratorKey));
            Assert.Equal(item.Question, payload.Prompt);
            Assert.Equal(item.Answer, payload.Answer);
            Assert.Contains("?", payload.Prompt, StringComparison.Ordinal);
            Assert.DoesNotContain("Решение", payload.Prompt, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(payload.Answer));
            linked.AddRange(cards.Skip(1).Select(c => c.GeneratorKey));
        }

        Assert.Equal([GeneratorKeys.Problem + "bayes-test"], linked);
    }
}
