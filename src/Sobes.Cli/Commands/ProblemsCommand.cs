using System.CommandLine;
using System.Globalization;
using Sobes.Core.Problems;
using Spectre.Console;

namespace Sobes.Cli.Commands;

/// <summary>`sobes problems list` and `sobes problems new KIND [--seed N]`: generated tasks with exact, checked answers.</summary>
internal static class ProblemsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("problems", "Generated computational interview tasks with checked answers and worked solutions.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(New(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = CliContext.JsonOption();
        var list = new Command("list", "The kinds of problems.") { json };
        list.SetAction(parse =>
        {
            var kinds = ProblemCatalog.All.Select(g => new { kind = g.Kind, title_en = g.TitleEn, title_ru = g.TitleRu }).ToList();
            if (parse.GetValue(json))
            {
                context.WriteJson(kinds);
                return 0;
            }

            var table = new Table().AddColumns("kind", "title", "название");
            foreach (var k in kinds)
            {
                table.AddRow(k.kind, Markup.Escape(k.title_en), Markup.Escape(k.title_ru));
            }

            context.Console.Write(table);
            return 0;
        });
        return list;
    }

    private static Command New(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "A kind from `sobes problems list`." };
        var seed = NumberOptions.OptionalWholeNumber("--seed", "The instance's seed (default: a new one each time).");
        var lang = new Option<string>("--lang") { Description = "ru or en.", DefaultValueFactory = _ => "ru" };
        lang.AcceptOnlyFromAmong("ru", "en");
        var answers = new Option<string[]>("--answer") { Description = "LABEL=VALUE for a part, repeatable; without it the answers are asked for.", AllowMultipleArgumentsPerToken = true };
        var json = CliContext.JsonOption();
        var command = new Command("new", "Generate a problem, take the answers, check them and show the worked solution.") { kind, seed, lang, answers, json };
        command.SetAction(parse =>
        {
            var generator = ProblemCatalog.Find(parse.GetValue(kind)!) ?? throw new CliException(
                $"unknown problem kind '{parse.GetValue(kind)}'; known: {string.Join(", ", ProblemCatalog.All.Select(g => g.Kind))}", 2);
            var s = parse.GetValue(seed) ?? (int)(context.Time.GetUtcNow().ToUnixTimeMilliseconds() % int.MaxValue);
            var instance = generator.Generate(s, parse.GetValue(lang)!);
            var given = ParseAnswers(parse.GetValue(answers) ?? []);
            if (parse.GetValue(json))
            {
                var result = given.Count > 0 ? AnswerChecker.Check(instance, given) : null;
                context.WriteJson(new
                {
                    kind = instance.Kind,
                    seed = instance.Seed,
                    language = instance.Language,
                    statement = instance.Statement,
                    parts = instance.Parts.Select(p => new
                    {
                        label = p.Label,
                        prompt = p.Prompt,
                        expected = p.Answer.IsExact ? p.Answer.Value.ToString() : p.Answer.Value.ToDouble().ToString("R", CultureInfo.InvariantCulture),
                        tolerance = p.Answer.IsExact ? (double?)null : p.Answer.Tolerance.ToDouble(),
                        display = p.Answer.Display(instance.Language),
                    }),
                    solution = instance.Solution.Select(x => x.Text),
                    check = result?.Parts.Select(p => new { label = p.Label, correct = p.Correct, given = p.Given, first_divergent_step = p.FirstDivergentStep, hint = p.Hint }),
                });
                return result is null || result.AllCorrect ? 0 : 1;
            }

            context.Console.MarkupLine($"[bold]{Markup.Escape(generator.TitleEn)}[/] [grey](seed {s})[/]");
            context.Console.WriteLine(instance.Statement);
            foreach (var part in instance.Parts)
            {
                if (!given.ContainsKey(part.Label))
                {
                    context.Console.Markup($"[bold]{Markup.Escape(part.Label)})[/] {Markup.Escape(part.Prompt)} ");
                    given[part.Label] = context.Input.ReadLine() ?? "";
                }
            }

            var check = AnswerChecker.Check(instance, given);
            foreach (var part in check.Parts)
            {
                var verdict = part.Correct ? "[green]right[/]" : $"[red]wrong[/]: expected {Markup.Escape(part.Expected.Display(instance.Language))}";
                var where = !part.Correct && part.FirstDivergentStep is { } step ? $" — your answer leaves the solution at step {step + 1}" : "";
                context.Console.MarkupLine($"{Markup.Escape(part.Label)}) {verdict}{Markup.Escape(where)}{(part.Hint is { } h && !part.Correct ? " (" + Markup.Escape(h) + ")" : "")}");
            }

            context.Console.MarkupLine("[bold]Solution[/]");
            for (var i = 0; i < instance.Solution.Count; i++)
            {
                context.Console.WriteLine((i + 1).ToString(CultureInfo.InvariantCulture) + ". " + instance.Solution[i].Text);
            }

            return check.AllCorrect ? 0 : 1;
        });
        return command;
    }

    private static Dictionary<string, string> ParseAnswers(IEnumerable<string> pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliException($"--answer '{pair}': write LABEL=VALUE, e.g. a=3/8", 2);
            }

            map[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }

        return map;
    }
}
