using System.Numerics;

namespace Sobes.Numerics.Exact;

public readonly partial struct Rational
{
    /// <summary>Sum.</summary>
    public static Rational operator +(Rational a, Rational b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    /// <summary>Difference.</summary>
    public static Rational operator -(Rational a, Rational b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    /// <summary>Negation.</summary>
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    /// <summary>Product.</summary>
    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>Quotient; dividing by zero throws <see cref="DivideByZeroException"/>.</summary>
    public static Rational operator /(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>Equality of values.</summary>
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    /// <summary>Inequality of values.</summary>
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>Less than.</summary>
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>Named alternative to <c>+</c>.</summary>
    public static Rational Add(Rational a, Rational b) => a + b;

    /// <summary>Named alternative to binary <c>-</c>.</summary>
    public static Rational Subtract(Rational a, Rational b) => a - b;

    /// <summary>Named alternative to unary <c>-</c>.</summary>
    public static Rational Negate(Rational a) => -a;

    /// <summary>Named alternative to <c>*</c>.</summary>
    public static Rational Multiply(Rational a, Rational b) => a * b;

    /// <summary>Named alternative to <c>/</c>.</summary>
    public static Rational Divide(Rational a, Rational b) => a / b;

    /// <summary>Absolute value.</summary>
    public Rational Abs() => Sign < 0 ? -this : this;

    /// <summary>The value raised to an integer power (negative powers invert).</summary>
    public Rational Pow(int exponent) => exponent >= 0
        ? new Rational(BigInteger.Pow(Numerator, exponent), BigInteger.Pow(Denominator, exponent))
        : One / Pow(-exponent);

    /// <summary>Named alternative to <c>&lt;</c> and friends.</summary>
    public static int Compare(Rational a, Rational b) => a.CompareTo(b);
}
