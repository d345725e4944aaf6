using System.Numerics;
using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems;

/// <summary>
/// A learner's answer read as an exact number. <see cref="HalfUnit"/> is half a unit in the last decimal
/// place typed (for "0.167", 0.0005), or null for a fraction.
/// </summary>
public readonly record struct ParsedAnswer(Rational Value, Rational? HalfUnit)
{
    private static readonly string[] Yes = ["yes", "y", "true", "да", "д", "верно"];
    private static readonly string[] No = ["no", "n", "false", "нет", "н", "неверно"];

    /// <summary>
    /// Reads "3/8", "0.375", "37.5%", "0,375" (Russian decimal comma), "1e-3", and yes/no words
    /// ("да"/"нет") as 1/0.
    /// </summary>
    public static bool TryParse(string? text, out ParsedAnswer answer)
    {
        answer = default;
        if (string.IsNullOrWhiteSpace(text)) { return false; }
        var trimmed = text.Trim().TrimEnd('.').ToLowerInvariant();
        if (Yes.Contains(trimmed)) { answer = new ParsedAnswer(1, null); return true; }
        if (No.Contains(trimmed)) { answer = new ParsedAnswer(0, null); return true; }
        if (!Rational.TryParse(trimmed, out var value)) { return false; }
        answer = new ParsedAnswer(value, HalfUnitOf(trimmed.Replace(" ", "", StringComparison.Ordinal)));
        return true;
    }

    private static Rational? HalfUnitOf(string text)
    {
        if (text.Contains('/', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal)) { return null; }
        var percent = text.EndsWith('%');
        var body = percent ? text[..^1] : text;
        var separator = body.IndexOfAny(['.', ',']);
        var decimals = separator < 0 ? 0 : body.Length - separator - 1;
        var half = new Rational(1, 2 * BigInteger.Pow(10, decimals));
        return percent ? half / 100 : half;
    }
}
