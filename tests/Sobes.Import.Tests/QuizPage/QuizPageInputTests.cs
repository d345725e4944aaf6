using System.Text;
using Sobes.Core.Posts;
using Sobes.Import.QuizPage;

namespace Sobes.Import.Tests.QuizPage;

public sealed class QuizPageInputTests
{
    [Fact]
    public void Empty_file_gives_an_error_naming_the_file()
    {
        var batch = TestFiles.Read(new QuizPageReader(), [], "empty-page.txt");

        var error = Assert.Single(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("empty-page.txt", error.File);
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void Whitespace_only_file_gives_an_error()
    {
        var batch = TestFiles.ReadText(new QuizPageReader(), "\n  \n\t\n", "blank.txt");

        Assert.True(batch.HasErrors);
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void Binary_file_gives_an_error_and_no_posts()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        var batch = TestFiles.Read(new QuizPageReader(), bytes, "page.png");

        Assert.True(batch.HasErrors);
        Assert.Contains(batch.Diagnostics, d => d.File == "page.png" && d.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Empty(batch.Posts);
    }

    [Fact]
    public void Enormous_line_is_truncated_with_a_warning()
    {
        var text = "Questions and Answers\n" + new string('x', 3_000_000) + "?\nTrue\nЧто такое bagging?\nSignup and view all the answers\n";

        var batch = TestFiles.ReadText(new QuizPageReader(), text);

        Assert.False(batch.HasErrors);
        Assert.Contains(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Line == 2);
        Assert.Equal(2, batch.Posts.Count);
        Assert.Equal(SourceLinesMax, batch.Posts[0].Text.Length);
        Assert.Null(batch.Posts[1].AnswerHint);
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_ends_are_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Questions and Answers\r\nIs SVM a linear model?\r\nSignup and view all the answers\r\n")).ToArray();

        var post = Assert.Single(TestFiles.Read(new QuizPageReader(), bytes).Posts);

        Assert.Equal("Is SVM a linear model?", post.TitleHint);
        Assert.Equal("line 2", post.Locator);
    }

    [Fact]
    public void Detect_is_sure_of_quiz_page_heads_only()
    {
        var reader = new QuizPageReader();

        Assert.True(reader.Detect("page.txt", Encoding.UTF8.GetBytes("Quiz\nQuestions and Answers\nWhat?\nSignup and view all the answers\n")) > 0.9);
        Assert.Equal(0, reader.Detect("notes.txt", Encoding.UTF8.GetBytes("Just some text\nwith lines\n")));
    }

    [Fact]
    public void Format_detection_picks_these_readers_for_their_files()
    {
        var quiz = File.ReadAllBytes(TestFiles.Fixture("regularisation-quiz.txt"));
        var markdown = File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(TestFiles.Fixture("x"))!, "..", "..", "Markdown", "Fixtures", "bold.md"));

        Assert.IsType<QuizPageReader>(SourceReaders.Detect("regularisation-quiz.txt", quiz));
        Assert.IsType<Sobes.Import.Markdown.MarkdownQaReader>(SourceReaders.Detect("bold.md", markdown));
    }

    private static int SourceLinesMax => SourceInfo.DefaultMaxRecordLength;
}
