namespace Sobes.Core.Problems.Kinds;

/// <summary>Small labelled score tables shared by the threshold and ROC problems.</summary>
internal static class Table
{
    /// <summary>
    /// <paramref name="n"/> labels with at least two of each class, and scores in tenths (1–9), positives
    /// drawn a little higher; distinct when asked.
    /// </summary>
    public static (bool[] Labels, int[] Tenths) Scored(Random random, int n, bool distinct)
    {
        var labels = new bool[n];
        var positives = random.Next(2, n - 1);
        for (var i = 0; i < positives; i++) { labels[i] = true; }
        random.Shuffle(labels);
        var pool = Enumerable.Range(1, 9).ToList();
        var tenths = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (distinct)
            {
                var pick = pool[Math.Min(pool.Count - 1, random.Next(pool.Count) + (labels[i] && pool.Count > 2 ? 1 : 0))];
                pool.Remove(pick);
                tenths[i] = pick;
            }
            else
            {
                tenths[i] = Math.Clamp(random.Next(1, 8) + (labels[i] ? 2 : 0), 1, 9);
            }
        }

        return (labels, tenths);
    }

    public static string Rows(string language, bool[] labels, double[] scores) =>
        string.Join("; ", labels.Select((l, i) => $"y={(l ? 1 : 0)}, score={language.Num(scores[i], 2)}"));
}
