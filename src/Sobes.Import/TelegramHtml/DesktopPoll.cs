using AngleSharp.Dom;
using Sobes.Core.Posts;

namespace Sobes.Import.TelegramHtml;

/// <summary>Desktop's poll markup: <c>.question</c>, <c>.details</c> ("Anonymous quiz"), <c>.answer</c> ("- text" and votes), <c>.total</c>.</summary>
internal static class DesktopPoll
{
    public static Poll? Read(IElement? poll)
    {
        if (poll is null)
        {
            return null;
        }

        var kind = HtmlText.Of(poll.QuerySelector(".details"));
        var total = HtmlNumbers.Count(HtmlText.Of(poll.QuerySelector(".total")));
        var options = poll.QuerySelectorAll(".answer").Select(answer => ReadAnswer(answer, total)).ToList();
        return new Poll
        {
            Question = HtmlText.Of(poll.QuerySelector(".question")),
            Options = options,
            IsQuiz = kind.Contains("quiz", StringComparison.OrdinalIgnoreCase) || kind.Contains("викторин", StringComparison.OrdinalIgnoreCase),
            TotalVoters = total,
        };
    }

    private static PollOption ReadAnswer(IElement answer, int? total)
    {
        var votes = HtmlNumbers.Count(HtmlText.Of(answer.QuerySelector(".details")));
        var own = string.Concat(answer.ChildNodes.Where(n => n is not IElement e || !e.ClassList.Contains("details")).Select(n => n.TextContent)).Trim();
        own = own.StartsWith("- ", StringComparison.Ordinal) ? own[2..].Trim() : own;
        var share = votes is > 0 && total is > 0 ? Math.Min(1.0, (double)votes.Value / total.Value) : (double?)null;
        return new PollOption(own, share, votes is > 0 ? votes : null);
    }
}
