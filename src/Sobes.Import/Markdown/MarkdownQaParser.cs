using System.Text.RegularExpressions;
using Sobes.Core.Library;
using Sobes.Core.Posts;
using Sobes.Import.QuizPage;
using Sobes.Import.Text;

namespace Sobes.Import.Markdown;

/// <summary>
/// A line-by-line state machine over a Markdown Q&amp;A list. Questions are headings, bold lines, list items
/// or &lt;details&gt; summaries; an answer runs to the next question or to a heading that closes it; headings
/// that are not questions form the topic path. No recursion, so nesting depth cannot overflow the stack.
/// </summary>
internal sealed partial class MarkdownQaParser(string file, ICollection<Diagnostic> diagnostics)
{
    private readonly List<(int Level, string Title)> _topics = [];
    private PendingQuestion? _current;
    private Fence? _fence;
    private DetailsBlock? _details;
    private int _questions;
    private bool _inComment;
    private bool _seenHeadingOrQuestion;
    private string? _documentTitle;

    public void Add(SourceLine line, List<RawPost> completed)
    {
        if (_fence is null && _details is null && WithoutComments(line) is { } visible)
        {
            line = visible;
            if (line.Text.Trim().Length == 0)
            {
                return;
            }
        }

        if (_details is not null)
        {
            if (_details.Add(line.Text))
            {
                CompleteDetails(completed);
            }
        }
        else if (_fence is { } fence)
        {
            _current?.Body.Add(line.Text);
            _fence = fence.IsClosedBy(line.Text) ? null : fence;
        }
        else if (Fence.TryOpen(line.Text, out var opened))
        {
            _current?.Body.Add(line.Text);
            _fence = opened;
        }
        else if (DetailsBlock.Opens(line.Text))
        {
            _details = new DetailsBlock(line.Number, line.Text);
            if (_details.IsComplete)
            {
                CompleteDetails(completed);
            }
        }
        else
        {
            AddLine(line, completed);
        }
    }

    public void Finish(List<RawPost> completed)
    {
        if (_details is not null)
        {
            diagnostics.Add(Diagnostic.Warning(file, _details.Line, 0, "<details> block is not closed; read to the end of the file"));
            CompleteDetails(completed);
        }

        Close(completed);
        if (_questions == 0)
        {
            diagnostics.Add(Diagnostic.Warning(file, 0, 0,
                "no questions found (headings, bold lines or list items ending in '?', or <details> summaries)"));
        }
    }

    // An HTML comment is the author's note to themselves (often a commented-out entry): its lines are not read. Returns the
    // line without its commented parts when a comment opens, continues or closes on it; null when no comment touches it.
    private SourceLine? WithoutComments(SourceLine line)
    {
        var text = line.Text;
        if (!_inComment && !text.Contains("<!--", StringComparison.Ordinal))
        {
            return null;
        }

        var kept = new System.Text.StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            if (_inComment)
            {
                var close = text.IndexOf("-->", position, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                _inComment = false;
                position = close + 3;
            }
            else
            {
                var open = text.IndexOf("<!--", position, StringComparison.Ordinal);
                if (open < 0)
                {
                    kept.Append(text, position, text.Length - position);
                    break;
                }

                kept.Append(text, position, open - position);
                _inComment = true;
                position = open + 4;
            }
        }

        return line with { Text = kept.ToString() };
    }

    private void AddLine(SourceLine line, List<RawPost> completed)
    {
        var text = line.Text;
        if (ThematicBreak().IsMatch(text) && _current is { } open && EndsAnswerParagraph(open.Body))
        {
            // A rule after an answer ends it: what follows up to the next question is the list's footer ("Follow me for
            // more"), not part of the last answer. A rule right under a question, before any answer, does not end it.
            Close(completed);
        }
        else if (Heading().Match(text) is { Success: true } heading)
        {
            AddHeading(line.Number, heading.Groups["marks"].Length, heading.Groups["text"].Value, text, completed);
        }
        else if (BoldQuestion().Match(text) is { Success: true } bold && BoldQuestionParts(bold) is var (question, rest) && question is not null)
        {
            Start(new PendingQuestion(line.Number, question, QuestionShape.Bold, 0, TopicPath(int.MaxValue)), completed);
            if (rest.Length > 0)
            {
                _current!.Body.Add(rest);
            }
        }
        else if ((_current is null || _current.Shape == QuestionShape.ListItem)
            && ListQuestion().Match(text) is { Success: true } item && QuestionText.IsQuestion(Plain(item.Groups["q"].Value)))
        {
            Start(new PendingQuestion(line.Number, item.Groups["q"].Value, QuestionShape.ListItem, 0, TopicPath(int.MaxValue)), completed);
        }
        else
        {
            _current?.Body.Add(text);
        }
    }

