using Microsoft.EntityFrameworkCore;
using Sobes.Core.Library;
using Sobes.Core.Library.Stored;
using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>Changes the fields an editor set, logs them with their values before and after, and bumps the revision.</summary>
internal static class ItemEditing
{
    public static async Task<EditResult> EditAsync(SobesDbContext db, long itemId, ItemEdit edit, string editor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return EditResult.NotFound(itemId, "id", $"There is no item {itemId}.");
        }

        var optionCount = ItemSnapshot.OptionCount(item);
        var errors = EditValidation.Validate(edit, item.Id, optionCount);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(itemId, errors);
        }

        var changes = new FieldChanges();
        if (edit.Title is { } title)
        {
            changes.Set(EditFields.Title, item.Title, EditValidation.Text(title)!, v => item.Title = v);
        }

        if (edit.Kind is { } kindName && ItemKinds.TryParse(kindName, out var kind))
        {
            changes.Set(EditFields.Kind, item.Kind, kind.Name(), v => (item.Kind, item.KindRule) = (v, "editor"));
        }

        if (edit.Key is { } key)
        {
            changes.Set(EditFields.Key, new KeyValue(item.KeyOption, item.KeySource?.Name()), new KeyValue(key, KeySource.User.Name()),
                v => (item.KeyOption, item.KeySource) = (v.Option, v.Source is null ? null : KeySources.Parse(v.Source)));
        }

        if (edit.Topics is { } topics)
        {
            var slugs = topics.Select(t => Taxonomy.Find(t.Trim())!.Slug).Distinct(StringComparer.Ordinal).ToList();
            changes.Set(EditFields.Topics, ItemRecordMapping.Delimited(ItemRecordMapping.Split(item.Topics)), ItemRecordMapping.Delimited(slugs), v => item.Topics = v);
        }

        if (edit.Question is { } question)
        {
            changes.Set(EditFields.Question, item.Question, EditValidation.Text(question), v => item.Question = v);
        }

        if (edit.Answer is { } answer)
        {
            changes.Set(EditFields.Answer, item.Answer, EditValidation.Text(answer), v => item.Answer = v);
        }

        if (edit.Body is { } body)
        {
            changes.Set(EditFields.Body, item.Body, EditValidation.Text(body)!, v => (item.Body, item.Language) = (v, TextNormalizer.DetectLanguage(v)));
        }

        if (changes.Fields.Count == 0)
        {
            return new EditResult(EditStatus.Unchanged, itemId, []);
        }

        item.NeedsAnswer = ItemKinds.TryParse(item.Kind, out var edited) && edited.NeedsAnswer(item.Answer);
        item.TitleInferred &= !changes.Fields.Contains(EditFields.Title);
        item.Revision++;
        item.EditedByUser = true;
        item.UpdatedAt = now;
        var log = EditLog.Add(db, new ItemEditRecord
        {
            ItemId = itemId,
            Action = EditLog.Edit,
            Fields = ItemRecordMapping.Delimited(changes.Fields),
            Editor = editor,
            At = now,
            BeforeJson = EditLog.Json(changes.Before),
            AfterJson = EditLog.Json(changes.After),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new EditResult(EditStatus.Done, itemId, []) { LogId = log.Id };
    }

    // Kept in the edit log by the stored name of its source.
    internal sealed record KeyValue(int? Option, string? Source);

    private sealed class FieldChanges
    {
        public List<string> Fields { get; } = [];

        public Dictionary<string, object?> Before { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, object?> After { get; } = new(StringComparer.Ordinal);

        public void Set<T>(string field, T current, T next, Action<T> apply)
        {
            if (EqualityComparer<T>.Default.Equals(current, next))
            {
                return;
            }

            Fields.Add(field);
            Before[field] = field == EditFields.Topics ? ItemRecordMapping.Split((string)(object)current!) : current;
            After[field] = field == EditFields.Topics ? ItemRecordMapping.Split((string)(object)next!) : next;
            apply(next);
        }
    }
}
