using Sobes.Core.Posts;
using Sobes.Import.Text;

namespace Sobes.Import.QuizPage;

/// <summary>
/// Reads a quiz page line by line: header, questions each followed by a shown answer or the sign-up
/// placeholder, study-note sections, then trailer chrome. Notes are merged at the end, so the page is held
/// whole (quiz pages are small).
/// </summary>
internal sealed class QuizPageParser(string file, ICollection<Diagnostic> diagnostics)
{
    private readonly List<QuizQuestion> _questions = [];
    private readonly List<NoteSection> _sections = [];
    private Phase _phase = Phase.Questions;

    private enum Phase
    {
        Questions,
        Notes,
        Trailer,
    }

    public void Add(SourceLine line)
    {
        var text = line.Text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (QuizLines.IsQuestionsMarker(text))
        {
            // Whatever came before the marker was the page header ("Flashcards Beta" and the like).
            _questions.Clear();
            _phase = Phase.Questions;
        }
        else if (QuizLines.IsNotesMarker(text))
        {
            _phase = Phase.Notes;
        }
        else if (QuizLines.IsDescriptionMarker(text) || QuizLines.IsTrailerStart(text))
        {
            _phase = Phase.Trailer;
        }
        else if (QuizLines.IsHiddenAnswer(text))
        {
            if (_questions.Count > 0 && _questions[^1].State == AnswerState.Pending)
            {
                _questions[^1].State = AnswerState.Hidden;
            }
        }
        else if (QuizLines.IsSignupPrompt(text))
        {
            return;
        }
        else if (_phase == Phase.Questions)
        {
            AddQuestionLine(line.Number, text);
        }
        else if (_phase == Phase.Notes)
        {
            AddNoteLine(line.Number, text);
        }
    }

    public IEnumerable<RawPost> Finish()
    {
        var sections = StudyNotes.Merge(_sections.Where(s => s.Bullets.Count > 0), file, diagnostics);
        if (_questions.Count == 0 && sections.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(file, 0, 0, "no questions or study notes found on the page"));
        }

        return _questions.Select(q => q.ToPost()).Concat(sections.Select(ToPost));
    }

    private void AddQuestionLine(int number, string text)
    {
        var last = _questions.Count > 0 ? _questions[^1] : null;
        if (last is { State: AnswerState.Pending } && QuizLines.IsShownAnswer(text))
        {
            last.Answer.Add(text);
            last.State = AnswerState.Shown;
        }
        else if (last is { Shape: QuizQuestionShape.Matching, State: not AnswerState.Hidden } && QuizLines.IsMatchingPair(text))
        {
            last.Answer.Add(text);
            last.State = AnswerState.Shown;
        }
        else
        {
            _questions.Add(new QuizQuestion(number, text, QuizLines.Classify(text)));
        }
    }

    private void AddNoteLine(int number, string text)
    {
        var (before, gluedHeading) = StudyNotes.SplitGluedHeading(text);
        if (StudyNotes.TryBullet(before, out var bullet))
        {
            CurrentSection(number).Bullets.Add(bullet);
        }
        else if (_sections.Count > 0 && _sections[^1].Bullets.Count > 0 && char.IsLower(before[0]))
        {
            // A bullet wrapped onto a second line.
            var bullets = _sections[^1].Bullets;
            bullets[^1] = bullets[^1] + " " + before;
        }
        else
        {
            _sections.Add(new NoteSection(StudyNotes.HeadingText(before), number));
        }

        if (gluedHeading is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, file, number, before.Length + 1,
                $"heading '{gluedHeading}' glued to the end of the line; split off"));
            _sections.Add(new NoteSection(StudyNotes.HeadingText(gluedHeading), number));
        }
    }

    private NoteSection CurrentSection(int number)
    {
        if (_sections.Count == 0)
        {
            _sections.Add(new NoteSection("Study Notes", number));
        }

        return _sections[^1];
    }

    private RawPost ToPost(NoteSection section) => new()
    {
        Locator = $"line {section.Line}",
        Line = section.Line,
        Text = section.Text,
        TitleHint = section.Heading,
        KindHint = PostKindHint.Note,
    };
}
