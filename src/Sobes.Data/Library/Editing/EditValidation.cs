using Sobes.Core.Library;
using Sobes.Core.Library.Stored;

namespace Sobes.Data.Library.Editing;

/// <summary>Checks an edit before anything is written; each refusal names its field and says what would be accepted.</summary>
internal static class EditValidation
{
    public const int MaxTitle = 1000;

    public static List<EditError> Validate(ItemEdit edit, long itemId, int optionCount)
    {
        var errors = new List<EditError>();
        // PostgreSQL cannot store a NUL in text (and SQLite would cut the text there for most readers).
        foreach (var (field, value) in new[] { (EditFields.Title, edit.Title), (EditFields.Kind, edit.Kind), (EditFields.Question, edit.Question), (EditFields.Answer, edit.Answer), (EditFields.Body, edit.Body) }
            .Concat((edit.Topics ?? []).Select(t => (EditFields.Topics, (string?)t))))
        {
            if (value is not null && value.Contains('\0', StringComparison.Ordinal))
            {
                errors.Add(new EditError(field, $"The {field} contains a NUL character (\\0), which cannot be stored; remove it."));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }
        if (edit.Title is { } title)
        {
            var text = Text(title);
            if (text is null)
            {
                errors.Add(new EditError(EditFields.Title, "The title must not be empty."));
            }
            else if (text.Length > MaxTitle)
            {
                errors.Add(new EditError(EditFields.Title, $"The title is {text.Length} characters long; at most {MaxTitle} are allowed."));
            }
        }

        if (edit.Kind is { } kind && !ItemKinds.TryParse(kind, out _))
        {
            errors.Add(new EditError(EditFields.Kind, $"Unknown kind '{kind}'; known: {string.Join(", ", ItemKinds.All.Select(k => k.Name()))}."));
        }

        if (edit.Key is { } key)
        {
            if (optionCount == 0)
            {
                errors.Add(new EditError(EditFields.Key, $"Item {itemId} has no options, so it takes no key."));
            }
            else if (key < 0 || key >= optionCount)
            {
                errors.Add(new EditError(EditFields.Key, $"Key {key} is out of range: item {itemId} has {optionCount} options, numbered 0 to {optionCount - 1}."));
            }
        }

        foreach (var topic in edit.Topics ?? [])
        {
            if (Taxonomy.Find(topic.Trim()) is null)
            {
                errors.Add(new EditError(EditFields.Topics, $"Unknown topic '{topic}'; known: {string.Join(", ", Taxonomy.Topics.Select(t => t.Slug))}."));
            }
        }

        if (edit.Body is { } body && Text(body) is null)
        {
            errors.Add(new EditError(EditFields.Body, "The text must not be empty."));
        }

        return errors;
    }

    /// <summary>What is stored for a typed text: line breaks made plain, trimmed, markup made inert; null when nothing is left.</summary>
    public static string? Text(string typed)
    {
        var text = InertText.Clean(typed.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim());
        return text.Length == 0 ? null : text;
    }
}
