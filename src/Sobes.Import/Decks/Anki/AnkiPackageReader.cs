using Microsoft.Data.Sqlite;
using Sobes.Core.Posts;

namespace Sobes.Import.Decks.Anki;

/// <summary>
/// Reads an Anki package (<c>.apkg</c>, <c>.colpkg</c>) in any of its three collection formats: each note becomes a
/// post (see <see cref="DeckPosts"/>), keyed by its GUID; note types other than Basic and Cloze are read by their first
/// template, with an info diagnostic naming the type; the media the package carries are listed.
/// </summary>
public sealed class AnkiPackageReader : ISourceReader
{
    public const string FormatName = "anki-package";

    public string Format => FormatName;

    public double Detect(string fileName, ReadOnlySpan<byte> head)
    {
        if (!head.StartsWith("PK\u0003\u0004"u8))
        {
            return 0;
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return extension is ".apkg" or ".colpkg" ? 0.99
            : head.IndexOf("collection.anki2"u8) >= 0 ? 0.9
            : 0;
    }

    public SourceRead Read(Stream content, SourceInfo source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return new SourceRead(read => ReadPosts(content, source.Path, read, cancellationToken));
    }

    private static IEnumerable<RawPost> ReadPosts(Stream content, string file, SourceRead read, CancellationToken cancellationToken)
    {
        var diagnostics = read.Log;
        using var package = AnkiPackage.Open(content, out var problem);
        if (package is null)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, problem!));
            yield break;
        }

        var temp = Path.Combine(Path.GetTempPath(), $"sobes-anki-{Guid.NewGuid():N}.sqlite");
        try
        {
            using var collection = Open(package, temp, file, diagnostics);
            if (collection is null)
            {
                yield break;
            }

            var notes = new PackageNotes(collection, file, diagnostics);
            foreach (var post in notes.Read(cancellationToken))
            {
                yield return post;
            }

            read.NameChannel(notes.MainDeck);
            ListMedia(package, file, diagnostics);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static AnkiCollection? Open(AnkiPackage package, string temp, string file, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            package.ExtractCollection(temp);
            return AnkiCollection.Open(temp);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException or System.Text.Json.JsonException or IOException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            diagnostics.Add(Diagnostic.Error(file, 0, 0, $"{package.Collection.FullName} cannot be read: {e.Message}"));
            return null;
        }
    }

    private static void ListMedia(AnkiPackage package, string file, ICollection<Diagnostic> diagnostics)
    {
        IReadOnlyList<string> media;
        try
        {
            media = package.MediaNames();
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException or ZstdSharp.ZstdException)
        {
            diagnostics.Add(Diagnostic.Warning(file, 0, 0, $"the package's media list cannot be read ({e.Message}); its media were not imported"));
            return;
        }

        if (media.Count > 0)
        {
            var shown = string.Join(", ", media.Take(10)) + (media.Count > 10 ? $" and {media.Count - 10} more" : "");
            diagnostics.Add(Diagnostic.Warning(file, 0, 0,
                $"{media.Count} media file(s) in the package were not imported (Sobes keeps text; each item lists the media its note shows): {shown}"));
        }
    }
}
