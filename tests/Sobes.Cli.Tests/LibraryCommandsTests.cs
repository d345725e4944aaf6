using System.Text.Json;
using Sobes.Testing;

namespace Sobes.Cli.Tests;

public sealed class LibraryCommandsTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    [Fact]
    public async Task Import_sample_fills_a_new_library_and_list_shows_it()
    {
        var (exit, output) = await CliRun.RunAsync("import", "--sample", "--db", database.FilePath);

        Assert.Equal(0, exit);
        Assert.Contains("imported:", output, StringComparison.Ordinal);
        var (listExit, json) = await CliRun.RunAsync("list", "--json", "--limit", "100", "--db", database.FilePath);
        Assert.Equal(0, listExit);
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("total").GetInt32() >= 25);
        var kinds = doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "question", "quiz", "ad", "resource", "note", "problem" }, kinds);
    }

    [Fact]
    public async Task A_plain_import_into_a_new_database_adds_only_what_it_was_given()
    {
        var dir = Directory.CreateTempSubdirectory("sobes-cli-").FullName;
        var file = Path.Combine(dir, "one.txt");
        await File.WriteAllTextAsync(file, "Что такое регуляризация?\n\nДобавка к функции потерь, которая штрафует большие веса и уменьшает переобучение модели на обучающей выборке.\n@my_channel\n");

        var (exit, _) = await CliRun.RunAsync("import", file, "--db", database.FilePath);
        var (_, json) = await CliRun.RunAsync("list", "--json", "--db", database.FilePath);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(1, doc.RootElement.GetProperty("total").GetInt32());
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task A_message_over_the_record_cap_is_left_out_and_named_while_the_rest_imports()
    {
        var dir = Directory.CreateTempSubdirectory("sobes-cli-").FullName;
        var file = Path.Combine(dir, "result.json");
        await File.WriteAllTextAsync(file, "{\"name\": \"T\", \"type\": \"public_channel\", \"id\": 1, \"messages\": [\n"
            + "{\"id\": 1, \"type\": \"message\", \"text\": \"Что такое регуляризация? Добавка к функции потерь, которая штрафует большие веса.\"},\n"
            + "{\"id\": 2, \"type\": \"message\", \"text\": \"" + string.Concat(Enumerable.Repeat("очень длинный пост ", 20)) + "\"}]}");

        var (exit, output) = await CliRun.RunAsync("import", file, "--max-record-length", "200", "--db", database.FilePath);
        var (_, json) = await CliRun.RunAsync("list", "--json", "--db", database.FilePath);

        Assert.Equal(0, exit);
        Assert.Contains("message 2 (line 3)", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(1, doc.RootElement.GetProperty("total").GetInt32());
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task A_record_cap_below_one_is_refused_as_bad_usage_before_anything_is_read()
    {
        var dir = Directory.CreateTempSubdirectory("sobes-cli-").FullName;
        var file = Path.Combine(dir, "one.txt");
        await File.WriteAllTextAsync(file, "Что такое регуляризация?\n\nДобавка к функции потерь, которая штрафует большие веса.\n");

        var (exit, output) = await CliRun.RunAsync("import", file, "--max-record-length", "0", "--db", database.FilePath);
        var (_, json) = await CliRun.RunAsync("list", "--json", "--db", database.FilePath);

        Assert.Equal(2, exit);
        Assert.Contains("error: --max-record-length 0: a record cap is a number of characters, at least 1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(0, doc.RootElement.GetProperty("total").GetInt32());
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task Importing_a_missing_path_fails_with_a_message_naming_it()
    {
        var (exit, output) = await CliRun.RunAsync("import", "/no/such/dump.json", "--db", database.FilePath);

        Assert.Equal(1, exit);
        Assert.Contains("/no/such/dump.json", output, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reimporting_the_sample_says_nothing_changed()
    {
        await CliRun.RunAsync("import", "--sample", "--db", database.FilePath);

        var (exit, output) = await CliRun.RunAsync("import", "--sample", "--json", "--db", database.FilePath);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var summary = doc.RootElement[0];
        Assert.Equal(0, summary.GetProperty("items_new").GetInt32());
        Assert.True(summary.GetProperty("sources")[0].GetProperty("already_imported").GetBoolean());
    }

    [Fact]
    public async Task Export_jsonl_writes_one_item_per_line_with_the_documented_fields()
    {
        await CliRun.RunAsync("import", "--sample", "--db", database.FilePath);

        var (exit, output) = await CliRun.RunAsync("export", "--format", "jsonl", "--db", database.FilePath);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 25);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var item = doc.RootElement;
            foreach (var field in new[] { "id", "kind", "title", "question", "answer", "body", "options", "key", "topics", "hashtags", "links", "code", "sources", "merged" })
            {
                Assert.True(item.TryGetProperty(field, out _), $"missing {field} in {line}");
            }

            var source = item.GetProperty("sources")[0];
            foreach (var field in new[] { "source", "locator", "date", "views", "reactions" })
            {
                Assert.True(source.TryGetProperty(field, out _), $"missing sources[].{field}");
            }
        }

        var quiz = lines.Select(l => JsonDocument.Parse(l).RootElement).First(i => i.GetProperty("kind").GetString() == "quiz");
        var share = quiz.GetProperty("options")[0].GetProperty("share");
        Assert.InRange(share.GetDouble(), 0, 1);
    }

    [Fact]
    public async Task Export_to_a_file_writes_csv_and_markdown()
    {
        await CliRun.RunAsync("import", "--sample", "--db", database.FilePath);
        var csv = Path.Combine(database.Directory, "out.csv");
        var md = Path.Combine(database.Directory, "out.md");

        var (csvExit, _) = await CliRun.RunAsync("export", "--format", "csv", "--output", csv, "--db", database.FilePath);
        var (mdExit, _) = await CliRun.RunAsync("export", "--format", "md", "--output", md, "--db", database.FilePath);

        Assert.Equal(0, csvExit);
        Assert.Equal(0, mdExit);
        Assert.StartsWith("id,kind,title", await File.ReadAllTextAsync(csv), StringComparison.Ordinal);
        Assert.Contains("## ", await File.ReadAllTextAsync(md), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_apkg_needs_an_output_file_and_writes_an_anki_package_atomically()
    {
        await CliRun.RunAsync("import", "--sample", "--db", database.FilePath);
        var apkg = Path.Combine(database.Directory, "deck.apkg");

        var (consoleExit, consoleOutput) = await CliRun.RunAsync("export", "--format", "apkg", "--db", database.FilePath);
        var (exit, output) = await CliRun.RunAsync("export", "--format", "apkg", "--output", apkg, "--topic", "metrics", "--with-progress", "--db", database.FilePath);

        Assert.Equal(2, consoleExit);
        Assert.Contains("needs --output", consoleOutput, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("notes", output, StringComparison.Ordinal);
        Assert.False(File.Exists(apkg + ".tmp"));
        using var zip = System.IO.Compression.ZipFile.OpenRead(apkg);
        Assert.Equal(["collection.anki21", "collection.anki2", "media"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task Export_with_progress_in_a_text_format_is_refused()
    {
        var (exit, output) = await CliRun.RunAsync("export", "--format", "jsonl", "--with-progress", "--db", database.FilePath);

        Assert.Equal(2, exit);
        Assert.Contains("apkg only", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_search_similar_and_stats_answer_in_json()
    {
        await CliRun.RunAsync("import", "--sample", "--db", database.FilePath);

        var (_, search) = await CliRun.RunAsync("search", "регуляризация", "--json", "--db", database.FilePath);
        using var hits = JsonDocument.Parse(search);
        var first = hits.RootElement.GetProperty("hits")[0].GetProperty("id").GetInt64();
        var (showExit, show) = await CliRun.RunAsync("show", first.ToString(), "--json", "--db", database.FilePath);
        var (similarExit, similar) = await CliRun.RunAsync("similar", first.ToString(), "--json", "--db", database.FilePath);
        var (statsExit, stats) = await CliRun.RunAsync("stats", "--json", "--db", database.FilePath);

        Assert.Equal(0, showExit);
        Assert.Equal(first, JsonDocument.Parse(show).RootElement.GetProperty("id").GetInt64());
        Assert.Equal(0, similarExit);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(similar).RootElement.ValueKind);
        Assert.Equal(0, statsExit);
        Assert.True(JsonDocument.Parse(stats).RootElement.GetProperty("library").GetProperty("items").GetInt32() >= 25);
    }

    [Fact]
    public async Task Showing_an_unknown_item_is_an_error()
    {
        var (exit, output) = await CliRun.RunAsync("show", "99999", "--db", database.FilePath);

        Assert.Equal(3, exit);
        Assert.Contains("no item 99999", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_kind_filter_is_refused()
    {
        var (exit, output) = await CliRun.RunAsync("list", "--kind", "poem", "--db", database.FilePath);

        Assert.Equal(2, exit);
        Assert.Contains("unknown kind 'poem'", output, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();
}
