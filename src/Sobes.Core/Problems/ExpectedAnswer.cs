using Sobes.Numerics.Exact;

namespace Sobes.Core.Problems;

/// <summary>
/// An expected answer: an exact fraction (<see cref="Tolerance"/> zero) or a decimal accepted within a
/// stated absolute tolerance.
/// </summary>
public readonly record struct ExpectedAnswer
{
    private ExpectedAnswer(Rational value, Rational tolerance)
    {
        if (tolerance.Sign < 0) { throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "Tolerance is non-negative."); }
        Value = value;
        Tolerance = tolerance;
    }

    /// <summary>The exact value.</summary>
    public Rational Value { get; }

    /// <summary>Largest accepted absolute error; zero for an exact answer.</summary>
    public Rational Tolerance { get; }

    /// <summary>Whether only the exact value (or a correctly rounded decimal of it) is accepted.</summary>
    public bool IsExact => Tolerance.Sign == 0;

    /// <summary>An exact answer.</summary>
    public static ExpectedAnswer Exact(Rational value) => new(value, Rational.Zero);

    /// <summary>A decimal answer accepted within <paramref name="tolerance"/>.</summary>
    public static ExpectedAnswer Approximate(double value, double tolerance) =>
        new(Rational.FromDouble(value), Rational.FromDouble(tolerance));

    /// <summary>A yes/no answer: 1 for yes, 0 for no.</summary>
    public static ExpectedAnswer YesNo(bool yes) => Exact(yes ? 1 : 0);

    /// <summary>
    /// Whether <paramref name="given"/> is right. An exact answer also takes a decimal correctly rounded
    /// to the digits typed, if it is within 0.5 % of the value (so 1/6 accepts 0.167 but not 0.17).
    /// </summary>
    public bool Accepts(ParsedAnswer given)
    {
        var error = (given.Value - Value).Abs();
        if (!IsExact) { return error <= Tolerance; }
        if (error.Sign == 0) { return true; }
        return given.HalfUnit is { } halfUnit && error <= halfUnit && error <= Value.Abs() * new Rational(1, 200);
    }

    /// <summary>The value as shown to a learner: the fraction, and a decimal when it is not whole.</summary>
    public string Display(string language)
    {
        var dec = language.Num(Value.ToDouble());
        if (!IsExact) { return $"{dec} ± {language.Num(Tolerance.ToDouble(), 6)}"; }
        return Value.IsInteger ? Value.ToString() : $"{Value} ≈ {dec}";
    }
}
