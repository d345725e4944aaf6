using Sobes.Import.Tests.TelegramJson;
using static Sobes.Import.Tests.TelegramHtml.TelegramHtmlTestHelpers;

namespace Sobes.Import.Tests.TelegramHtml;

public sealed class TelegramHtmlGoldenTests
{
    [Fact]
    public void Desktop_export_reads_as_its_golden_file() =>
        GoldenFile.Verify(BatchText.Render(ReadFixture("messages.html")), "messages.txt");

    [Fact]
    public void Channel_preview_page_reads_as_its_golden_file() =>
        GoldenFile.Verify(BatchText.Render(ReadFixture("channel-preview.html")), "channel-preview.txt");
}
