using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Data.Storage;

namespace Sobes.Data.Practice;

/// <summary>What a learner can change about cards and quizzes.</summary>
public static class CardEdits
{
    /// <summary>
    /// Flags a generated card as bad: the card is suspended, and its generator key is recorded for its item so
    /// the generator skips it there from now on (for every learner).
    /// </summary>
    public static async Task FlagAsync(SobesDbContext db, long cardId, string? reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var card = await db.Cards.FirstOrDefaultAsync(c => c.Id == cardId, cancellationToken) ?? throw new InvalidOperationException($"No card {cardId}.");
        card.Flagged = true;
        card.Suspended = true;
        if (!await db.CardFlags.AnyAsync(f => f.ItemId == card.ItemId && f.GeneratorKey == card.GeneratorKey, cancellationToken))
        {
            db.CardFlags.Add(new CardFlagRecord { GeneratorKey = card.GeneratorKey, ItemId = card.ItemId, Reason = reason, FlaggedAt = now.ToUniversalTime() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Sets the right option of a quiz whose author gave none, recorded with key source "user" and in the edit log
    /// under <paramref name="editor"/>: the key is every learner's, so only editors may set it (the web checks the
    /// edit policy; the CLI is the library's owner). The item's revision is kept: the content did not change, so
    /// cards keep their progress.
    /// </summary>
    public static async Task SetQuizKeyAsync(SobesDbContext db, long itemId, int option, string editor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId && i.Kind == "quiz", cancellationToken)
            ?? throw new InvalidOperationException($"No quiz {itemId}.");
        var count = System.Text.Json.JsonDocument.Parse(item.OptionsJson).RootElement.GetArrayLength();
        ArgumentOutOfRangeException.ThrowIfNegative(option);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(option, count);
        var before = new { key = item.KeyOption, key_source = item.KeySource?.Name() };
        item.KeyOption = option;
        item.KeySource = KeySource.User;
        Library.Editing.EditLog.Add(db, new Library.Editing.ItemEditRecord
        {
            ItemId = itemId,
            Action = Library.Editing.EditLog.Edit,
            Fields = Importing.ItemRecordMapping.Delimited(["key"]),
            Editor = editor.Length > 128 ? editor[..128] : editor,
            At = now,
            BeforeJson = Library.Editing.EditLog.Json(before),
            AfterJson = Library.Editing.EditLog.Json(new { key = option, key_source = KeySource.User.Name() }),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
