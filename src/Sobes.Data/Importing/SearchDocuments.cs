using System.Text;
using System.Text.Json;
using Sobes.Data.Search;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

internal static class SearchDocuments
{
    public static SearchDocument From(ItemRecord item, IReadOnlyList<string> sources)
    {
        var text = new StringBuilder(item.Body.Length + 256);
        if (item.Question is { } q && !item.Body.Contains(q, StringComparison.Ordinal))
        {
            text.AppendLine(q);
        }

        text.AppendLine(item.Body);
        if (item.Answer is { } a && !item.Body.Contains(a, StringComparison.Ordinal))
        {
            text.AppendLine(a);
        }

        foreach (var option in JsonSerializer.Deserialize<List<ItemRecordMapping.OptionJson>>(item.OptionsJson, StorageJson.Options) ?? [])
        {
            text.AppendLine(option.Text);
        }

        return new SearchDocument(item.Id, item.Kind, item.Title, text.ToString(), ItemRecordMapping.Split(item.Topics), sources, ItemRecordMapping.Split(item.Hashtags));
    }
}
