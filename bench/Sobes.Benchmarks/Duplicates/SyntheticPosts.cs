using System.Text;

namespace Sobes.Benchmarks.Duplicates;

/// <summary>
/// Deterministic channel-like posts: 50–300 words drawn Zipf-like (s = 1) from a 6,000-word vocabulary of
/// Cyrillic and Latin pseudo-words, in lines of 8–25 words; about one post in ten is a near duplicate of an
/// earlier one (a header line added, cut to 40–90 % of its words, or 3 % of its words replaced).
/// </summary>
internal static class SyntheticPosts
{
    private const string Consonants = "бвгдзклмнпрстфхцчшbcdfgklmnprstvz";
    private const string Vowels = "аеиоуыяюaeiou";

    public static string[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        string[] vocabulary = Vocabulary(random, 6_000);
        double[] cumulative = ZipfCumulative(vocabulary.Length);
        var posts = new string[count];
        for (int i = 0; i < count; i++)
        {
            posts[i] = i > 0 && random.NextDouble() < 0.1
                ? NearCopy(random, posts[random.Next(i)], vocabulary, cumulative)
                : Post(random, random.Next(50, 301), vocabulary, cumulative);
        }

        return posts;
    }

    private static string Post(Random random, int words, string[] vocabulary, double[] cumulative)
    {
        var text = new StringBuilder(words * 8);
        int lineEnd = random.Next(8, 26);
        for (int w = 0; w < words; w++)
        {
            text.Append(Draw(random, vocabulary, cumulative));
            bool endOfLine = w == lineEnd;
            lineEnd += endOfLine ? random.Next(8, 26) : 0;
            text.Append(endOfLine ? ".\n" : random.Next(12) == 0 ? ", " : " ");
        }

        return text.ToString();
    }

    private static string NearCopy(Random random, string original, string[] vocabulary, double[] cumulative)
    {
        string[] words = original.Split(' ');
        switch (random.Next(3))
        {
            case 0:
                return "🔥 Вопрос дня #" + random.Next(1000) + "\n" + original;
            case 1:
                return string.Join(' ', words.Take((int)(words.Length * (0.4 + random.NextDouble() * 0.5)))) + "…";
            default:
                for (int r = 0; r < words.Length * 3 / 100; r++)
                {
                    words[random.Next(words.Length)] = Draw(random, vocabulary, cumulative);
                }

                return string.Join(' ', words);
        }
    }

    private static string Draw(Random random, string[] vocabulary, double[] cumulative)
    {
        int index = Array.BinarySearch(cumulative, random.NextDouble());
        return vocabulary[Math.Min(index < 0 ? ~index : index, vocabulary.Length - 1)];
    }

    private static double[] ZipfCumulative(int size)
    {
        var cumulative = new double[size];
        double total = 0;
        for (int rank = 0; rank < size; rank++)
        {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }

        for (int rank = 0; rank < size; rank++)
        {
            cumulative[rank] /= total;
        }

        return cumulative;
    }

    private static string[] Vocabulary(Random random, int size)
    {
        var words = new HashSet<string>();
        var word = new StringBuilder();
        while (words.Count < size)
        {
            word.Clear();
            for (int syllable = random.Next(1, 5); syllable > 0; syllable--)
            {
                word.Append(Consonants[random.Next(Consonants.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
            }

            words.Add(word.ToString());
        }

        return [.. words];
    }
}
