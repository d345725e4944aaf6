namespace Sobes.Core.Library.Stored;

/// <summary>The names of the fields an editor sets, as the edit log and the edit locks spell them.</summary>
public static class EditFields
{
    public const string Title = "title";
    public const string Kind = "kind";
    public const string Key = "key";
    public const string Topics = "topics";
    public const string Question = "question";
    public const string Answer = "answer";
    public const string Body = "body";
}
