using System.Text.Json;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramJson;

/// <summary>
/// Reads <c>poll: {question, closed, total_voters, answers: [{text, voters, chosen}]}</c>. Desktop exports no quiz key,
/// and per-option counts are often all 0: then shares stay unknown rather than 0.
/// </summary>
internal static class TelegramPollConverter
{
    public static Poll? Convert(JsonElement poll)
    {
        if (poll.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var question = poll.TryGetProperty("question", out var q) ? TelegramText.From(q).Text : "";
        var total = TelegramMessageConverter.IntProperty(poll, "total_voters");
        var answers = new List<(string Text, int Votes)>();
        if (poll.TryGetProperty("answers", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var answer in list.EnumerateArray())
            {
                if (answer.ValueKind == JsonValueKind.Object)
                {
                    var text = answer.TryGetProperty("text", out var t) ? TelegramText.From(t).Text : "";
                    answers.Add((text, TelegramMessageConverter.IntProperty(answer, "voters") ?? 0));
                }
            }
        }

        var counted = answers.Any(a => a.Votes > 0);
        var options = answers
            .Select(a => counted
                ? new PollOption(a.Text, total > 0 ? Math.Min(1.0, (double)a.Votes / total.Value) : null, a.Votes)
                : new PollOption(a.Text, null))
            .ToList();
        return new Poll { Question = question, Options = options, TotalVoters = total };
    }
}
