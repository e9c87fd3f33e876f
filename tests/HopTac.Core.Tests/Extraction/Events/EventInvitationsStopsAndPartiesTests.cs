namespace HopTac.Core.Tests.Extraction.Events;

/// <summary>
/// Session-14 classes of output (docs/accuracy.md, "Events: session-14 notes"): an event that is only the content of an
/// invitation, withdrawn from, stopped, attempted or held in an opinion; an event that anchors another clause at a measured
/// distance; a signing by private parties or named as the document a clause follows; a meeting with a Vietnamese city's
/// leaders. Sentences composed for the tests.
/// </summary>
public sealed class EventInvitationsStopsAndPartiesTests
{
    [Fact]
    public void Extract_leaves_out_a_visit_only_invited()
    {
        var events = EventExtractorTests.Run("Ngày 6/9/2016, Tổng thống Philippines Rodrigo Duterte đã nhận lời mời thăm Việt Nam trong năm tới.");

        Assert.DoesNotContain(events, e => e.Type == "visit");
    }

    [Fact]
    public void Extract_keeps_a_visit_made_at_an_invitation()
    {
        var events = EventExtractorTests.Run("Theo lời mời của Chủ tịch nước Trần Đại Quang, Tổng thống Mỹ Barack Obama thăm chính thức Việt Nam từ ngày 23 đến 25/5/2016.");

        var visit = Assert.Single(events, e => e.Type == "visit");
        Assert.Contains("US", visit.Actors);
        Assert.Contains("VN", visit.Actors);
    }

    [Fact]
    public void Extract_leaves_out_a_summit_withdrawn_from()
    {
        var events = EventExtractorTests.Run("Ngày 24/5/2018, Tổng thống Mỹ Donald Trump tuyên bố rút khỏi hội nghị thượng đỉnh với lãnh đạo Triều Tiên Kim Jong-un.");

        Assert.DoesNotContain(events, e => e.Type is "conference" or "meeting");
    }

    [Fact]
    public void Extract_keeps_a_signing_of_a_document_withdrawn_from()
    {
        var events = EventExtractorTests.Run("Ngày 8/5/2018, Tổng thống Mỹ Donald Trump tuyên bố rút khỏi thoả thuận hạt nhân Iran được ký kết năm 2015 giữa Iran và sáu cường quốc.");

        Assert.Contains(events, e => e.Type == "signing" && e.Date == "2015");
    }

    [Fact]
    public void Extract_leaves_out_aid_suspended()
    {
        var events = EventExtractorTests.Run("Ngày 2/1/2018, Nhà Trắng cho biết khoản viện trợ quân sự trị giá 255 triệu USD dành cho Pakistan bị đình chỉ.");

        Assert.DoesNotContain(events, e => e.Type == "aid");
    }

    [Fact]
    public void Extract_leaves_out_aid_only_attempted()
    {
        var events = EventExtractorTests.Run("Ngày 23/2/2019, thủ lĩnh đối lập Juan Guaido vượt biên giới Colombia trong nỗ lực đưa hàng viện trợ 20 tấn vào Venezuela.");

        Assert.DoesNotContain(events, e => e.Type == "aid");
    }

    [Fact]
    public void Extract_leaves_out_an_undated_meeting_held_in_an_opinion()
    {
        var events = EventExtractorTests.Run("Giới quan sát cho rằng cuộc gặp giữa Chủ tịch Trung Quốc Tập Cận Bình và lãnh đạo Triều Tiên Kim Jong-un nhằm khẳng định lập trường chung.");

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Extract_does_not_date_a_summit_by_a_clause_months_before_it()
    {
        var events = EventExtractorTests.Run("Bình Nhưỡng thử một loại vũ khí mới vào tháng 11/2018, chỉ ba tháng trước khi cuộc gặp thượng đỉnh giữa Tổng thống Mỹ Donald Trump và lãnh đạo Triều Tiên Kim Jong-un diễn ra.");

        Assert.DoesNotContain(events, e => e.Date == "2018-11");
    }

    [Fact]
    public void Extract_leaves_out_memoranda_signed_by_investors()
    {
        var events = EventExtractorTests.Run("Tại Thung lũng Silicon, các nhà đầu tư Mỹ đã ký các ghi nhớ hợp tác cùng thành phố Đà Nẵng.");

        Assert.DoesNotContain(events, e => e.Type == "signing");
    }

    [Fact]
    public void Extract_leaves_out_a_contract_a_clause_follows()
    {
        var events = EventExtractorTests.Run("Đoàn công tác của Trung Quốc đã tới công trường. Theo hợp đồng ký kết giữa các bên, công nhân được trả lương theo ngày.");

        Assert.DoesNotContain(events, e => e.Type == "signing");
    }

    [Fact]
    public void Extract_lends_no_foreign_side_to_a_meeting_with_a_city_written_with_a_space()
    {
        var events = EventExtractorTests.Run("Thủ tướng Nhật Bản Shinzo Abe đã rời Hà Nội ngày 11/4/2017. Chiều 12/4/2017, Thủ tướng Nguyễn Xuân Phúc có buổi làm việc với lãnh đạo TP. HCM.");

        Assert.DoesNotContain(events, e => e.Date == "2017-04-12");
    }
}
