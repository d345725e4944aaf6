using Sobes.Core.Cards;
using Sobes.Data.Practice;
using Sobes.Data.Storage;
using Spectre.Console;

namespace Sobes.Cli.Practice;

/// <summary>
/// The full-screen study loop: one card at a time; space reveals, 1–4 grade, u undoes the last answer,
/// f flags a bad card, q quits. Every answer is committed before the next card is drawn.
/// </summary>
internal sealed partial class StudyScreen(CliContext context, SobesDatabase database, IKeyInput keys, long learnerId)
{
    private IAnsiConsole Console => context.Console;

    /// <summary>Runs the session; returns how many cards were answered.</summary>
    public async Task<int> RunAsync(IReadOnlyList<StudyCard> session, CancellationToken cancellationToken)
    {
        var queue = session.ToList();
        var answered = 0;
        for (var index = 0; index < queue.Count;)
        {
            var card = queue[index];
            Header(card, index, queue.Count);
            var started = context.Time.GetTimestamp();
            var outcome = await ShowAsync(card, cancellationToken);
            await using var db = database.CreateContext();
            switch (outcome)
            {
                case CardOutcome.Rated rated:
                    await Reviews.AnswerAsync(db, new ReviewAnswer(card.CardId, rated.Rating, context.Time.GetElapsedTime(started), rated.AnswerText, rated.Correct), context.Time.GetUtcNow(), cancellationToken);
                    answered++;
                    index++;
                    break;
                case CardOutcome.Undo:
                    if (await Reviews.UndoLastAsync(db, learnerId, context.Time.GetUtcNow(), cancellationToken) is { } undone)
                    {
                        answered--;
                        var again = await StudySessions.LoadAsync(db, [undone], cancellationToken);
                        var at = queue.FindIndex(c => c.CardId == undone);
                        if (at >= 0 && at < index)
                        {
                            queue.RemoveAt(at);
                            index--;
                        }

                        queue.Insert(index, again[0]);
                    }

                    break;
                case CardOutcome.Flag:
                    await CardEdits.FlagAsync(db, card.CardId, "flagged in study", context.Time.GetUtcNow(), cancellationToken);
                    Console.MarkupLine("[yellow]Flagged: this card will not be generated again.[/]");
                    index++;
                    break;
                case CardOutcome.Skip:
                    index++;
                    break;
                default:
                    index = queue.Count;
                    break;
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

    private void Header(StudyCard card, int index, int count)
    {
        Console.Clear();
        var topic = card.Topic.Length == 0 ? "" : " · " + card.Topic;
        Console.Write(new Rule($"[grey]{index + 1}/{count} · {card.Type.Name()}{Markup.Escape(topic)}{(card.IsNew ? " · new" : "")}[/]").LeftJustified());
        Console.MarkupLine("[grey]space reveal · 1 again 2 hard 3 good 4 easy · u undo · f flag · q quit[/]");
    }

    private void Show(string title, string text) =>
        Console.Write(new Panel(new Markup(Markup.Escape(text))).Header(Markup.Escape(title)).Expand());
}
