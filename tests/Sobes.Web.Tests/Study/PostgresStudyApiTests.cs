using Sobes.Testing;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Study;

public sealed class PostgresStudyApiTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [SkippableFact]
    public async Task A_card_is_served_answered_counted_and_undone_on_postgres()
    {
        await using var app = new SobesApp(await server.CreateDatabaseAsync());
        await PracticeApi.StudyAndUndoAsync(app);
    }

    [SkippableFact]
    public async Task A_checked_answer_gets_a_verdict_and_a_bad_rating_is_a_problem_on_postgres()
    {
        await using var app = new SobesApp(await server.CreateDatabaseAsync());
        await PracticeApi.CheckedAnswerAndBadRatingAsync(app);
    }

    [SkippableFact]
    public async Task Answering_another_learners_card_is_not_found_on_postgres()
    {
        await using var app = new SobesApp(await server.CreateDatabaseAsync());
        await PracticeApi.AnotherLearnersCardIsRefusedAsync(app);
    }
}
