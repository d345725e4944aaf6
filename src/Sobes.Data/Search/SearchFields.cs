namespace Sobes.Data.Search;

/// <summary>Field names of the index. Title, text and tags are analysed; the rest are exact terms.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string IdOrder = "id_order";
    public const string Kind = "kind";
    public const string Topic = "topic";
    public const string Source = "source";
    public const string Title = "title";
    public const string Text = "text";
    public const string Tags = "tags";

    public const float TitleBoost = 3f;
    public const float TagsBoost = 2f;

    public const string StampKey = "sobes.stamp";
}
