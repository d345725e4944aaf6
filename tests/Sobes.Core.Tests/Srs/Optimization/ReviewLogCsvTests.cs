using Sobes.Core.Srs.Optimization;

namespace Sobes.Core.Tests.Srs.Optimization;

public sealed class ReviewLogCsvTests
{
    [Fact]
    public void Rows_are_read_in_file_order_skipping_blank_lines()
    {
        var result = Read("card_id,review_time,review_rating,review_state,review_duration\r\n5,1754644693652,1,0,4507\r\n\r\n5,1754733326496,3,3,18134\r\n");

        Assert.Null(result.Error);
        Assert.Equal([new ReviewLogRow(5, 1754644693652, 1, 0, 4507), new ReviewLogRow(5, 1754733326496, 3, 3, 18134)], result.Entries);
    }

    [Theory]
    [InlineData("1,1754644693652,5,0,4507", "log.csv:3: review_rating 5 is not 1–4.")]
    [InlineData("1,1754644693652,3,7,4507", "log.csv:3: review_state 7 is not 0–3 (new, learning, review, relearning).")]
    [InlineData("1,yesterday,3,0,4507", "log.csv:3: review_time 'yesterday' is not an integer.")]
    [InlineData("1,1754644693652,3,0", "log.csv:3: expected 5 fields (card_id,review_time,review_rating,review_state,review_duration), found 4.")]
    public void A_bad_row_is_named_by_file_and_line(string row, string error)
    {
        var result = Read($"card_id,review_time,review_rating,review_state,review_duration\n1,1754644693652,3,0,4507\n{row}\n");

        Assert.Equal(error, result.Error);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void A_file_without_the_header_is_refused_at_line_one()
    {
        Assert.Equal(
            "log.csv:1: expected the header 'card_id,review_time,review_rating,review_state,review_duration'.",
            Read("1,1754644693652,3,0,4507\n").Error);
        Assert.Equal(
            "log.csv:1: the file is empty; expected the header 'card_id,review_time,review_rating,review_state,review_duration'.",
            Read(string.Empty).Error);
    }

    private static ReviewLogReadResult Read(string text) => ReviewLogCsv.Read(new StringReader(text), "log.csv");
}
