namespace Sobes.Core.Library.Stored;

/// <summary>
/// The rule for edited items when the pipeline rewrites them (a richer duplicate on re-import, a re-analysis): the
/// new content replaces the stored one, but every field an editor ever set keeps the editor's value. A title keeps
/// its inferred mark, a kind or an answer the needs-answer flag that came with it, a body its language; a key is
/// kept only while the new content still has that option.
/// </summary>
public static class EditLocks
{
    /// <summary>The content to store: <paramref name="replacement"/> with the <paramref name="locked"/> fields of <paramref name="current"/>.</summary>
    public static StoredContent Keep(IEnumerable<string> locked, StoredContent current, StoredContent replacement)
    {
        ArgumentNullException.ThrowIfNull(locked);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        var result = replacement;
        foreach (var field in locked.Distinct(StringComparer.Ordinal))
        {
            result = field switch
            {
                EditFields.Title => result with { Title = current.Title, TitleInferred = current.TitleInferred },
                EditFields.Kind => result with { Kind = current.Kind, KindRule = current.KindRule, NeedsAnswer = current.NeedsAnswer },
                EditFields.Key when current.KeyOption is not { } key || key < result.OptionCount => result with { KeyOption = current.KeyOption, KeySource = current.KeySource },
                EditFields.Topics => result with { Topics = current.Topics },
                EditFields.Question => result with { Question = current.Question },
                EditFields.Answer => result with { Answer = current.Answer, NeedsAnswer = current.NeedsAnswer },
                EditFields.Body => result with { Body = current.Body, Language = current.Language },
                _ => result,
            };
        }

        return result;
    }
}
