using System.Text.Json;
using Sobes.Testing;

namespace Sobes.Cli.Tests;

public sealed class NotesCommandTests : IDisposable
{
    private const string Deck = "question,answer\n"
        + "Что такое ROC AUC?,Площадь под ROC-кривой: вероятность верно упорядочить пару примеров.\n"
        + "Что такое precision?,\"Доля верных среди предсказанных положительных, TP / (TP + FP).\"\n"
        + "Что такое recall <b>полнота</b>?,\n";

    private readonly TempSqliteDatabase database = new();
    private readonly string dir = Directory.CreateTempSubdirectory("sobes-cli-notes-").FullName;

    private async Task<string> ImportDeckAsync()
    {
        var file = Path.Combine(dir, "metrics.csv");
        await File.WriteAllTextAsync(file, Deck);
        var (exit, json) = await CliRun.RunAsync("import", file, "--json", "--db", database.FilePath);
        Assert.Equal(0, exit);
        return json;
    }

    [Fact]
    public async Task A_csv_deck_imports_as_one_item_a_row()
    {
        var json = await ImportDeckAsync();

        using var doc = JsonDocument.Parse(json);
        var source = doc.RootElement[0].GetProperty("sources")[0];
        Assert.Equal("csv", source.GetProperty("format").GetString());
        Assert.Equal(3, source.GetProperty("items_new").GetInt32());
    }

    [Fact]
    public async Task Notes_as_markdown_hold_the_topics_answered_questions_with_their_sources()
    {
        await ImportDeckAsync();

        var (exit, output) = await CliRun.RunAsync("notes", "--topic", "metrics", "--db", database.FilePath);

        Assert.Equal(0, exit);
        Assert.StartsWith("# Metrics / Метрики", output, StringComparison.Ordinal);
        Assert.Contains("### Что такое ROC AUC?", output, StringComparison.Ordinal);
        Assert.Contains("Доля верных среди предсказанных положительных, TP / (TP + FP).", output, StringComparison.Ordinal);
        Assert.DoesNotContain("recall", output, StringComparison.Ordinal);
        Assert.Contains("Sources: [1]", output, StringComparison.Ordinal);
        Assert.Contains("1. metrics.csv", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_as_html_are_a_printable_page_with_every_text_encoded()
    {
        await ImportDeckAsync();
        var page = Path.Combine(dir, "metrics.html");

        var (exit, _) = await CliRun.RunAsync("notes", "--topic", "Метрики", "--format", "html", "--output", page, "--db", database.FilePath);

        Assert.Equal(0, exit);
        var html = await File.ReadAllTextAsync(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Что такое ROC AUC?</h3>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_topic_is_a_usage_error_listing_the_topics()
    {
        var (exit, output) = await CliRun.RunAsync("notes", "--topic", "astrology", "--db", database.FilePath);

        Assert.Equal(2, exit);
        Assert.Contains("metrics", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(dir, true);
    }
}
