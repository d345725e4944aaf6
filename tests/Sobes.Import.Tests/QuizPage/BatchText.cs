using System.Text;
using Sobes.Core.Posts;

namespace Sobes.Import.Tests.QuizPage;

/// <summary>Renders a batch as stable, diff-friendly text for golden files.</summary>
internal static class BatchText
{
    public static string Render(ImportBatch batch)
    {
        var text = new StringBuilder();
        text.Append("source: ").Append(batch.Source.Path).Append(" [").Append(batch.Source.Format).Append("]\n");
        for (var i = 0; i < batch.Posts.Count; i++)
        {
            var post = batch.Posts[i];
            text.Append('\n').Append("post ").Append(i + 1).Append(" | ").Append(post.Locator).Append(" | ").Append(post.KindHint).Append('\n');
            text.Append("  title:").Append(Indented(post.TitleHint ?? "<none>")).Append('\n');
            text.Append("  answer:").Append(Indented(post.AnswerHint ?? (post.AnswerHidden ? "<hidden>" : "<none>"))).Append('\n');
            if (post.Shape is { } shape)
            {
                text.Append("  shape: ").Append(shape.Form == TaskForm.FillIn
                    ? $"fill-in, {shape.Blanks} blank(s): [{string.Join(" | ", shape.Answers)}]"
                    : $"matching: [{string.Join(" | ", shape.Pairs.Select(p => p.Left + " = " + p.Right))}]").Append('\n');
            }
            if (post.TopicHints.Count > 0)
            {
                text.Append("  topics: ").Append(string.Join(" > ", post.TopicHints)).Append('\n');
            }

            text.Append("  text:").Append(Indented(post.Text)).Append('\n');
            foreach (var code in post.Code)
            {
                text.Append("  code[").Append(code.Language ?? "").Append("]:").Append(Indented(code.Text)).Append('\n');
            }

            foreach (var link in post.Links)
            {
                text.Append("  link: ").Append(link).Append('\n');
            }
        }

        text.Append("\ndiagnostics:\n");
        foreach (var diagnostic in batch.Diagnostics)
        {
            text.Append("  ").Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }

    private static string Indented(string value) => value.Contains('\n')
        ? string.Concat(value.Split('\n').Select(line => line.Length == 0 ? "\n    |" : "\n    | " + line))
        : " " + value;
}
