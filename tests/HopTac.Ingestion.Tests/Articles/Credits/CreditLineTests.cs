using HopTac.Ingestion.Articles.Credits;

namespace HopTac.Ingestion.Tests.Articles.Credits;

public sealed class CreditLineTests
{
    [Theory]
    [InlineData("Minh Châu - Đức Anh", "Minh Châu|Đức Anh")]
    [InlineData("Tin, ảnh: Thu Hà", "Thu Hà")]
    [InlineData("Bài và ảnh: Quốc Dũng", "Quốc Dũng")]
    [InlineData("NGUYỄN HỒNG", "NGUYỄN HỒNG")]
    [InlineData("Vũ Lan (Theo Reuters)", "Vũ Lan")]
    [InlineData("Ánh Hồng - Lê Huyền (Theo AFP, Reuters)", "Ánh Hồng|Lê Huyền")]
    [InlineData("Mộc Lan (Tổng hợp)", "Mộc Lan")]
    [InlineData("Thanh Hương (t / h)", "Thanh Hương")]
    [InlineData("H.Y (tổng hợp)", "H.Y")]
    [InlineData("Hải Bình thực hiện", "Hải Bình")]
    [InlineData("Phương Hà/TTXVN", "Phương Hà")]
    [InlineData("Trần Thu Hoài", "Trần Thu Hoài")]
    public void A_byline_names_its_persons(string line, string expected)
    {
        var credit = CreditLine.Read(line);
        Assert.Equal(CreditKind.Persons, credit.Kind);
        Assert.Equal(expected.Split('|'), credit.Names);
    }

    [Theory]
    [InlineData("Theo TTXVN")]
    [InlineData("Theo chinhphu.vn")]
    [InlineData("(Theo Reuters)")]
    [InlineData("Nguồn: Bộ Ngoại giao")]
    [InlineData("Theo TTXVN / Vietnam +")]
    [InlineData("TTXVN")]
    public void An_agency_line_is_a_credit_but_names_no_person(string line)
    {
        var credit = CreditLine.Read(line);
        Assert.Equal(CreditKind.Agency, credit.Kind);
        Assert.Empty(credit.Names);
    }

    [Theory]
    [InlineData("Ảnh: VIỆT DŨNG")]
    [InlineData("Thiết kế: Lê Mai")]
    [InlineData("(Tổng hợp)")]
    public void Photo_and_design_credits_name_no_author(string line) => Assert.Equal(CreditKind.Other, CreditLine.Read(line).Kind);

    [Theory]
    [InlineData("Theo ông Hùng, dự án sẽ hoàn thành trong năm nay.")]
    [InlineData("Theo kế hoạch, hai bên sẽ ký thỏa thuận vào tháng tới")]
    [InlineData("Hai bên nhất trí tăng cường hợp tác.")]
    [InlineData("Hà Nội")]
    [InlineData("Hàn Quốc")]
    [InlineData("Việt Nam - Hàn Quốc")]
    [InlineData("Vụ việc đang được điều tra.")]
    [InlineData("Ekapot Yotsiri.")]
    public void Sentences_places_and_captions_are_not_credits(string line) => Assert.Equal(CreditKind.None, CreditLine.Read(line).Kind);
}
