using HopTac.Ingestion.Reading;

namespace HopTac.Ingestion.Tests.Reading;

public sealed class JsonLinesPagesTests
{
    private static ReadOutcome Parse(string published) =>
        JsonLinesPages.Parse("trang.jsonl", 1, $$"""{"id": "tin-1", "text": "Hai bên ký bản ghi nhớ hợp tác y tế.", "published": "{{published}}"}""", IngestOptions.Default);

    [Theory]
    [InlineData("2024-04-10", "2024-04-10")]
    [InlineData("2024-04-10T18:00+07:00", "2024-04-10T18:00")]
    [InlineData("2024-04", "2024-04")]
    [InlineData("2024", "2024")]
    public void A_published_date_is_kept_in_the_products_form(string given, string stored) =>
        Assert.Equal(stored, Parse(given).Page?.Published);

    [Theory]
    [InlineData("2023-02-31")]
    [InlineData("2016-13-45")]
    [InlineData("hôm qua")]
    public void A_published_value_that_is_no_date_rejects_the_line(string given)
    {
        var outcome = Parse(given);
        Assert.Null(outcome.Page);
        Assert.Contains("\"published\" is not an ISO date", outcome.Error, StringComparison.Ordinal);
    }
}
