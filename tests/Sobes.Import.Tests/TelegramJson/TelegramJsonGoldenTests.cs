using static Sobes.Import.Tests.TelegramJson.TelegramJsonTestHelpers;

namespace Sobes.Import.Tests.TelegramJson;

public sealed class TelegramJsonGoldenTests
{
    [Fact]
    public void Channel_export_reads_as_its_golden_file() =>
        GoldenFile.Verify(BatchText.Render(ReadFixture("channel.json")), "channel.txt");

    [Fact]
    public void Account_export_reads_as_its_golden_file() =>
        GoldenFile.Verify(BatchText.Render(ReadFixture("account.json")), "account.txt");
}
