using System.Text.Json;

namespace Sobes.Testing.Exports;

/// <summary>The message bodies: which kind a message is and its entities.</summary>
public static partial class TelegramExportGenerator
{
    private static readonly string[] Topics =
    [
        "precision", "recall", "ROC AUC", "log loss", "L1 regularization", "L2 regularization", "dropout", "early stopping",
        "cross-validation", "data leakage", "gradient boosting", "random forest", "bagging", "TF-IDF", "word2vec", "attention",
        "tokenization", "RAG", "RLHF", "p-value", "Bayes' theorem", "confidence interval", "window functions", "GROUP BY",
        "переобучение", "кросс-валидация", "градиентный спуск", "регуляризация", "бустинг", "эмбеддинги", "трансформер", "A/B тест",
    ];

    private static readonly string[] Sentences =
    [
        "It trades a little bias for a large drop in variance.",
        "Интуиция простая: штраф мешает весам расти без необходимости.",
        "In practice, look at the validation curve before tuning anything else.",
        "Ошибка на обучении падает, а на отложенной выборке начинает расти.",
        "The metric ignores the threshold and compares rankings only.",
        "Считается по формуле, которую полезно вывести самому хотя бы раз.",
        "A common interview follow-up asks what happens with class imbalance.",
        "На собеседовании часто просят привести пример из своего опыта.",
    ];

    private static void WriteBody(Utf8JsonWriter writer, Random random, int kind, int id)
    {
        // Duplicates reuse an earlier message's seed for the text, so about 10% of posts repeat verbatim.
        var textSeed = kind < 12 && id > 10 ? random.Next(1, id) : id;
        var text = new Random(textSeed);
        writer.WriteStartArray("text_entities");
        switch (kind)
        {
            case < 30:
                WriteQuestion(writer, text);
                break;
            case < 45:
                WriteNote(writer, text);
                break;
            case < 60:
                WriteProblem(writer, text);
                break;
            case < 68:
                WriteAd(writer, text);
                break;
            case < 78:
                WriteCode(writer, text);
                break;
            case < 88:
                WriteResource(writer, text);
                break;
            default:
                writer.WriteEndArray();
                WritePoll(writer, random, text);
                return;
        }

        writer.WriteEndArray();
        if (random.Next(3) == 0)
        {
            writer.WriteStartArray("reactions");
            writer.WriteStartObject();
            writer.WriteString("type", "emoji");
            writer.WriteNumber("count", random.Next(1, 300));
            writer.WriteString("emoji", "👍");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
    }

    private static void Entity(Utf8JsonWriter writer, string type, string text, string? extraName = null, string? extraValue = null)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteString("text", text);
        if (extraName is not null)
        {
            writer.WriteString(extraName, extraValue);
        }

        writer.WriteEndObject();
    }

    private static string Topic(Random r) => Topics[r.Next(Topics.Length)];

    private static string Paragraph(Random r, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => distinctText ? Sentences[r.Next(Sentences.Length)] + " " + Clause(r) : Sentences[r.Next(Sentences.Length)]));

    // Distinct posts must differ as real ones do, not only in which stock sentences they repeat: each sentence
    // carries a clause of words drawn from a generated vocabulary of a few thousand Cyrillic and Latin words.
    private static readonly string[] Vocabulary = BuildVocabulary();

    internal static string Clause(Random r) =>
        string.Join(' ', Enumerable.Range(0, r.Next(6, 14)).Select(_ => Vocabulary[(int)(Vocabulary.Length * Math.Pow(r.NextDouble(), 2))])) + ".";

    private static string[] BuildVocabulary()
    {
        string[] latin = ["ka", "ro", "mi", "te", "lu", "sa", "po", "ne", "di", "va", "ge", "tor", "lin", "mod", "rex"];
        string[] cyrillic = ["ка", "ро", "ми", "те", "лу", "са", "по", "не", "ди", "ва", "ге", "тор", "лин", "мод", "рек"];
        var random = new Random(7);
        return Enumerable.Range(0, 4000).Select(i =>
        {
            var syllables = i % 2 == 0 ? latin : cyrillic;
            return string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => syllables[random.Next(syllables.Length)]));
        }).Distinct().ToArray();
    }

    private static void WriteQuestion(Utf8JsonWriter w, Random r)
    {
        Entity(w, "plain", "📌 ");
        Entity(w, "bold", r.Next(2) == 0 ? $"Что такое {Topic(r)}?" : $"What is {Topic(r)} and when does it help?");
        Entity(w, "plain", "\n\n" + Paragraph(r, r.Next(2, 6)) + "\n\n@generated_channel");
    }

    private static void WriteNote(Utf8JsonWriter w, Random r)
    {
        Entity(w, "plain", $"Заметка: {Topic(r)}.\n\n" + Paragraph(r, r.Next(3, 8)) + " ");
        Entity(w, "hashtag", "#" + (r.Next(2) == 0 ? "ml" : "interview"));
    }

    private static void WriteProblem(Utf8JsonWriter w, Random r)
    {
        var a = r.Next(2, 9);
        var b = r.Next(2, 9);
        Entity(w, "bold", $"Задача про {Topic(r)}");
        Entity(w, "plain", $"\n\nИз урны с {a} белыми и {b} чёрными шарами достают два шара без возвращения. Какова вероятность, что оба белые?\n\nРешение: перемножаем условные вероятности.\nОтвет: {a * (a - 1)}/{(a + b) * (a + b - 1)}");
    }

    private static void WriteAd(Utf8JsonWriter w, Random r)
    {
        Entity(w, "bold", "Курс по машинному обучению");
        Entity(w, "plain", $"\n\nСтарт потока через {r.Next(3, 30)} дней, цена {r.Next(10, 90)} 900 ₽.\n");
        Entity(w, "text_link", "Забронировать место", "href", $"https://example.com/course?id={r.Next(1000)}");
    }

    private static void WriteCode(Utf8JsonWriter w, Random r)
    {
        Entity(w, "plain", $"📌 Как реализовать {Topic(r)} на numpy?\n\n");
        Entity(w, "pre", $"import numpy as np\n\ndef score(y, p):\n    return np.mean((y - p) ** {r.Next(1, 4)})", "language", "python");
        Entity(w, "plain", "\n\n" + Paragraph(r, 2));
    }

    private static void WriteResource(Utf8JsonWriter w, Random r)
    {
        Entity(w, "plain", $"Полезная статья про {Topic(r)}: ");
        Entity(w, "link", $"https://example.org/articles/{r.Next(10_000)}");
        Entity(w, "plain", "\n");
        Entity(w, "hashtag", "#resources");
    }

    private static void WritePoll(Utf8JsonWriter w, Random owner, Random r)
    {
        w.WriteString("text", "");
        w.WriteStartObject("poll");
        w.WriteString("question", $"Which statement about {Topic(r)} is true?");
        w.WriteBoolean("closed", r.Next(2) == 0);
        var votes = Enumerable.Range(0, 4).Select(_ => owner.Next(0, 200)).ToArray();
        w.WriteNumber("total_voters", votes.Sum());
        w.WriteStartArray("answers");
        for (var i = 0; i < votes.Length; i++)
        {
            w.WriteStartObject();
            w.WriteString("text", $"Option {i + 1}: {Topic(r)}");
            w.WriteNumber("voters", votes[i]);
            w.WriteBoolean("chosen", false);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
