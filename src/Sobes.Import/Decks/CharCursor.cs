namespace Sobes.Import.Decks;

/// <summary>Characters of a text reader with a look-ahead window, counting lines as it passes them (\n, \r\n and \r each end one).</summary>
internal sealed class CharCursor(TextReader reader)
{
    private char[] _buffer = new char[1 << 14];
    private int _position;
    private int _length;
    private bool _atEnd;
    private bool _afterCarriageReturn;

    /// <summary>1-based line of the next character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>True at the first character of a physical line.</summary>
    public bool AtLineStart { get; private set; } = true;

    public bool AtEnd => !Fill(1);

    /// <summary>The character <paramref name="ahead"/> places on, or -1 past the end.</summary>
    public int Peek(int ahead = 0) => Fill(ahead + 1) ? _buffer[_position + ahead] : -1;

    public bool StartsWith(string text)
    {
        if (!Fill(text.Length))
        {
            return false;
        }

        return _buffer.AsSpan(_position, text.Length).SequenceEqual(text);
    }

    public char Take()
    {
        if (!Fill(1))
        {
            throw new InvalidOperationException("past the end of the text");
        }

        var c = _buffer[_position++];
        if (c == '\n' && _afterCarriageReturn)
        {
            _afterCarriageReturn = false;
            AtLineStart = true;
            return c;
        }

        _afterCarriageReturn = c == '\r';
        AtLineStart = c is '\n' or '\r';
        if (AtLineStart)
        {
            Line++;
        }

        return c;
    }

    /// <summary>Takes a line break (\r\n counts as one) when one comes next.</summary>
    public bool TakeLineBreak()
    {
        var c = Peek();
        if (c is not ('\n' or '\r'))
        {
            return false;
        }

        Take();
        if (c == '\r' && Peek() == '\n')
        {
            Take();
        }

        return true;
    }

    private bool Fill(int count)
    {
        if (_length - _position >= count)
        {
            return true;
        }

        if (_atEnd)
        {
            return false;
        }

        if (_position > 0)
        {
            Array.Copy(_buffer, _position, _buffer, 0, _length - _position);
            _length -= _position;
            _position = 0;
        }

        if (count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(count, _buffer.Length * 2));
        }

        while (_length < count && !_atEnd)
        {
            var n = reader.Read(_buffer, _length, _buffer.Length - _length);
            _atEnd = n == 0;
            _length += n;
        }

        return _length - _position >= count;
    }
}
