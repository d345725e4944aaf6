using System.IO.Compression;
using System.Text.Json;

namespace Sobes.Import.Decks.Anki;

/// <summary>
/// An <c>.apkg</c> or <c>.colpkg</c>: a zip holding a collection and its media. Where it holds several collections
/// (Anki writes a stub <c>collection.anki2</c> beside a real <c>collection.anki21b</c>), the newest format is read:
/// <c>collection.anki21b</c> (zstd-compressed, schema 18, media list as zstd-compressed protobuf), then
/// <c>collection.anki21</c>, then <c>collection.anki2</c> (schema 11, media list as JSON). Layout from Anki's
/// rslib/src/import_export/package (meta.rs, media.rs).
/// </summary>
internal sealed class AnkiPackage : IDisposable
{
    private static readonly string[] Collections = ["collection.anki21b", "collection.anki21", "collection.anki2"];

    private readonly ZipArchive zip;

    private AnkiPackage(ZipArchive zip, ZipArchiveEntry collection)
    {
        this.zip = zip;
        Collection = collection;
    }

    public ZipArchiveEntry Collection { get; }

    /// <summary>True for the zstd-compressed formats (<c>collection.anki21b</c>).</summary>
    public bool Compressed => Collection.FullName == Collections[0];

    /// <summary>Opens the zip; null with the reason when it is not a package.</summary>
    public static AnkiPackage? Open(Stream content, out string? problem)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            problem = "not an Anki package: not a zip archive (" + e.Message + ")";
            return null;
        }

        var collection = Collections.Select(zip.GetEntry).FirstOrDefault(e => e is not null);
        if (collection is null)
        {
            zip.Dispose();
            problem = "not an Anki package: no collection.anki21b, collection.anki21 or collection.anki2 in the archive";
            return null;
        }

        problem = null;
        return new AnkiPackage(zip, collection);
    }

    /// <summary>Writes the collection's SQLite file to <paramref name="path"/>, decompressing it when needed.</summary>
    public void ExtractCollection(string path)
    {
        using var entry = Collection.Open();
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (Compressed)
        {
            using var decompressed = new ZstdSharp.DecompressionStream(entry);
            decompressed.CopyTo(file);
        }
        else
        {
            entry.CopyTo(file);
        }
    }

    /// <summary>The names of the media files the package carries, from its media list.</summary>
    public IReadOnlyList<string> MediaNames()
    {
        var entry = zip.GetEntry("media");
        if (entry is null)
        {
            return [];
        }

        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        if (Compressed)
        {
            using var decompressed = new ZstdSharp.DecompressionStream(stream);
            decompressed.CopyTo(buffer);

            // MediaEntries { repeated MediaEntry entries = 1; } MediaEntry { string name = 1; … } (import_export.proto)
            return ProtoFields.Read(buffer.ToArray()).Where(f => f.Number == 1).Select(f => ProtoFields.StringOf(f.Bytes, 1)).ToList();
        }

        stream.CopyTo(buffer);
        using var json = JsonDocument.Parse(buffer.ToArray());
        return json.RootElement.ValueKind == JsonValueKind.Object
            ? json.RootElement.EnumerateObject().Select(p => p.Value.GetString() ?? "").Where(n => n.Length > 0).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public void Dispose() => zip.Dispose();
}
