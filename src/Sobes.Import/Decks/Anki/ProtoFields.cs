using System.Text;

namespace Sobes.Import.Decks.Anki;

/// <summary>
/// The few protocol-buffer fields Sobes reads from an Anki package (a note type's kind, a template's formats, the
/// package version, the media list): a forward scan over tag, wire type and value, skipping what it does not need.
/// </summary>
internal static class ProtoFields
{
    /// <summary>Every field of a message as (number, varint value or 0, bytes of a length-delimited value or empty).</summary>
    public static List<(int Number, ulong Varint, ReadOnlyMemory<byte> Bytes)> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<(int, ulong, ReadOnlyMemory<byte>)>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var key = Varint(span, ref at);
            var number = (int)(key >> 3);
            switch ((int)(key & 7))
            {
                case 0:
                    fields.Add((number, Varint(span, ref at), ReadOnlyMemory<byte>.Empty));
                    break;
                case 1:
                    at += 8;
                    break;
                case 2:
                    var length = checked((int)Varint(span, ref at));
                    if (length < 0 || at + length > span.Length)
                    {
                        throw new InvalidDataException("a length-delimited protobuf field runs past its message");
                    }

                    fields.Add((number, 0, message.Slice(at, length)));
                    at += length;
                    break;
                case 5:
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"protobuf wire type {key & 7} is not one Anki writes");
            }
        }

        if (at > span.Length)
        {
            throw new InvalidDataException("a protobuf field runs past its message");
        }

        return fields;
    }

    public static ulong VarintOf(ReadOnlyMemory<byte> message, int number) =>
        Read(message).Where(f => f.Number == number).Select(f => f.Varint).LastOrDefault();

    public static string StringOf(ReadOnlyMemory<byte> message, int number) =>
        Read(message).Where(f => f.Number == number).Select(f => Encoding.UTF8.GetString(f.Bytes.Span)).LastOrDefault() ?? "";

    private static ulong Varint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= span.Length)
            {
                throw new InvalidDataException("a protobuf varint runs past its message");
            }

            var b = span[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("a protobuf varint is longer than ten bytes");
    }
}
