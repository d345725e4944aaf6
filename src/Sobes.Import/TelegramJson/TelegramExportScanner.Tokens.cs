using System.Text.Json;

namespace Sobes.Import.TelegramJson;

/// <summary>The state machine over tokens: root → messages, or root → chats → list → chat → messages.</summary>
internal sealed partial class TelegramExportScanner
{
    private const int MessagesPerStep = 256;

    private Outcome ReadTokens(ref Utf8JsonReader reader, MessageHandler onMessage)
    {
        var handled = 0;
        while (true)
        {
            var before = reader;
            if (!reader.Read())
            {
                return Outcome.NeedMore;
            }

            if (_expect != Expect.Nothing)
            {
                if (!TakeExpectedValue(ref reader))
                {
                    return Outcome.Stopped;
                }

                continue;
            }

            switch (_scope)
            {
                case Scope.BeforeRoot:
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        FailAtToken(ref reader, "not a Telegram export: the top level is not a JSON object");
                        return Outcome.Stopped;
                    }

                    _scope = Scope.Root;
                    break;
                case Scope.Root:
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        return Finish(ref reader);
                    }

                    _expect = ReadRootProperty(ref reader);
                    break;
                case Scope.Chats:
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        _scope = Scope.Root;
                        break;
                    }

                    _expect = reader.ValueTextEquals("list"u8) ? Expect.ListArray : Expect.Skip;
                    break;
                case Scope.ChatList:
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        _scope = Scope.Chats;
                    }
                    else if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        _scope = Scope.Chat;
                        ChatName = null;
                    }
                    else
                    {
                        BeginSkip(ref reader);
                    }

                    break;
                case Scope.Chat:
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        _scope = Scope.ChatList;
                        break;
                    }

                    _expect = reader.ValueTextEquals("name"u8) ? Expect.ChatName
                        : reader.ValueTextEquals("messages"u8) ? Expect.MessagesArray
                        : Expect.Skip;
                    break;
                case Scope.RootMessages:
                case Scope.ChatMessages:
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        _scope = _scope == Scope.RootMessages ? Scope.Root : Scope.Chat;
                        break;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        BeginSkip(ref reader);
                        break;
                    }

                    var startOffset = _bufferOffset + _start + reader.TokenStartIndex;
                    var atStart = reader.CurrentState;
                    if (!JsonDocument.TryParseValue(ref reader, out var document))
                    {
                        reader = before;
                        if (_bufferOffset + _end - startOffset > maxMessageBytes)
                        {
                            BeginPassingOver((int)(startOffset - _bufferOffset), atStart);
                            return Outcome.PassingOver;
                        }

                        return handled > 0 ? Outcome.Progress : Outcome.NeedMore;
                    }

                    using (document)
                    {
                        _lines.AdvanceTo(startOffset, _buffer, _bufferOffset);
                        onMessage(document.RootElement, _lines.Line);
                    }

                    if (++handled >= MessagesPerStep)
                    {
                        return Outcome.Progress;
                    }

                    break;
                default:
                    return Outcome.Stopped;
            }
        }
    }

    private Expect ReadRootProperty(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("messages"u8))
        {
            return Expect.MessagesArray;
        }

        if (reader.ValueTextEquals("chats"u8) || reader.ValueTextEquals("left_chats"u8))
        {
            IsAccountExport = true;
            return Expect.ChatsObject;
        }

        return reader.ValueTextEquals("name"u8) ? Expect.RootName : Expect.Skip;
    }

    /// <summary>Handles the value token after a property name; false when the shape is wrong (a diagnostic is added).</summary>
    private bool TakeExpectedValue(ref Utf8JsonReader reader)
    {
        var expect = _expect;
        if (expect == Expect.Skip && _skipDepth >= 0)
        {
            if (reader.CurrentDepth == _skipDepth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                _skipDepth = -1;
                _expect = Expect.Nothing;
            }

            return true;
        }

        _expect = Expect.Nothing;
        switch (expect)
        {
            case Expect.Skip:
                BeginSkip(ref reader);
                return true;
            case Expect.RootName:
            case Expect.ChatName:
                var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (expect == Expect.RootName)
                {
                    RootName = name;
                }
                else
                {
                    ChatName = name;
                }

                BeginSkip(ref reader);
                return true;
            case Expect.MessagesArray:
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    FailAtToken(ref reader, "not a Telegram export: \"messages\" is not an array");
                    return false;
                }

                _sawMessages = true;
                _scope = _scope == Scope.Root ? Scope.RootMessages : Scope.ChatMessages;
                return true;
            case Expect.ChatsObject:
                return EnterContainer(ref reader, JsonTokenType.StartObject, Scope.Chats, "\"chats\" is not an object");
            case Expect.ListArray:
                return EnterContainer(ref reader, JsonTokenType.StartArray, Scope.ChatList, "\"list\" is not an array");
            default:
                return true;
        }
    }

    private bool EnterContainer(ref Utf8JsonReader reader, JsonTokenType start, Scope scope, string complaint)
    {
        if (reader.TokenType != start)
        {
            FailAtToken(ref reader, "not a Telegram export: " + complaint);
            return false;
        }

        _scope = scope;
        return true;
    }

    /// <summary>Skips the value whose first token the reader stands on, across buffer refills.</summary>
    private void BeginSkip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _skipDepth = reader.CurrentDepth;
            _expect = Expect.Skip;
        }
    }

    private Outcome Finish(ref Utf8JsonReader reader)
    {
        if (!_sawMessages)
        {
            FailAtToken(ref reader, "not a Telegram export: no \"messages\" or \"chats\" found");
            return Outcome.Stopped;
        }

        _scope = Scope.Done;
        Finished = true;
        return Outcome.Stopped;
    }

    private void FailAtToken(ref Utf8JsonReader reader, string message)
    {
        _lines.AdvanceTo(_bufferOffset + _start + reader.TokenStartIndex, _buffer, _bufferOffset);
        Fail(_lines.Line, _lines.Column, $"{message} (line {_lines.Line}, column {_lines.Column})");
    }
}
