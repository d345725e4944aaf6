using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Data.Storage;
using Sobes.Testing;
using Sobes.Web.Tests.Accounts;
using Sobes.Web.Tests.Infrastructure;

namespace Sobes.Web.Tests.Probe;

/// <summary>
/// A quiz's key is library content every learner's cards follow, so recording one takes the edit policy, and the
/// edit log names who did it.
/// </summary>
public sealed class QuizKeyPolicyTests : IDisposable
{
    private readonly TempSqliteDatabase file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task A_learner_cannot_record_a_quiz_key_for_everyone()
    {
        await using var app = SobesApp.ServerMode(file.FilePath, sample: true);
        await ServerAccounts.CreateAsync(app, "learner");
        var learner = await ServerAccounts.SignedInAsync(app, "learner");
        var (itemId, cardId) = await KeylessQuizAsync(app, learner);

        using var response = await ServerAccounts.PostFormAsync(learner, "/study", "/study?handler=key", new() { ["cardId"] = cardId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["answer"] = "0", ["shown"] = "0", ["answeredAt"] = "0" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = Context(app);
        var item = await db.Items.SingleAsync(i => i.Id == itemId);
        Assert.NotEqual(Sobes.Core.Library.KeySource.User, item.KeySource);
        Assert.False(await db.ItemEdits.AnyAsync(e => e.ItemId == itemId));
    }

    [Fact]
    public async Task An_editor_records_a_quiz_key_and_the_edit_log_names_them()
    {
        await using var app = SobesApp.ServerMode(file.FilePath, sample: true);
        await ServerAccounts.CreateAsync(app, "editor", admin: true);
        var editor = await ServerAccounts.SignedInAsync(app, "editor");
        var (itemId, cardId) = await KeylessQuizAsync(app, editor);

        using var response = await ServerAccounts.PostFormAsync(editor, "/study", "/study?handler=key", new() { ["cardId"] = cardId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["answer"] = "0", ["shown"] = "0", ["answeredAt"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = Context(app);
        var item = await db.Items.SingleAsync(i => i.Id == itemId);
        Assert.Equal((0, (Sobes.Core.Library.KeySource?)Sobes.Core.Library.KeySource.User), (item.KeyOption, item.KeySource));
        var entry = await db.ItemEdits.SingleAsync(e => e.ItemId == itemId);
        Assert.Equal(("editor", "|key|"), (entry.Editor, entry.Fields));
    }

    private static SobesDbContext Context(SobesApp app) => app.Services.GetRequiredService<SobesDatabase>().CreateContext();

    // A multiple-choice card of the signed-in learner whose quiz has no trusted key (the sample has crowd-keyed polls).
    private static async Task<(long ItemId, long CardId)> KeylessQuizAsync(SobesApp app, HttpClient client)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/study?type=multiple-choice")).StatusCode);
        await using var db = Context(app);
        var card = await db.Cards.Where(c => c.Type == Sobes.Core.Cards.CardType.MultipleChoice && c.Item!.KeySource != Sobes.Core.Library.KeySource.Author)
            .Select(c => new { c.ItemId, c.Id }).FirstAsync();
        return (card.ItemId, card.Id);
    }
}
