namespace Sobes.Testing;

/// <summary>
/// A path for a fresh SQLite file in its own temp folder; the folder is deleted on dispose.
/// The file itself is created by whoever opens <see cref="ConnectionString"/> first.
/// </summary>
public sealed class TempSqliteDatabase : IDisposable
{
    public TempSqliteDatabase(string fileName = "sobes.db")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        Directory = System.IO.Directory.CreateTempSubdirectory("sobes-sqlite-").FullName;
        FilePath = Path.Combine(Directory, fileName);
        // Pooling=False: a pooled connection keeps the file open and blocks its deletion.
        ConnectionString = $"Data Source={FilePath};Pooling=False";
    }

    public string Directory { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
