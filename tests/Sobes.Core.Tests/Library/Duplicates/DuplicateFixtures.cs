namespace Sobes.Core.Tests.Library.Duplicates;

/// <summary>Hand-written posts for duplicate tests, in the shape of Telegram interview-prep channels.</summary>
internal static class DuplicateFixtures
{
    public const string RussianRegularisation =
        "Чем L1-регуляризация отличается от L2?\n" +
        "L1 добавляет к функции потерь сумму модулей весов, а L2 добавляет сумму их квадратов. " +
        "Из-за формы штрафа L1 зануляет часть весов и поэтому работает как отбор признаков, " +
        "тогда как L2 равномерно уменьшает все веса, но почти никогда не делает их ровно нулевыми. " +
        "С точки зрения байесовской статистики L1 соответствует априорному распределению Лапласа, " +
        "а L2 соответствует нормальному априорному распределению на веса модели. " +
        "На практике часто используют их комбинацию, которая называется Elastic Net: " +
        "она сохраняет разреженность решения и устойчиво ведёт себя при сильно коррелированных признаках. " +
        "Коэффициент регуляризации подбирают на кросс-валидации, начиная с логарифмической сетки значений.";

    public const string RussianGradientBoosting =
        "Как устроен градиентный бустинг над решающими деревьями?\n" +
        "Модель строится последовательно: каждое новое дерево обучается предсказывать антиградиент " +
        "функции потерь по текущим предсказаниям ансамбля. Затем предсказание дерева умножается на " +
        "небольшой шаг обучения и прибавляется к ансамблю. Маленький шаг замедляет обучение, зато " +
        "снижает переобучение, поэтому число деревьев и шаг подбирают вместе по отложенной выборке " +
        "с ранней остановкой. Глубину деревьев обычно держат небольшой, от трёх до восьми уровней, " +
        "а для устойчивости добавляют случайное подмножество строк и признаков на каждой итерации.";

    public const string EnglishPrecisionRecall =
        "What is the difference between precision and recall?\n" +
        "Precision is the share of predicted positives that are truly positive, while recall is the " +
        "share of actual positives the model manages to find. Raising the decision threshold usually " +
        "increases precision and lowers recall, because the model only flags the cases it is most sure " +
        "about. Which metric matters more depends on the cost of errors: in fraud screening a missed " +
        "fraud is expensive, so recall comes first, while in spam filtering a lost legitimate email " +
        "hurts more, so precision is preferred. The F1 score is the harmonic mean of the two and is " +
        "useful when a single number is needed for model selection.";

    public const string EnglishBatchNorm =
        "Why does batch normalization speed up training?\n" +
        "Batch normalization rescales the activations of a layer using the mean and variance of the " +
        "current mini batch and then applies a learned scale and shift. The original paper explained " +
        "the gain by a reduction of internal covariate shift, but later work argued that the main effect " +
        "is a smoother loss landscape, which allows larger learning rates. At inference time the layer " +
        "uses running averages collected during training instead of batch statistics, so predictions " +
        "do not depend on which examples happen to share a batch.";

    /// <summary>The same question as <see cref="EnglishPrecisionRecall"/> explained in other words.</summary>
    public const string EnglishPrecisionRecallParaphrase =
        "How do precision and recall differ?\n" +
        "Out of everything a classifier labels positive, precision tells us how much was right. Recall " +
        "instead asks how many of the real positive examples were caught at all. Moving the cut-off upwards " +
        "tends to trade recall for precision since fewer borderline items get flagged. Pick the metric by " +
        "looking at what a mistake costs: letting fraud slip through is costly, so favour recall there; " +
        "sending a genuine message to the junk folder is worse for a mail service, so favour precision. " +
        "When one figure is required, people report F1, the harmonic average of both.";

    public static readonly string[] LongPosts =
        [RussianRegularisation, RussianGradientBoosting, EnglishPrecisionRecall, EnglishBatchNorm];

    /// <summary>The first <paramref name="share"/> of a text's words, as a channel preview cuts a post short.</summary>
    public static string FirstWords(string text, double share)
    {
        string[] words = text.Split(' ');
        return string.Join(' ', words.Take((int)Math.Round(words.Length * share))) + "…";
    }
}
