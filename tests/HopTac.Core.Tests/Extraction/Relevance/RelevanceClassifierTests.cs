using HopTac.Core.Extraction.Relevance;

namespace HopTac.Core.Tests.Extraction.Relevance;

public sealed class RelevanceClassifierTests
{
    [Fact]
    public void IsRelevant_accepts_talks_between_two_states()
    {
        const string text = "Chiều 14/3, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Việt Nam đã hội đàm với Ngoại trưởng Cộng hòa Séc.\n"
            + "Hai bên nhất trí tăng cường hợp tác song phương trong các lĩnh vực thương mại, đầu tư, giáo dục.\n"
            + "Nhân dịp này, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác giữa hai Bộ Ngoại giao.";

        Assert.True(RelevanceClassifier.IsRelevant("Việt Nam và Séc tăng cường hợp tác", text));
    }

    [Fact]
    public void IsRelevant_accepts_an_ambassador_presenting_aid_from_an_international_organisation()
    {
        const string text = "Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam đã trao tặng lô vaccine viện trợ cho Bộ Y tế.\n"
            + "Tổ chức Y tế Thế giới đánh giá cao hợp tác quốc tế trong phòng chống dịch. Đại sứ khẳng định quan hệ hữu nghị giữa hai nước.";

        Assert.True(RelevanceClassifier.IsRelevant(null, text));
    }

    [Fact]
    public void IsRelevant_accepts_a_plain_report_of_a_donation_of_vaccines_by_a_foreign_government()
    {
        const string text = "Ngày 12/10/2021, tại sân bay Tân Sơn Nhất, Chính phủ Australia đã trao tặng Việt Nam thêm 500.000 liều vắc-xin.\n"
            + "Đại sứ Australia tại Việt Nam cho biết lô vắc-xin sẽ được phân bổ cho các tỉnh phía Nam.";

        Assert.True(RelevanceClassifier.IsRelevant("Australia trao tặng Việt Nam 500.000 liều vắc-xin", text));
    }

    [Fact]
    public void IsRelevant_accepts_a_short_report_of_equipment_handed_to_a_neighbouring_province()
    {
        const string text = "Sáng 3/4, tại tỉnh Kampong Cham, đoàn công tác tỉnh Tây Ninh đã trao tặng Campuchia 2.000 bộ sách giáo khoa.\n"
            + "Phó Tỉnh trưởng Kampong Cham cảm ơn sự giúp đỡ quý báu của nhân dân hai nước.";

        Assert.True(RelevanceClassifier.IsRelevant("Tây Ninh trao tặng sách giáo khoa cho tỉnh Kampong Cham", text));
    }

    [Fact]
    public void IsRelevant_rejects_a_hotel_award_handed_over_by_a_foreign_organisation()
    {
        const string text = "Khách sạn tại Nha Trang vừa được tổ chức World Travel Awards của Anh trao tặng danh hiệu khu nghỉ dưỡng hàng đầu.\n"
            + "Dự án có tổng vốn đầu tư 200 triệu USD, hợp tác với một tập đoàn quốc tế, dự kiến mở cửa vào năm sau.";

        Assert.False(RelevanceClassifier.IsRelevant("Khu nghỉ dưỡng Nha Trang nhận giải thưởng quốc tế", text));
    }

    [Fact]
    public void IsRelevant_rejects_a_football_transfer_with_a_foreign_club()
    {
        const string text = "Câu lạc bộ Nhật Bản đã cử người sang đàm phán hợp tác với CLB của tiền vệ Văn Nam.\n"
            + "HLV trưởng cho biết cầu thủ này sẽ thi đấu ở mùa giải tới, ghi bàn trong trận đấu cuối. Đội tuyển cũng quan tâm.";

        Assert.False(RelevanceClassifier.IsRelevant("Tiền vệ Văn Nam sang Nhật Bản thi đấu", text));
    }

    [Fact]
    public void IsRelevant_rejects_crime_involving_foreigners()
    {
        const string text = "Công an đã bắt giữ nghi phạm người Hàn Quốc cầm đầu đường dây đánh bạc. Cơ quan điều tra đã khởi tố vụ án, tạm giam các đối tượng.";

        Assert.False(RelevanceClassifier.IsRelevant("Bắt giữ trùm đánh bạc", text));
    }

    [Fact]
    public void IsRelevant_rejects_purely_domestic_policy()
    {
        const string text = "Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với các địa phương về bảo hiểm y tế.\n"
            + "Phó Thủ tướng Vũ Đức Minh đề nghị các bộ ngành hợp tác chặt chẽ.";

        Assert.False(RelevanceClassifier.IsRelevant("Thủ tướng chủ trì hội nghị", text));
    }

    [Fact]
    public void IsRelevant_is_false_for_empty_or_huge_text_without_throwing()
    {
        Assert.False(RelevanceClassifier.IsRelevant(null, string.Empty));
        Assert.False(RelevanceClassifier.IsRelevant(new string('x', 5000), string.Concat(Enumerable.Repeat("bóng đá ", 100_000))));
    }
    [Fact]
    public void IsRelevant_accepts_a_workshop_on_health_cooperation_with_a_foreign_ministry()
    {
        const string text = "Sáng 12/4, Sở Y tế TP Hồ Chí Minh phối hợp với Bộ Y tế Cuba tổ chức hội thảo hợp tác y tế.\n"
            + "Thứ trưởng Bộ Y tế Cuba cho biết Cuba sẵn sàng chia sẻ kinh nghiệm về y học gia đình và sản xuất thuốc.\n"
            + "Hội thảo là dịp để các bác sĩ thành phố trao đổi với chuyên gia Cuba về điều trị bệnh truyền nhiễm.";

        Assert.True(RelevanceClassifier.IsRelevant("Hội thảo hợp tác y tế TP Hồ Chí Minh - Cuba", text));
    }

    [Fact]
    public void IsRelevant_rejects_a_domestic_health_workshop()
    {
        const string text = "Sáng 12/4, Sở Y tế TP Hồ Chí Minh tổ chức hội thảo về điều trị bệnh truyền nhiễm.\n"
            + "Các bác sĩ thành phố trao đổi kinh nghiệm về chăm sóc người bệnh tại tuyến quận huyện.";

        Assert.False(RelevanceClassifier.IsRelevant("Hội thảo về điều trị bệnh truyền nhiễm", text));
    }
}
