using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Dates;

public sealed class DateFinderTests
{
    private static readonly DateContext Page = new(new DateOnly(2024, 10, 8), null);

    private static string[] Isos(string text, DateContext? context = null) =>
        [.. DateFinder.FindAll(text, context ?? DateContext.None).Select(d => d.Iso)];

    [Theory]
    [InlineData("Ngày 12/9, hai bộ trưởng đã hội đàm.", "--09-12")]
    [InlineData("Chiều ngày 08/10/2024 đã diễn ra lễ ký kết.", "2024-10-08")]
    [InlineData("Sáng 24-2, đoàn đã tới Hà Nội.", "--02-24")]
    [InlineData("Giao dịch sẽ hoàn tất vào ngày 1.1.2016.", "2016-01-01")]
    [InlineData("Ông đã thăm Nga tháng 5/2019.", "2019-05")]
    [InlineData("Tuyên bố chung được thông qua vào tháng 5 vừa qua.", "--05")]
    [InlineData("Đoàn công tác làm việc tại Viêng Chăn từ ngày 07/8/2024 đến 10/8/2024.", "2024-08-07/2024-08-10")]
    [InlineData("Chuyến thăm chính thức (từ ngày 29/11-2/12) có nhiều ý nghĩa.", "--11-29/--12-02")]
    [InlineData("Triển lãm diễn ra từ 25-28/9 tại Hà Nội.", "--09-25/--09-28")]
    [InlineData("Hai bên thông qua Kế hoạch hành động giai đoạn 2021-2025.", "2021/2025")]
    [InlineData("Hai bên triển khai lộ trình đến năm 2030.", "/2030")]
    [InlineData("Kim ngạch quý I/2024 tăng mạnh.", "2024-01/2024-03")]
    [InlineData("Hội nghị dự kiến diễn ra vào tháng Ba.", "--03")]
    [InlineData("Hai nước thiết lập quan hệ Đối tác chiến lược vào năm 2001.", "2001")]
    [InlineData("Hiệp định được ký ngày 5 tháng 3 năm 2024 tại Moskva.", "2024-03-05")]
    [InlineData("Lễ ký diễn ra ngày 5 tháng 3.", "--03-05")]
    [InlineData("Chiến lược hợp tác giai đoạn 2021 - 2030 đã được ký.", "2021/2030")]
    [InlineData("Kế hoạch cho quý IV năm 2025 đã sẵn sàng.", "2025-10/2025-12")]
    [InlineData("Chương trình kéo dài từ tháng 5 đến tháng 7/2024.", "2024-05/2024-07")]
    [InlineData("Dự án triển khai từ năm 2019 đến năm 2023.", "2019/2023")]
    [InlineData("Học bổng tăng từ cuối những năm 1990.", "1990/1999")]
    [InlineData("Quan hệ phát triển mạnh trong thập niên 1980.", "1980/1989")]
    public void FindAll_reads_each_vietnamese_form(string text, string expected) =>
        Assert.Equal([expected], Isos(text));

    [Theory]
    [InlineData("Hà Nội, 13/3 - Ngày 12/3/2024, hai bộ trưởng đã hội đàm.", "2024-03-13", "2024-03-12")]
    [InlineData("Viêng Chăn, 20/5/2025 - Ngày 19/5/2025, lễ bàn giao đã diễn ra.", "2025-05-20", "2025-05-19")]
    public void A_dateline_before_an_earlier_day_is_two_dates_not_a_backwards_range(string text, string first, string second) =>
        Assert.Equal([first, second], Isos(text));

    [Fact]
    public void A_range_across_the_new_year_still_reads_as_a_range() =>
        Assert.Equal(["2024-12-29/2025-01-02"], Isos("Đoàn công tác từ 29/12 - 2/1/2025 tại Lào."));

    [Fact]
    public void A_date_without_year_takes_the_page_year_when_the_page_date_is_given()
    {
        var found = DateFinder.FindAll("Ngày 12/9, hai bộ trưởng đã hội đàm.", Page);
        Assert.Equal("2024-09-12", Assert.Single(found).Iso);
        Assert.True(found[0].YearInferred);
    }

