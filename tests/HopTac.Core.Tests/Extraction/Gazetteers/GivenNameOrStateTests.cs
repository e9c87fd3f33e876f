using HopTac.Core.Extraction.Gazetteers;

namespace HopTac.Core.Tests.Extraction.Gazetteers;

public sealed class GivenNameOrStateTests
{
    private static List<string> States(string text) => [.. GazetteerData.Countries.FindAll(text).Select(m => m.Entry.Value)];

    [Theory]
    [InlineData("Bà Nga cho biết gia đình đã nhận được tiền bồi thường.")]
    [InlineData("Theo lời khai, bị cáo Nga đã chiếm đoạt 3 tỷ đồng của chị Anh.")]
    [InlineData("Em Đức và cháu Nhật được đưa đi cấp cứu.")]
    [InlineData("Ông Lê Văn Đức cùng bà Trần Thị Nga có mặt tại phiên tòa.")]
    [InlineData("Vợ chồng anh Pháp, chị Mỹ đã trả lại số tiền cho cô Lào.")]
    public void A_given_name_after_a_form_of_address_or_a_family_name_is_no_state(string sentence) =>
        Assert.Empty(States(sentence));

    [Theory]
    [InlineData("Phía Nga cho biết sẽ cử đoàn sang Hà Nội.", "RU")]
    [InlineData("Quan hệ Việt - Nga đang phát triển tốt đẹp.", "RU")]
    [InlineData("Tổng thống Pháp đã tiếp đoàn đại biểu.", "FR")]
    [InlineData("Đại sứ quán Đức tổ chức lễ kỷ niệm.", "DE")]
    [InlineData("Hai nước Việt Nam và Nhật ký thỏa thuận.", "JP")]
    [InlineData("Nhiều sinh viên Nga đang học tại Hà Nội.", "RU")]
    [InlineData("Người Anh và người Mỹ chiếm phần lớn du khách.", "GB")]
    public void A_word_the_sentence_treats_as_a_state_stays_a_state(string sentence, string code) =>
        Assert.Contains(code, States(sentence));

    [Fact]
    public void States_named_in_a_list_are_all_read()
    {
        var states = States("Đoàn đã thăm Nga, Đức, Pháp và Anh trong tháng này.");

        Assert.Equal(["RU", "DE", "FR", "GB"], states);
    }

    [Fact]
    public void Actors_of_a_sentence_about_a_person_named_Nga_leave_Russia_out() =>
        Assert.DoesNotContain(GazetteerData.FindActors("Chị Nga và anh Đức gặp đại diện Đại sứ quán Hàn Quốc."), m => m.Entry.Value == "RU");
}
