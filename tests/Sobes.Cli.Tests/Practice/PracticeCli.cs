using Microsoft.Extensions.Time.Testing;
using Sobes.Data.Storage;
using Sobes.Testing;
using Spectre.Console.Testing;

namespace Sobes.Cli.Tests.Practice;

/// <summary>A fresh library with three questions, and the CLI run in-process against an interactive TestConsole.</summary>
internal sealed class PracticeCli : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly string[] Posts =
    [
        "📌 Что такое утечка данных?\n\nУтечка данных — это ситуация, когда в признаки попадает информация о целевой переменной, недоступная в момент прогноза.",
        "📌 Зачем нужна кросс-валидация?\n\nКросс-валидация — это способ оценить качество модели на нескольких разбиениях данных и усреднить результат.",
        "📌 Как работает dropout?\n\nНа каждом шаге обучения случайно обнуляется часть нейронов. На инференсе dropout выключают.",
    ];

    private readonly TempSqliteDatabase file = new();

    public string DbPath => file.FilePath;

    public FakeTimeProvider Time { get; } = new(Now);

    public static async Task<PracticeCli> CreateAsync()
    {
        var cli = new PracticeCli();
        var export = Path.Combine(cli.file.Directory, "channel.json");
        var messages = Posts.Select((text, i) => $$"""{"id": {{i + 1}}, "type": "message", "date": "2025-03-0{{i + 1}}T10:00:00", "date_unixtime": "174100000{{i}}", "from": "Test", "text": {{System.Text.Json.JsonSerializer.Serialize(text)}}}""");
        await File.WriteAllTextAsync(export, $$"""{"name": "Test", "type": "public_channel", "id": 1, "messages": [{{string.Join(",", messages)}}]}""");
        var (exit, output) = await cli.RunAsync(new TestConsole(), "import", export);
        Assert.True(exit == 0, output);
        return cli;
    }

    public async Task<(int Exit, string Output)> RunAsync(TestConsole console, params string[] args)
    {
        console.Profile.Width = 120;
        var exit = await SobesCli.RunAsync([.. args, "--db", DbPath], console, Time, TextReader.Null);
        return (exit, console.Output);
    }

    public SobesDbContext Context() => new SobesDatabase(DatabaseLocation.Sqlite(DbPath)).CreateContext();

    public void Dispose() => file.Dispose();
}