    [Fact]
    public void A_date_just_after_new_year_is_put_in_the_year_before_when_the_page_is_from_january()
    {
        var context = new DateContext(new DateOnly(2025, 1, 5), null);
        Assert.Equal(["2024-12-28"], Isos("Chiều 28/12, hai bên đã ký kết.", context));
    }

    [Fact]
    public void A_month_said_to_be_past_is_never_put_after_the_page_date()
    {
        var context = new DateContext(new DateOnly(2024, 3, 1), null);
        Assert.Equal(["2023-05"], Isos("Tuyên bố chung được thông qua vào tháng 5 vừa qua.", context));
    }

    [Fact]
    public void A_year_named_nearby_wins_over_the_page_date()
    {
        var context = new DateContext(new DateOnly(2024, 10, 8), 2019);
        Assert.Equal(["2019-09-12"], Isos("Ngày 12/9, hai bộ trưởng đã hội đàm.", context));
    }

    [Fact]
    public void A_year_the_sentence_names_is_lent_to_a_date_without_one()
    {
        var found = DateFinder.FindAll("Ngày 28/5 vừa qua, hai bên ký thỏa thuận trong năm 2016.", DateContext.None);
        Assert.Equal(["2016-05-28", "2016"], found.Select(d => d.Iso));
        Assert.True(found[0].YearInferred);
        Assert.False(found[1].YearInferred);
    }

    [Fact]
    public void The_page_date_wins_over_another_year_of_the_sentence()
    {
        Assert.Equal(["2024-09-12", "1945"], Isos("Ngày 12/9, hai bên nhắc lại quan hệ từ năm 1945.", Page));
    }

    [Fact]
    public void A_birth_year_is_not_a_date_of_the_news()
    {
        Assert.Equal(["--05-20"], Isos("Sáng 20/5, anh Nguyễn Văn B (sinh năm 1984) cho biết."));
    }

    [Fact]
    public void A_range_without_year_takes_one_year_for_both_ends()
    {
        var context = new DateContext(new DateOnly(2021, 11, 20), null);
        Assert.Equal(["2021-11-29/2021-12-02"], Isos("Chuyến thăm (từ ngày 29/11-2/12) có nhiều ý nghĩa.", context));
    }

    [Theory]
    [InlineData("Hôm nay, hai bên đã ký kết.", "2024-10-08")]
    [InlineData("Chiều qua, Thủ tướng đã tiếp Đại sứ.", "2024-10-07")]
    [InlineData("Năm ngoái, kim ngạch đạt 5 tỷ USD.", "2023")]
    public void Relative_dates_are_read_against_the_page_date(string text, string expected)
    {
        Assert.Equal([expected], Isos(text, Page));
        Assert.Empty(Isos(text));
    }

    [Theory]
    [InlineData("Có 1.000 suất học bổng và 4,7 tỷ USD.")]
    [InlineData("Ngày 32/13 không có thật.")]
    [InlineData("Tỷ số 0/0 là vô nghĩa.")]
    [InlineData("Có 10-15 người tham dự.")]
    [InlineData("Đại dịch Covid-19 và Hội nghị AHMM16.")]
    [InlineData("Trong 9 tháng năm nay, kim ngạch tăng.")]
    [InlineData("Ngày 29/2/2023 không tồn tại.")]
    [InlineData("Mỗi đoàn gồm từ 3-5 người.")]
    [InlineData("Tổng đài phục vụ 24/7 cho người dân.")]
    [InlineData("Theo Nghị định 15/2018/NĐ-CP về an toàn thực phẩm.")]
    public void Numbers_that_are_not_dates_give_nothing(string text) =>
        Assert.Empty(Isos(text));

    [Fact]
    public void Offsets_point_at_the_written_date()
    {
        const string text = "Chiều ngày 08/10/2024 đã diễn ra lễ ký kết.";
        var found = Assert.Single(DateFinder.FindAll(text, DateContext.None));
        Assert.Equal("08/10/2024", text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("Đoàn công tác thăm Lào tháng 5/2019 và ký kết ngày 12/9.", 2019)]
    [InlineData("Hai bên hội đàm ngày 12/9.", null)]
    [InlineData("Giai đoạn 2021-2025 và tầm nhìn đến năm 2030.", null)]
    public void NamedYear_gives_the_single_year_a_paragraph_names(string text, int? expected) =>
        Assert.Equal(expected, DateFinder.NamedYear(text));
}
