using System.Text;
using System.Text.Json;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramJson;

/// <summary>
/// Walks a Telegram Desktop JSON export with <see cref="Utf8JsonReader"/> over a refilled buffer, handing each
/// message object (parsed on its own) to a callback. Memory is bounded by the largest single message, and a message
/// longer than <paramref name="maxMessageBytes"/> is not held at all: it is passed over byte by byte and reported.
/// </summary>
internal sealed partial class TelegramExportScanner(Stream stream, string fileName, int maxMessageBytes)
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly LineCounter _lines = new();
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _final;
    private bool _firstFill = true;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 64 });
    private Scope _scope = Scope.BeforeRoot;
    private Expect _expect = Expect.Nothing;
    private int _skipDepth = -1;
    private bool _sawMessages;

    // An oversized message being passed over: its id and line, where it nests, and the reader's state after it.
    private bool _passingOver;
    private string? _passedId;
    private int _passedLine;
    private int _passedDepth;
    private bool _passedInString;
    private bool _passedEscape;
    private JsonReaderState _stateAfterPassed;

    /// <summary>The chat whose messages are being read, for account exports; null for a single-chat export.</summary>
    public string? ChatName { get; private set; }

    /// <summary>The export's top-level "name" (the channel's title), once read.</summary>
    public string? RootName { get; private set; }

    public bool IsAccountExport { get; private set; }

    public bool Finished { get; private set; }

    /// <summary>The error that stopped the scan; the reader reports it after the posts read before it.</summary>
    public Diagnostic? Error { get; private set; }

    private enum Scope
    {
        BeforeRoot,
        Root,
        RootMessages,
        Chats,
        ChatList,
        Chat,
        ChatMessages,
        Done,
    }

    private enum Expect
    {
        Nothing,
        Skip,
        RootName,
        MessagesArray,
        ChatsObject,
        ListArray,
        ChatName,
    }

    /// <summary>A message object parsed on its own, with the 1-based line it starts on.</summary>
    public delegate void MessageHandler(JsonElement message, int line);

    /// <summary>A message longer than the cap, passed over unread: its id when its head names one, and its line.</summary>
    public delegate void OversizedHandler(string? id, int line);

    /// <summary>Reads until at least one buffer's worth of tokens is handled; false once finished (done or failed).</summary>
    public bool Step(MessageHandler onMessage, OversizedHandler onOversized)
    {
        if (Finished)
        {
            return false;
        }

        if (_passingOver)
        {
            if (PassOver())
            {
                onOversized(_passedId, _passedLine);
            }
            else if (_final)
            {
                FailAtPosition("unexpected end of file: the export is truncated");
                return false;
            }
            else
            {
                Fill();
            }

            return !Finished;
        }

        if (_firstFill)
        {
            _firstFill = false;
            Fill();
            if (_end == 0 && _final)
            {
                Fail(1, 1, "file is empty");
                return false;
            }

            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
            }
        }

        var outcome = ReadBuffered(onMessage);
        if (outcome == Outcome.NeedMore)
        {
            if (_final)
            {
                FailAtPosition(_scope == Scope.BeforeRoot ? "file is empty" : "unexpected end of file: the export is truncated");
                return false;
            }

            Fill();
        }

        return !Finished;
    }

    private enum Outcome
    {
        NeedMore,
        Progress,
        Stopped,
        PassingOver,
    }

    /// <summary>
    /// Starts passing over the message object that begins at <paramref name="start"/> (an index into the buffer) and
    /// does not fit the cap; <paramref name="atStart"/> is the reader's state on its opening brace.
    /// </summary>
    private void BeginPassingOver(int start, JsonReaderState atStart)
    {
        _lines.AdvanceTo(_bufferOffset + start, _buffer, _bufferOffset);
        _passedLine = _lines.Line;
        _passedId = IdOf(_buffer.AsSpan(start, _end - start));

        // The reader resumes as if it had read the whole object: its state on the brace, then the closing brace.
        var closing = new Utf8JsonReader("}"u8, isFinalBlock: false, atStart);
        closing.Read();
        _stateAfterPassed = closing.CurrentState;
        (_passingOver, _passedDepth, _passedInString, _passedEscape) = (true, 1, false, false);
        _start = start + 1;
    }

    /// <summary>Consumes the buffered bytes of the message being passed over; true once its closing brace is read.</summary>
    private bool PassOver()
    {
        for (var i = _start; i < _end; i++)
        {
            var b = _buffer[i];
            if (_passedInString)
            {
                if (_passedEscape)
                {
                    _passedEscape = false;
                }
                else if (b == (byte)'\\')
                {
                    _passedEscape = true;
                }
                else if (b == (byte)'"')
                {
                    _passedInString = false;
                }
            }
            else if (b == (byte)'"')
            {
                _passedInString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                _passedDepth++;
            }
            else if (b is (byte)'}' or (byte)']' && --_passedDepth == 0)
            {
                _start = i + 1;
                _state = _stateAfterPassed;
                _passingOver = false;
                return true;
            }
        }

        _start = _end;
        return false;
    }

    /// <summary>The "id" of a message object from the bytes of its head, when they hold it whole.</summary>
    private static string? IdOf(ReadOnlySpan<byte> head)
    {
        var reader = new Utf8JsonReader(head, isFinalBlock: false, default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"u8))
                {
                    return reader.Read() && reader.TokenType is JsonTokenType.Number or JsonTokenType.String ? Encoding.UTF8.GetString(reader.ValueSpan) : null;
                }
            }
        }
        catch (JsonException)
        {
            // A head that is not JSON names no id; the scan reports the error when it gets there.
        }

        return null;
    }

    private Outcome ReadBuffered(MessageHandler onMessage)
    {
        var span = _buffer.AsSpan(_start, _end - _start);
        var reader = new Utf8JsonReader(span, _final, _state);
        var outcome = Outcome.NeedMore;
        try
        {
            outcome = ReadTokens(ref reader, onMessage);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            var offset = _bufferOffset + _start + reader.BytesConsumed;
            Fail(line, column, $"malformed JSON at line {line}, column {column} (byte {offset}): {StripPosition(ex.Message)}");
            return Outcome.Stopped;
        }
        catch (InvalidOperationException ex)
        {
            var offset = _bufferOffset + _start + reader.BytesConsumed;
            _lines.AdvanceTo(offset, _buffer, _bufferOffset);
            Fail(_lines.Line, _lines.Column, $"unreadable text at line {_lines.Line} (byte {offset}): {ex.Message}");
            return Outcome.Stopped;
        }

        if (outcome == Outcome.PassingOver)
        {
            return outcome;
        }

        _state = reader.CurrentState;
        _start += (int)reader.BytesConsumed;
        return outcome;
    }

    private static string StripPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _lines.AdvanceTo(_bufferOffset + _start, _buffer, _bufferOffset);
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        while (_end < _buffer.Length)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _final = true;
                return;
            }

            _end += read;
        }
    }

    private void FailAtPosition(string message)
    {
        _lines.AdvanceTo(_bufferOffset + _end, _buffer, _bufferOffset);
        Fail(_lines.Line, _lines.Column, _scope == Scope.BeforeRoot ? message : $"{message} (line {_lines.Line}, column {_lines.Column}, byte {_bufferOffset + _end})");
    }

    private void Fail(int line, int column, string message)
    {
        Error = Diagnostic.Error(fileName, line, column, message);
        Finished = true;
        _scope = Scope.Done;
    }
}
