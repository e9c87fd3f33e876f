using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// A time adverbial modifies the nearest predicate: a date inside a since-clause, or after a later predicate of its own
/// (a delivery, an entry into force), is not the event's; a validity period is not a signing date.
/// </summary>
public sealed class ClauseTimeTests
{
    [Fact]
    public void A_date_in_a_since_clause_is_not_the_visit_date()
    {
        var events = EventExtractorTests.Run(
            "Tổng thống Ấn Độ Ram Nath Kovind có chuyến thăm Việt Nam, chuyến thăm đầu tiên tới châu Á kể từ khi ông nhậm chức vào tháng 7/2017.");

        Assert.DoesNotContain(events, e => e.Type == "visit" && e.Date == "2017-07");
    }

    [Fact]
    public void A_delivery_year_is_not_the_signing_date()
    {
        var events = EventExtractorTests.Run(
            "Bộ trưởng Quốc phòng Ấn Độ Nirmala Sitharaman và Bộ trưởng Quốc phòng Nga Sergei Shoigu đã ký hợp đồng mua hệ thống S-400, dự kiến giao hàng vào năm 2023.");

        var signing = Assert.Single(events, e => e.Type == "signing");
        Assert.NotEqual("2023", signing.Date);
    }

    [Fact]
    public void A_date_after_the_trigger_with_no_other_predicate_stays_the_event_date()
    {
        var events = EventExtractorTests.Run(
            "Bộ trưởng Quốc phòng Ấn Độ Nirmala Sitharaman và Bộ trưởng Quốc phòng Nga Sergei Shoigu đã ký hợp đồng mua hệ thống S-400 vào ngày 5/10/2018.");

        Assert.Equal("2018-10-05", Assert.Single(events, e => e.Type == "signing").Date);
    }

    [Theory]
    [InlineData("Hiệp định có hiệu lực từ ngày 1/1/2020.")]
    [InlineData("Thoả thuận có thời hạn 5 năm, từ tháng 1/2017 đến tháng 12/2021.")]
    [InlineData("Chương trình hợp tác trong vòng 3 năm, từ tháng 1/2017 đến tháng 12/2019.")]
    public void A_time_in_force_is_a_period(string text)
    {
        var sentence = Assert.Single(SentenceSplitter.Split(text)).Text;
        var date = Assert.Single(DateFinder.FindAll(sentence, DateContext.None));

        Assert.True(PageContext.IsPeriod(sentence, date));
    }

    [Fact]
    public void A_signing_day_is_no_period()
    {
        const string text = "Hai bên đã ký hiệp định vào ngày 5/10/2018 tại Hà Nội.";
        var date = Assert.Single(DateFinder.FindAll(text, DateContext.None));

        Assert.False(PageContext.IsPeriod(text, date));
    }
}