    private void AddHeading(int number, int level, string markdown, string line, List<RawPost> completed)
    {
        var plain = Plain(markdown);
        var first = !_seenHeadingOrQuestion;
        _seenHeadingOrQuestion = true;
        if (first && level == 1 && !QuestionText.IsQuestion(plain) && plain.Trim().Length > 0)
        {
            // The list's own title ("# ML Interview Questions") names the document, not a section: its words only support topics.
            _documentTitle = plain.Trim();
            return;
        }

        if (QuestionText.IsQuestion(plain) || QuestionText.IsImperative(plain))
        {
            Start(new PendingQuestion(number, markdown, QuestionShape.Heading, level, TopicPath(level)), completed);
            return;
        }

        if (_current is { Shape: QuestionShape.Heading } current && current.Level < level)
        {
            current.Body.Add(line);
            return;
        }

        Close(completed);
        _topics.RemoveAll(t => t.Level >= level);
        if (!QuestionText.IsLabel(plain) && plain.Trim().Length > 0)
        {
            _topics.Add((level, plain.Trim()));
        }
    }

    private void CompleteDetails(List<RawPost> completed)
    {
        var block = _details!;
        _details = null;
        var summary = block.Summary;
        if (summary is not null && !QuestionText.IsAnswerLabel(Plain(summary)))
        {
            Close(completed);
            var question = new PendingQuestion(block.Line, summary, QuestionShape.Details, 0, TopicPath(int.MaxValue));
            question.Body.AddRange(block.BodyLines());
            Complete(question, completed);
        }
        else
        {
            _current?.Body.AddRange(block.BodyLines());
        }
    }

    private void Start(PendingQuestion question, List<RawPost> completed)
    {
        Close(completed);
        _seenHeadingOrQuestion = true;
        _current = question;
    }

    private void Close(List<RawPost> completed)
    {
        if (_current is not null)
        {
            Complete(_current, completed);
            _current = null;
        }
    }

    // A template entry ("Вопрос?" with "Тело ответа") shows how to add one; it is no question of the list.
    private void Complete(PendingQuestion question, List<RawPost> completed)
    {
        var post = question.ToPost(_documentTitle);
        if (QuestionText.IsTemplateQuestion(post.TitleHint ?? ""))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, file, question.Line, 0, $"template entry '{post.TitleHint}' skipped"));
            return;
        }

        completed.Add(post);
        _questions++;
    }

    /// <summary>"**Q?** rest" or "**Q:** Q?": the question and what follows it on the line; a null question when the bold part asks nothing.</summary>
    private static (string? Question, string After) BoldQuestionParts(Match bold)
    {
        var inBold = bold.Groups["q"].Value;
        var rest = bold.Groups["rest"].Value.Trim();
        if (QuestionText.IsQuestion(Plain(inBold)))
        {
            return (inBold, QuestionText.Title(rest).Length > 0 ? rest : "");
        }

        if (rest.Length == 0 && TitleSplitter.Asks(QuestionText.Title(Plain(inBold))))
        {
            // A bold line of its own that asks ("**Объясните разницу между L1 и L2**") is a question without its '?'.
            return (inBold, "");
        }

        return QuestionText.IsLabelPrefix(Plain(inBold)) && QuestionText.IsQuestion(Plain(rest)) ? (rest, "") : (null, "");
    }

    // Some answer text, then a blank line: "---" under a line of text would make that line a heading instead.
    private static bool EndsAnswerParagraph(List<string> body) =>
        body is [.., var last] && last.Trim().Length == 0 && body.Any(l => l.Trim().Length > 0);

    /// <summary>Enclosing topic headings, outermost first, above the given heading level.</summary>
    private string[] TopicPath(int level) => _topics.Where(t => t.Level < level).Select(t => t.Title).ToArray();

    private static string Plain(string markdown) => MarkdownInline.ToPlain(markdown, new List<string>()).Trim();

    [GeneratedRegex(@"^ {0,3}(?<marks>#{1,6})(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$", RegexOptions.NonBacktracking)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}(?:(?:[-*+]|\d{1,4}[.)])[ \t]+)?(?:\*\*(?<q>.+?)\*\*|__(?<q>.+?)__)(?<rest>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex BoldQuestion();

    [GeneratedRegex(@"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", RegexOptions.NonBacktracking)]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^ {0,3}(?:\d{1,4}[.)]|[-*+])[ \t]+(?<q>.+)$", RegexOptions.NonBacktracking)]
    private static partial Regex ListQuestion();
}
