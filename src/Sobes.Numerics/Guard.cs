namespace Sobes.Numerics;

/// <summary>Argument checks shared by the numerics; a failed check is a caller's bug.</summary>
internal static class Guard
{
    public static void SameLength(int labels, int scores, string name)
    {
        if (labels != scores)
        {
            throw new ArgumentException($"Labels ({labels}) and scores ({scores}) differ in length.", name);
        }
    }

    public static void NotEmpty(int length, string name)
    {
        if (length == 0)
        {
            throw new ArgumentException("At least one observation is needed.", name);
        }
    }

    public static void Finite(ReadOnlySpan<double> values, string name)
    {
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException("Scores must be finite numbers.", name);
            }
        }
    }

    public static void Probability(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A probability lies in [0, 1].");
        }
    }

    public static void OpenProbability(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "The level lies strictly between 0 and 1.");
        }
    }

    public static double Ratio(double numerator, double denominator) =>
        denominator == 0 ? 0 : numerator / denominator;
}
