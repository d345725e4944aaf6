namespace Sobes.Core.Library;

/// <summary>Stored names of key sources, and what each is worth.</summary>
public static class KeySources
{
    /// <summary>"author", "crowd" or "user".</summary>
    public static string Name(this KeySource source) => source switch
    {
        KeySource.Author => "author",
        KeySource.Crowd => "crowd",
        _ => "user",
    };

    /// <summary>The source named <paramref name="name"/>; throws <see cref="ArgumentException"/> for an unknown name.</summary>
    public static KeySource Parse(string name) => name switch
    {
        "author" => KeySource.Author,
        "crowd" => KeySource.Crowd,
        "user" => KeySource.User,
        _ => throw new ArgumentException($"Unknown key source '{name}'.", nameof(name)),
    };

    /// <summary>Whether a key from this source may score an answer: an author's or a learner's, not the crowd's guess.</summary>
    public static bool IsTrusted(this KeySource source) => source is KeySource.Author or KeySource.User;
}
