namespace Sobes.Core.Srs;

/// <summary>The learner's answer to a review: 1 Again, 2 Hard, 3 Good, 4 Easy (as in Anki and FSRS).</summary>
public readonly record struct Rating
{
    /// <summary>Creates a rating; throws unless <paramref name="value"/> is 1–4.</summary>
    public Rating(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 4);
        Value = value;
    }

    /// <summary>1 Again, 2 Hard, 3 Good, 4 Easy.</summary>
    public int Value { get; }

    /// <summary>Forgot the answer (a lapse once the card is in review).</summary>
    public static Rating Again { get; } = new(1);

    /// <summary>Recalled with serious difficulty.</summary>
    public static Rating Hard { get; } = new(2);

    /// <summary>Recalled after some thought.</summary>
    public static Rating Good { get; } = new(3);

    /// <summary>Recalled at once.</summary>
    public static Rating Easy { get; } = new(4);

    /// <summary>The four ratings in order.</summary>
    public static IReadOnlyList<Rating> All { get; } = [Again, Hard, Good, Easy];

    /// <summary>True for Hard, Good and Easy.</summary>
    public bool IsPass => Value > 1;

    /// <inheritdoc />
    public override string ToString() => Value switch
    {
        1 => "Again",
        2 => "Hard",
        3 => "Good",
        _ => "Easy",
    };
}
