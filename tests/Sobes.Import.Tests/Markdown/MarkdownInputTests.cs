using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.Markdown;
using Sobes.Import.Tests.QuizPage;

namespace Sobes.Import.Tests.Markdown;

public sealed class MarkdownInputTests
{
    private static ImportBatch Read(string markdown) => TestFiles.ReadText(new MarkdownQaReader(), markdown, "list.md");

    [Fact]
    public void Empty_file_gives_an_error_naming_the_file()
    {
        var batch = TestFiles.Read(new MarkdownQaReader(), [], "empty.md");

        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("empty.md", error.File);
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void Binary_file_gives_an_error_and_no_posts()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

        var batch = TestFiles.Read(new MarkdownQaReader(), png, "logo.md");

        Assert.True(batch.HasErrors);
        Assert.Equal("logo.md", batch.Diagnostics.Single().File);
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void Enormous_line_is_truncated_and_reading_goes_on()
    {
        var huge = string.Concat(Enumerable.Repeat("**[x](https://example.org/a) `c` <b>", 60_000));
        var batch = Read($"## What is big?\n{huge}\n\n## What is next?\nSmall.\n");

        Assert.False(batch.HasErrors);
        Assert.Contains(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Line == 2);
        Assert.Equal(["What is big?", "What is next?"], batch.Posts.Select(p => p.TitleHint));
        Assert.Equal("Small.", batch.Posts[1].AnswerHint);
    }

    [Fact]
    public void Deeply_nested_lists_and_quotes_are_read_without_recursion()
    {
        // "- - - item" opens a list inside a list per marker, "> > text" a quote per mark: 20 000 levels each.
        var nestedList = string.Concat(Enumerable.Repeat("- ", 20_000)) + "deep item";
        var nestedQuote = string.Concat(Enumerable.Repeat("> ", 20_000)) + "deep quote";
        var indented = string.Join('\n', Enumerable.Range(0, 500).Select(i => new string(' ', i * 2) + "- level " + i));

        var batch = Read($"### What is deep nesting?\n{nestedList}\n{nestedQuote}\n{indented}\n");

        var post = Assert.Single(batch.Posts);
        Assert.Contains("deep item", post.AnswerHint, StringComparison.Ordinal);
        Assert.Contains("deep quote", post.AnswerHint, StringComparison.Ordinal);
        Assert.Contains("level 499", post.AnswerHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_html_is_read_without_recursion()
    {
        var depth = 20_000;
        var html = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            html.Append("<div><details><summary>S</summary>\n");
        }

        html.Append("core text\n");
        for (var i = 0; i < depth; i++)
        {
            html.Append("</details></div>\n");
        }

        var batch = Read("## What is inside?\n\n" + html);

        Assert.False(batch.HasErrors);
        Assert.Contains(batch.Posts, p => p.AnswerHint?.Contains("core text", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Unclosed_details_is_reported_and_read_to_the_end()
    {
        var batch = Read("<details><summary>What is open?</summary>\nIt never closes.\n");

        Assert.Contains(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Line == 1);
        Assert.Equal("It never closes.", Assert.Single(batch.Posts).AnswerHint);
    }

    [Fact]
    public void Hash_lines_inside_code_are_not_headings()
    {
        var batch = Read("## How do you comment in Python?\n\n```python\n# a comment\n## What is this?\n```\n");

        var post = Assert.Single(batch.Posts);
        Assert.Contains("## What is this?", post.AnswerHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_before_the_first_question_is_not_a_post()
    {
        var batch = Read("# Title\n\nIntro paragraph with a [link](https://example.org).\n\n**Is this a question?**\nYes.\n");

        var post = Assert.Single(batch.Posts);
        Assert.Equal("Yes.", post.AnswerHint);
        Assert.Empty(post.Links);
    }

    [Fact]
    public void Text_without_questions_gives_a_warning_and_no_posts()
    {
        var batch = Read("# Notes\n\nJust prose, no questions here.\n");

        Assert.Empty(batch.Posts);
        Assert.Contains(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.File == "list.md");
    }

    [Fact]
    public void Closing_hashes_and_bold_underscores_are_understood()
    {
        var batch = Read("## What is a heading? ##\nYes.\n\n__What is this bold?__\nAlso yes.\n");

        Assert.Equal(["What is a heading?", "What is this bold?"], batch.Posts.Select(p => p.TitleHint));
        Assert.Equal(["Yes.", "Also yes."], batch.Posts.Select(p => p.AnswerHint));
    }

    [Theory]
    [InlineData("Answer here")]
    [InlineData("👶 Answer here")]
    [InlineData("TODO")]
    [InlineData("_TBD_")]
    [InlineData("<br/>")]
    public void Placeholder_bodies_mean_no_answer(string body)
    {
        var post = Assert.Single(Read($"**What is X?**\n\n{body}\n").Posts);

        Assert.Null(post.AnswerHint);
        Assert.Equal("What is X?", post.Text);
    }

    [Fact]
    public void Detect_prefers_markdown_names_and_heads()
    {
        var reader = new MarkdownQaReader();

        Assert.True(reader.Detect("theory.md", []) >= 0.9);
        Assert.True(reader.Detect("notes", Encoding.UTF8.GetBytes("# Questions\n\n## What is AUC?\n")) > 0.5);
        Assert.Equal(0, reader.Detect("notes.txt", Encoding.UTF8.GetBytes("plain words\nno headings\n")));
    }
}
