using System.Security.Cryptography;
using System.Text;

namespace Sobes.Core.Export;

/// <summary>
/// Stable note GUIDs: the first 64 bits of SHA-256 over the library's id, the item's id and the card key, written in
/// base 62 (Anki's own GUIDs are 64 random bits in base 91; any unique string will do, and base 62 needs no escaping in
/// Anki's text exports). The same item and key in the same library always give the same GUID.
/// </summary>
public static class DeckGuids
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>The GUID of the note for <paramref name="key"/> ("item", or a card's generator key) of item <paramref name="itemId"/>.</summary>
    public static string Of(string libraryId, long itemId, string key)
    {
        ArgumentNullException.ThrowIfNull(libraryId);
        ArgumentNullException.ThrowIfNull(key);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{libraryId}\n{itemId}\n{key}"));
        var value = BitConverter.ToUInt64(hash, 0);
        var text = new StringBuilder(11);
        do
        {
            text.Insert(0, Alphabet[(int)(value % 62)]);
            value /= 62;
        }
        while (value > 0);
        return text.ToString();
    }
}
