namespace Sobes.Import.Tests.PlainText;

public sealed class PlainTextGoldenTests
{
    [Theory]
    [InlineData("preview_header_polls")]
    [InlineData("mirror_copy")]
    [InlineData("twice_rendered_reactions")]
    [InlineData("signed_placeholders")]
    public void Fixture_reads_to_its_golden_rendering(string name)
    {
        var batch = PlainTextReading.ReadFile(TestFiles.Fixture(name + ".txt"));

        GoldenFile.AssertMatches(name + ".golden.txt", BatchText.Render(batch));
    }
}
