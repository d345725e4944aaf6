using System.Security.Cryptography;
using System.Text;
using Sobes.Core.Posts;
using Sobes.Data.Storage;

namespace Sobes.Data.Importing;

/// <summary>
/// The sources of one file's named parts (<see cref="RawPost.Section"/>: an Anki deck): each part is a source of its
/// own, titled by its name, with the file's path and a content hash derived from the file's and the name, created when
/// its first post arrives. Posts without a section belong to the file's source, whose post count is the whole file's.
/// </summary>
internal sealed class SectionSources(ImportSession session, SourceRecord file)
{
    private readonly Dictionary<string, SourceRecord> sections = new(StringComparer.Ordinal);

    public async Task<SourceRecord> ForAsync(RawPost post, CancellationToken cancellationToken)
    {
        if (post.Section is not { Length: > 0 } name)
        {
            return file;
        }

        if (!sections.TryGetValue(name, out var source))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.ContentHash + "\n" + name)));
            source = await session.AddSourceAsync(new SourceInfo(file.Path, file.Format, hash), cancellationToken);
            source.Title = name;
            sections[name] = source;
        }

        source.PostCount++;
        return source;
    }

    /// <summary>Records each part's count and title.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var source in sections.Values)
        {
            await session.CompleteSourceAsync(source, cancellationToken);
        }
    }
}
