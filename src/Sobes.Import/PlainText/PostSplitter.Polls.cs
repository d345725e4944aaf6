using Sobes.Core.Posts;

namespace Sobes.Import.PlainText;

/// <summary>Polls: a question line, a type line ("Anonymous Quiz"), then a "25%" line before each option's text.</summary>
internal sealed partial class PostSplitter
{
    /// <summary>
    /// A type line opens a poll when the question is the line just above it, and — for the bare words "Poll" or
    /// "Quiz", which prose can also hold — a percentage follows.
    /// </summary>
    private bool OpensPoll(int typeIndex, string typeLine)
    {
        if (_current is not { Closed: false } current || current.LastTextIndex < 0 || current.Lines[current.LastTextIndex].Line != typeIndex)
        {
            return false;
        }

        var next = NextNonBlank(typeIndex + 1);
        return typeLine.Contains(' ', StringComparison.Ordinal) || (next >= 0 && LineShapes.TryPercent(_lines[next].Trim(), out _));
    }

    private int ReadPoll(int typeIndex, bool isQuiz)
    {
        var draft = _current!;
        var questionIndex = draft.LastTextIndex;
        var (questionLine, question) = draft.Lines[questionIndex];
        draft.Lines.RemoveRange(questionIndex, draft.Lines.Count - questionIndex);
        if (draft.HasText)
        {
            draft.Close();
            draft = OpenDraft(questionLine - 1);
        }
        else
        {
            draft.Lines.Clear();
        }

        question = question.Trim();
        draft.AddLine(questionLine, question);
        var options = new List<PollOption>();
        var next = typeIndex + 1;
        while (true)
        {
            var percentAt = NextNonBlank(next);
            if (percentAt < 0 || !LineShapes.TryPercent(_lines[percentAt].Trim(), out var share))
            {
                break;
            }

            var optionAt = NextNonBlank(percentAt + 1);
            if (optionAt < 0 || LineShapes.TryPercent(_lines[optionAt].Trim(), out _))
            {
                break;
            }

            var option = _lines[optionAt].Trim();
            options.Add(new PollOption(option, share));
            draft.AddLine(optionAt + 1, option);
            next = optionAt + 1;
        }

        draft.Poll = new Poll { Question = question, Options = options, IsQuiz = isQuiz };
        draft.Close();
        return next - 1;
    }

    private int NextNonBlank(int from)
    {
        for (var i = from; i < _lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(_lines[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
