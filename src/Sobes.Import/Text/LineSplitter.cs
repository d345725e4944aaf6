using System.Text;

namespace Sobes.Import.Text;

internal static partial class SourceLines
{
    /// <summary>Decodes bytes chunk by chunk and cuts them at "\n", "\r\n" or "\r", keeping at most <paramref name="maxLength"/> characters of a line.</summary>
    private sealed class LineSplitter(Decoder decoder, int maxLength)
    {
        private readonly StringBuilder _line = new();
        private char[] _chars = new char[ChunkSize];
        private bool _afterCarriageReturn;
        private long _droppedChars;

        /// <summary>The number the next line will get.</summary>
        public int LineNumber { get; private set; } = 1;

        /// <summary>Decodes a chunk; returns the lines it completed, each with its length before truncation.</summary>
        public List<(SourceLine Line, long FullLength)> Feed(ReadOnlySpan<byte> bytes, bool flush)
        {
            var needed = decoder.GetCharCount(bytes, flush);
            if (needed > _chars.Length)
            {
                _chars = new char[needed];
            }

            var count = decoder.GetChars(bytes, _chars, flush);
            var lines = new List<(SourceLine Line, long FullLength)>();
            foreach (var c in _chars.AsSpan(0, count))
            {
                if (c == '\n' && _afterCarriageReturn)
                {
                    _afterCarriageReturn = false;
                    continue;
                }

                _afterCarriageReturn = c == '\r';
                if (c is '\n' or '\r')
                {
                    lines.Add(Complete());
                }
                else if (_line.Length < maxLength)
                {
                    _line.Append(c);
                }
                else
                {
                    _droppedChars++;
                }
            }

            if (flush && (_line.Length > 0 || _droppedChars > 0))
            {
                lines.Add(Complete());
            }

            return lines;
        }

        private (SourceLine Line, long FullLength) Complete()
        {
            var fullLength = _line.Length + _droppedChars;
            var line = new SourceLine(LineNumber++, _line.ToString());
            _line.Clear();
            _droppedChars = 0;
            return (line, fullLength);
        }
    }
}
