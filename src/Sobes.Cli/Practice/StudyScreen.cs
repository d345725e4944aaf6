using Sobes.Core.Cards;
using Sobes.Data.Practice;
using Spectre.Console;

namespace Sobes.Cli.Practice;

/// <summary>
/// The full-screen study loop over a <see cref="PracticeSession"/> (the page's and the API's practice path): one card
/// at a time, planned afresh before each; space reveals, 1–4 grade, u undoes the last answer, f flags a bad card,
/// q quits. Every answer is committed before the next card is drawn.
/// </summary>
internal sealed partial class StudyScreen(CliContext context, PracticeSession session, IKeyInput keys)
{
    // When the card on screen was shown (a timestamp of the context's clock), and which card it is.
    private long shownAt;
    private StudyCard? current;

    // What each grade would do to the current card, by the answer's own path (PracticeSession.NextIntervalsAsync).
    private IReadOnlyList<TimeSpan> intervals = [];

    private IAnsiConsole Console => context.Console;

    /// <summary>Runs the session until the day's cards are done, the filter's limit is reached or the learner quits; returns how many cards were answered.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var answered = 0;
        var handled = 0;
        long? pinned = null;
        while (handled < session.Filter.MaxCards)
        {
            var turn = await session.NextAsync(pinned, cancellationToken);
            pinned = null;
            if (turn.Card is not { } card)
            {
                if (handled == 0)
                {
                    Console.MarkupLine("Nothing to study now: no cards are due and today's new cards are done (or the library is empty: sobes import). To study more today: sobes study --more 10");
                    return 0;
                }

                break;
            }

            Header(card, turn.Progress);
            (shownAt, current) = (context.Time.GetTimestamp(), card);
            intervals = await session.NextIntervalsAsync(card, cancellationToken);
            switch (await ShowAsync(card, cancellationToken))
            {
                case CardOutcome.Rated rated:
                    await session.AnswerAsync(card, rated.Answer, rated.Rating, rated.Took, cancellationToken);
                    answered++;
                    handled++;
                    break;
                case CardOutcome.Undo:
                    if (await session.UndoAsync(cancellationToken) is { } undone)
                    {
                        answered = Math.Max(0, answered - 1);
                        handled = Math.Max(0, handled - 1);
                        pinned = undone;
                    }
                    else
                    {
                        pinned = card.CardId;
                    }

                    break;
                case CardOutcome.Flag:
                    await session.FlagAsync(card.CardId, "flagged in study", cancellationToken);
                    Console.MarkupLine("[yellow]Flagged: this card will not be generated again.[/]");
                    handled++;
                    break;
                case CardOutcome.Skip:
                    session.Skip(card.CardId);
                    handled++;
                    break;
                default:
                    Console.MarkupLine($"[bold]Session over:[/] {answered} answered.");
                    return answered;
            }
        }

        Console.MarkupLine($"[bold]Session over:[/] {answered} answered.");
        return answered;
    }

    private Task<CardOutcome> ShowAsync(StudyCard card, CancellationToken cancellationToken) => card.Type switch
    {
        CardType.MultipleChoice => ChoiceAsync(card, cancellationToken),
        CardType.TrueFalse => Task.FromResult(TrueFalse(card)),
        CardType.Cloze => Task.FromResult(Cloze(card)),
        CardType.Matching => Task.FromResult(Matching(card)),
        CardType.Problem => Task.FromResult(Problem(card)),
        CardType.Reading => Task.FromResult(Reading(card)),
        _ => Task.FromResult(Flashcard(card)),
    };

    private void Header(StudyCard card, StudyProgress progress)
    {
        Console.Clear();
        var topic = card.Topic.Length == 0 ? "" : " · " + card.Topic;
        Console.Write(new Rule($"[grey]{progress.Position}/{progress.Total} · {card.Type.Name()}{Markup.Escape(topic)}{(card.IsNew ? " · new" : "")}[/]").LeftJustified());
        Console.MarkupLine("[grey]space reveal · 1 again 2 hard 3 good 4 easy · u undo · f flag · q quit[/]");
    }

    private void Show(string title, string text) =>
        Console.Write(new Panel(new Markup(Markup.Escape(text))).Header(Markup.Escape(title)).Expand());
}
