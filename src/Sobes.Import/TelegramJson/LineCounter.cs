namespace Sobes.Import.TelegramJson;

/// <summary>Counts newlines up to an absolute byte offset, each byte once, so posts and errors get 1-based lines.</summary>
internal sealed class LineCounter
{
    private long _position;
    private long _lastNewline = -1;

    public int Line { get; private set; } = 1;

    /// <summary>Counts the bytes from the last position up to <paramref name="target"/>; <paramref name="buffer"/> starts at absolute <paramref name="bufferOffset"/>.</summary>
    public void AdvanceTo(long target, ReadOnlySpan<byte> buffer, long bufferOffset)
    {
        if (target <= _position)
        {
            return;
        }

        var from = (int)(_position - bufferOffset);
        var span = buffer[from..(int)(target - bufferOffset)];
        var last = span.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            Line += span.Count((byte)'\n');
            _lastNewline = _position + last;
        }

        _position = target;
    }

    /// <summary>1-based byte column of the counted position.</summary>
    public int Column => (int)Math.Min(int.MaxValue, _position - _lastNewline);
}
