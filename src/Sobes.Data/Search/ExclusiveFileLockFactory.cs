using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace Sobes.Data.Search;

/// <summary>
/// Lucene's write lock as an exclusive lock on a file, held by the open handle and kept by the operating system
/// across processes (an <c>flock</c> on Linux, a sharing lock on Windows), released when the handle closes or the
/// process dies.
/// </summary>
/// <remarks>
/// Lucene.NET's own <see cref="NativeFSLockFactory"/> does not exclude another process on Linux: it opens the lock
/// file shared for reading, which .NET maps to a shared <c>flock</c>, so two processes both "obtain" it and both write
/// the folder, each deleting the other's files. The file is never deleted either: a process that deleted it on release
/// would let the next one lock a new file while a third still held the old one.
/// </remarks>
internal sealed class ExclusiveFileLockFactory : LockFactory
{
    private readonly string folder;

    public ExclusiveFileLockFactory(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        this.folder = folder;
    }

    public override Lock MakeLock(string lockName) =>
        new ExclusiveFileLock(Path.Combine(folder, LockPrefix is { Length: > 0 } prefix ? prefix + "-" + lockName : lockName));

    // Clearing a lock another process holds would let two write: the handle's owner releases it, or its death does.
    public override void ClearLock(string lockName)
    {
    }

    private sealed class ExclusiveFileLock(string path) : Lock
    {
        private readonly System.Threading.Lock gate = new();
        private FileStream? held;

        public override bool Obtain()
        {
            lock (gate)
            {
                if (held is not null)
                {
                    return false;
                }

                try
                {
                    held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return true;
                }
                catch (IOException e)
                {
                    FailureReason = e;
                    return false;
                }
            }
        }

        public override bool IsLocked()
        {
            lock (gate)
            {
                if (held is not null)
                {
                    return true;
                }

                try
                {
                    using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                    return false;
                }
                catch (FileNotFoundException)
                {
                    return false;
                }
                catch (IOException)
                {
                    return true;
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (!disposing)
            {
                return;
            }

            lock (gate)
            {
                held?.Dispose();
                held = null;
            }
        }

        public override string ToString() => "ExclusiveFileLock@" + path;
    }
}
