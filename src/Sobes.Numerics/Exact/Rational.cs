using System.Numerics;

namespace Sobes.Numerics.Exact;

/// <summary>
/// An exact fraction of arbitrary-precision integers, always kept in lowest terms with a positive
/// denominator. <c>default</c> is zero.
/// </summary>
public readonly partial struct Rational : IEquatable<Rational>, IComparable<Rational>, IComparable
{
    private readonly BigInteger _denominatorMinusOne;

    /// <summary>Creates numerator / denominator, reduced; the denominator must not be zero.</summary>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) { throw new DivideByZeroException("A fraction's denominator is not zero."); }
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        if (numerator.IsZero) { denominator = BigInteger.One; }
        Numerator = numerator;
        _denominatorMinusOne = denominator - 1;
    }

    /// <summary>Zero.</summary>
    public static Rational Zero => default;

    /// <summary>One.</summary>
    public static Rational One => new(1, 1);

    /// <summary>Numerator in lowest terms; carries the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>Denominator in lowest terms, positive.</summary>
    public BigInteger Denominator => _denominatorMinusOne + 1;

    /// <summary>−1, 0 or 1.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>Whether the value is a whole number.</summary>
    public bool IsInteger => _denominatorMinusOne.IsZero;

    /// <summary>The integer n as a fraction.</summary>
    public static implicit operator Rational(long value) => new(value, 1);

    /// <summary>The integer n as a fraction.</summary>
    public static implicit operator Rational(BigInteger value) => new(value, 1);

    /// <summary>Same as <see cref="ToDouble"/>.</summary>
    public static explicit operator double(Rational value) => value.ToDouble();

    /// <summary>The nearest double, correct to within one unit in the last place.</summary>
    public double ToDouble()
    {
        var den = Denominator;
        if (BigInteger.Abs(Numerator) < (BigInteger.One << 53) && den < (BigInteger.One << 53))
        {
            return (double)Numerator / (double)den;
        }

        // Scale so the integer quotient carries 64 significant bits, then rescale by a power of two.
        var shift = (int)(den.GetBitLength() - BigInteger.Abs(Numerator).GetBitLength()) + 64;
        var scaled = shift >= 0 ? (Numerator << shift) / den : Numerator / (den << -shift);
        return Math.ScaleB((double)scaled, -shift);
    }

    /// <summary>Equality of values.</summary>
    public bool Equals(Rational other) => Numerator == other.Numerator && _denominatorMinusOne == other._denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, _denominatorMinusOne);

    /// <summary>Orders by value.</summary>
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj is Rational other ? CompareTo(other)
        : throw new ArgumentException("Not a Rational.", nameof(obj));

    /// <summary>"n/d", or "n" when whole.</summary>
    public override string ToString() => IsInteger ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
