using HopTac.Core.Extraction.Events;

namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// The place of an event (<see cref="EventPlace"/>): a state or a city the gazetteers know, or a capitalised name, but
/// never the capitalised head of a venue's or a body's name cut short. Sentences composed for the tests.
/// </summary>
public sealed class EventPlaceTests
{
    [Theory]
    [InlineData("Hai bộ trưởng đã hội đàm tại Hà Nội ngày 5/3.", "Hà Nội")]
    [InlineData("Hai nhà lãnh đạo gặp nhau tại Singapore vào sáng nay.", "Singapore")]
    [InlineData("Cuộc hội đàm diễn ra tại thủ đô Bắc Kinh.", "Bắc Kinh")]
    [InlineData("Hai bên ký biên bản tại Osaka hôm 28/6.", "Osaka")]
    [InlineData("Hội nghị được tổ chức tại Buenos Aires.", "Buenos Aires")]
    [InlineData("Thủ tướng có chuyến thăm chính thức tại Vương quốc Thái Lan.", "Vương quốc Thái Lan")]
    [InlineData("Bộ trưởng đã gặp Đại sứ Trung Quốc tại Mỹ Lý Minh Đức hôm qua.", "Mỹ")]
    public void The_place_is_the_name_after_tai(string sentence, string place) =>
        Assert.Equal(place, EventPlace.Of(sentence));

    [Theory]
    [InlineData("Bộ trưởng phát biểu tại Hội nghị thượng đỉnh về khí hậu.")]
    [InlineData("Hai bên hội đàm tại Trụ sở Bộ Quốc phòng sáng 30/10.")]
    [InlineData("Lễ đón chính thức diễn ra tại Phủ Chủ tịch sáng 20/11.")]
    [InlineData("Cuộc gặp diễn ra tại Văn phòng Chính phủ.")]
    [InlineData("Cuộc gặp song phương diễn ra tại UBND tỉnh.")]
    [InlineData("Ý kiến được nêu tại Diễn đàn doanh nghiệp Việt Nam.")]
    public void A_venue_or_a_body_cut_short_is_no_place(string sentence) =>
        Assert.Null(EventPlace.Of(sentence));

    [Fact]
    public void A_venue_is_passed_over_for_the_place_named_after_it()
    {
        Assert.Equal("Seoul", EventPlace.Of("Ông phát biểu trong cuộc gặp tại Văn phòng tổng thống tại Seoul ngày 14/6."));
    }

    [Fact]
    public void A_state_named_with_its_form_of_state_is_found_by_its_short_name()
    {
        Assert.Equal("Indonesia", EventPlace.Of("Thủ tướng hội đàm với người đồng cấp tại Cộng hòa Indonesia ngày 17/4."));
        Assert.Equal("Úc", EventPlace.Of("Hai bên ký thỏa thuận tại Liên bang Úc."));
    }
}
