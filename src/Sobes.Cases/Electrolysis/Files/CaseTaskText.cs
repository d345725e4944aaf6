using Sobes.Cases.Electrolysis.Generation;

namespace Sobes.Cases.Electrolysis.Files;

/// <summary>The task as the case folder's TASK.ru.md / TASK.en.md state it, without generating the data.</summary>
public static class CaseTaskText
{
    /// <summary>The Markdown task for <paramref name="seed"/> in "ru" or "en" (anything else gives English).</summary>
    public static string Markdown(long seed, string language) =>
        language == "ru" ? CaseTask.Russian(new CaseOptions(seed)) : CaseTask.English(new CaseOptions(seed));
}
