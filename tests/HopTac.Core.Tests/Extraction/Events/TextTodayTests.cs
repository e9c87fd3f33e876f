using HopTac.Core.Extraction;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// "hôm nay", "hôm qua", "tháng trước" on a page without a published date: counted from the day the text itself names
/// as today ("Sáng nay (17/3), ..."), and left undated when the text names none.
/// </summary>
public sealed class TextTodayTests
{
    private static IReadOnlyList<EventFact> Events(string text) => EventExtractorTests.RunWith(text, sentences => FactExtractor.Dating(null, sentences));

    [Fact]
    public void A_date_beside_sang_nay_makes_that_day_today_for_the_whole_page()
    {
        var events = Events(
            "Sáng nay (17/3), Thủ tướng Nguyễn Xuân Phúc dự lễ khai mạc hội chợ hàng Việt Nam tại Sydney.\n" +
            "Cũng trong chiều nay, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Australia Malcolm Turnbull.\n" +
            "Tối qua, Thủ tướng Nguyễn Xuân Phúc đã điện đàm với Thủ tướng New Zealand Bill English.");

        Assert.Equal("--03-17", Assert.Single(events, e => e.Type == "talks").Date);
        Assert.Equal("--03-16", Assert.Single(events, e => e.Type == "call").Date);
    }

    [Fact]
    public void A_dated_hom_qua_makes_the_next_day_today_with_its_year()
    {
        var sentences = SentenceSplitter.Split("Hôm qua (28/2/2019), hai nhà lãnh đạo kết thúc cuộc gặp tại Hà Nội.");

        var context = FactExtractor.Dating(null, sentences);

        Assert.Equal(new DateOnly(2019, 3, 1), context.PageDate);
    }

    [Fact]
    public void A_dated_ngay_mai_makes_the_day_before_today()
    {
        Assert.Equal("--07-08", TextToday.Find(["Theo lịch trình, ngày mai (9-7), Ngoại trưởng sẽ hội kiến Thủ tướng."])?.ToIso());
    }

    [Fact]
    public void Anchors_that_disagree_leave_today_unknown()
    {
        Assert.Null(TextToday.Find(["Sáng nay (17/3), hội nghị khai mạc.", "Chiều nay 20/3, hội nghị bế mạc."]));
        Assert.Equal("--03-17", TextToday.Find(["Sáng nay (17/3), hội nghị khai mạc.", "Chiều nay, 17-3, hội nghị bế mạc."])?.ToIso());
    }

    [Fact]
    public void A_lead_opening_with_a_part_of_a_day_makes_that_day_today_when_the_text_names_none()
    {
        var events = Events(
            "Sáng 12/3, Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Đại sứ Nhật Bản.\n" +
            "Hôm qua, Bộ trưởng Ngoại giao Phạm Bình Minh đã điện đàm với Ngoại trưởng Mỹ Mike Pompeo.");

        Assert.Equal("--03-11", Assert.Single(events, e => e.Type == "call").Date);
    }

    [Fact]
    public void A_today_the_text_names_comes_before_the_lead()
    {
        var sentences = SentenceSplitter.Split("Sáng 12/3, hội nghị khai mạc tại Hà Nội.\nChiều nay (13/3), hai đoàn hội đàm.");

        Assert.Equal("--03-13", FactExtractor.Dating(null, sentences).Today?.ToIso());
    }

    [Theory]
    [InlineData("Sáng 12-3, Thủ tướng tiếp Đại sứ Nhật Bản.", "--03-12")]
    [InlineData("Trưa 12/3, Bộ Ngoại giao cho biết hai bên sẽ hội đàm.", "--03-12")]
    [InlineData("Hôm 12/3, Bộ Ngoại giao cho biết hai bên sẽ hội đàm.", null)]
    [InlineData("Ngày 12/3, Bộ Ngoại giao cho biết hai bên sẽ hội đàm.", null)]
    [InlineData("Hai nước nhất trí tăng cường hợp tác.\nChiều 12/3, Thủ tướng tiếp Đại sứ Nhật Bản.", "--03-12")]
    [InlineData("Ngày 11/3, hai nước nhất trí tăng cường hợp tác.\nChiều 12/3, Thủ tướng tiếp Đại sứ Nhật Bản.", null)]
    [InlineData("Ngày 30/4/1975, chiến tranh kết thúc.", null)]
    [InlineData("Chiều 12-3 (giờ địa phương), Thủ tướng tới Washington.", null)]
    [InlineData("Từ ngày 12-15/3, hội chợ diễn ra tại Hà Nội.", null)]
    [InlineData("Thủ tướng ngày 12/3 tiếp Đại sứ Nhật Bản.", null)]
    public void Only_a_yearless_part_of_a_day_opening_the_lead_is_taken_as_today(string lead, string? iso)
    {
        Assert.Equal(iso, TextToday.Lead(lead)?.ToIso());
    }

    [Fact]
    public void Without_a_named_today_or_a_dated_lead_hom_qua_stays_undated()
    {
        var events = Events(
            "Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Đại sứ Nhật Bản ngày 12/3.\n" +
            "Hôm qua, Bộ trưởng Ngoại giao Phạm Bình Minh đã điện đàm với Ngoại trưởng Mỹ Mike Pompeo.");

        Assert.Null(Assert.Single(events, e => e.Type == "call").Date);
    }

    [Fact]
    public void A_published_date_still_comes_before_the_text()
    {
        var sentences = SentenceSplitter.Split("Sáng nay (17/3), hội nghị khai mạc.");

        Assert.Equal(new DateOnly(2019, 5, 2), FactExtractor.Dating("2019-05-02T08:00", sentences).PageDate);
    }

    [Theory]
    [InlineData("Hai bên đã ký thoả thuận hồi tháng trước.", "2019-02")]
    [InlineData("Hai bên sẽ ký thoả thuận vào cuối tháng này.", "2019-03")]
    [InlineData("Hai bên sẽ ký thoả thuận vào tháng tới.", "2019-04")]
    public void Thang_truoc_counts_months_from_the_day_of_writing(string text, string iso)
    {
        var found = DateFinder.FindAll(text, new DateContext(new DateOnly(2019, 3, 17), null));

        Assert.Equal(iso, Assert.Single(found).Iso);
    }

    [Theory]
    [InlineData("Hai bên đã ký thoả thuận ba tháng trước.")]
    [InlineData("Hai bên đã ký thoả thuận vài tháng trước.")]
    [InlineData("Hai bên đã ký thoả thuận vào tháng trước đó.")]
    [InlineData("Hai bên sẽ đàm phán trong các tháng tới.")]
    public void A_duration_or_an_anaphoric_month_is_no_month_of_the_writing(string text)
    {
        Assert.Empty(DateFinder.FindAll(text, new DateContext(new DateOnly(2019, 3, 17), null)));
    }

    [Fact]
    public void A_yearless_today_gives_tháng_trước_without_a_year()
    {
        var found = DateFinder.FindAll("Hai bên đã ký thoả thuận hồi tháng trước.", DateContext.None with { Today = PartialDate.Parse("--01-05") });

        Assert.Equal("--12", Assert.Single(found).Iso);
    }
}
