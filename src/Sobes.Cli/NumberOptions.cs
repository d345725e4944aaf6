using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Sobes.Cli;

/// <summary>
/// Options and arguments that take a number. Anything else — a word, a fraction where a whole number goes, a number too
/// large, or one below the least the option can mean — is a parse error naming the option and what it takes, before
/// the command runs (System.CommandLine's own message names a .NET type).
/// </summary>
internal static class NumberOptions
{
    public static Option<int> WholeNumber(string name, string description, int fallback, int? minimum = null) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => Parse(result, name, minimum) ?? fallback,
    };

    public static Option<int?> OptionalWholeNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Parse(result, name, minimum: null),
    };

    public static Option<double> Number(string name, string description, double fallback) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseNumber(result, name) ?? fallback,
    };

    public static Option<double?> OptionalNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseNumber(result, name),
    };

    /// <summary>An id: an item's, a card's, a provenance's.</summary>
    public static Argument<long> Id(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var token = Token(result);
            if (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }

            result.AddError($"{name.ToUpperInvariant()} is an id, a whole number, not '{token}'.");
            return 0;
        },
    };

    private static int? Parse(ArgumentResult result, string name, int? minimum)
    {
        var token = Token(result);
        if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && !(value < minimum))
        {
            return value;
        }

        var what = minimum is { } least ? $"a whole number from {least.ToString(CultureInfo.InvariantCulture)} up" : "a whole number";
        result.AddError($"{name} takes {what}, not '{token}'.");
        return null;
    }

    private static double? ParseNumber(ArgumentResult result, string name)
    {
        var token = Token(result);
        if (double.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"{name} takes a number such as 0.9 (a point, not a comma), not '{token}'.");
        return null;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
}
