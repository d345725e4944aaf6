using System.Text.Json;
using Sobes.Core.Library;
using Sobes.Data.Importing;
using Sobes.Data.Storage;

namespace Sobes.Data.Library.Editing;

/// <summary>An item's editable content at one moment, as the edit log keeps it for merges and splits.</summary>
internal sealed record ItemSnapshot(
    long Id, string Kind, string Title, string? Question, string? Answer, string Body, int? KeyOption, string? KeySource,
    IReadOnlyList<string> Topics, int Merged, int Revision, IReadOnlyList<long> Provenances)
{
    public static ItemSnapshot Of(ItemRecord item, IReadOnlyList<long> provenances) => new(
        item.Id, item.Kind, item.Title, item.Question, item.Answer, item.Body, item.KeyOption, item.KeySource?.Name(),
        ItemRecordMapping.Split(item.Topics), item.Merged, item.Revision, provenances);

    public static int OptionCount(ItemRecord item)
    {
        using var options = JsonDocument.Parse(item.OptionsJson);
        return options.RootElement.GetArrayLength();
    }
}
