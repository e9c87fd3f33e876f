using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Agreements;

/// <summary>
/// A trade agreement's acronym is no party of another document; states in an appositive, a target, a consequence or a
/// concession are no sides; a document after the copula "là" whose subject is a document describes it; a bracketed time
/// after the name dates it; long names are not cut and end before adverbials of the clause (composed sentences,
/// session 16).
/// </summary>
public sealed class AgreementSidesAndPredicatesTests
{
    private static IReadOnlyList<AgreementFact> Run(string text) => AgreementExtractorTests.Run(text);

    [Fact]
    public void The_cptpp_named_beside_another_agreement_is_not_its_party()
    {
        var agreement = Assert.Single(Run("Sau khi gia nhập TPP, Việt Nam tiếp tục ký kết Hiệp định thương mại tự do với Liên minh châu Âu."));

        Assert.DoesNotContain("CPTPP", agreement.Actors);
        Assert.Contains("EU", agreement.Actors);
    }

    [Fact]
    public void A_state_in_an_appositive_is_not_a_side()
    {
        var contract = Assert.Single(Run("Hy Lạp, một thành viên của NATO và là đồng minh lâu năm của Mỹ, đã ký hợp đồng trị giá 1 tỷ USD mua tàu ngầm của Đức."));

        Assert.DoesNotContain("US", contract.Actors);
        Assert.Contains("GR", contract.Actors);
        Assert.Contains("DE", contract.Actors);
    }

    [Fact]
    public void A_state_described_after_the_deal_is_not_a_side()
    {
        var agreement = Assert.Single(Run("Chính phủ Romania vừa ký thoả thuận mua tên lửa phòng không trị giá 3 tỷ USD từ Mỹ, một thương vụ có thể làm phật lòng Nga."));

        Assert.DoesNotContain("RU", agreement.Actors);
    }

    [Theory]
    [InlineData("Lào và Thái Lan đã ký Hiệp định hợp tác hải quan tại Viêng Chăn khiến Trung Quốc lo ngại.", "CN")]
    [InlineData("Nhật Bản và Ấn Độ đã ký Hiệp định hợp tác hạt nhân dân sự bất chấp phản đối của Pakistan.", "PK")]
    [InlineData("Hãng Nokia của Phần Lan đã ký thoả thuận phát triển mạng 5G tại Brazil, trong bối cảnh Mỹ khuyên các nước không dùng thiết bị Trung Quốc.", "US")]
    [InlineData("Ai Cập và Nga đã ký thoả thuận mua bán 20 máy bay Su -35, dù Ai Cập có thể phải đối mặt với lệnh trừng phạt từ Mỹ.", "US")]
    public void A_state_in_the_consequence_or_concession_after_the_document_is_not_a_side(string sentence, string bystander) =>
        Assert.DoesNotContain(bystander, Assert.Single(Run(sentence)).Actors);

    [Fact]
    public void States_after_khien_before_the_document_sign_it()
    {
        var treaty = Assert.Single(Run("Cuộc chiến năm 1995 khiến Peru và Ecuador ký Hiệp ước Hoà bình Brasilia năm 1998."));

        Assert.Contains("PE", treaty.Actors);
        Assert.Contains("EC", treaty.Actors);
    }

    [Fact]
    public void A_meeting_whose_sidelines_host_the_signing_is_no_side()
    {
        var memorandum = Assert.Single(Run("Bộ trưởng Quốc phòng Pháp và người đồng cấp Ấn Độ đã ký Bản ghi nhớ về hợp tác hậu cần trong cuộc gặp bên lề Đối thoại Shangri - La ở Singapore."));

        Assert.DoesNotContain("SG", memorandum.Actors);
    }

    [Theory]
    [InlineData("Các nước G7 vẫn bất đồng về biến đổi khí hậu, nhưng Pháp hy vọng Mỹ sẽ thực thi đầy đủ Hiệp định Paris.")]
    [InlineData("Mỹ đã rút khỏi Hiệp định chống biến đổi khí hậu Paris.")]
    [InlineData("Tổng thống Mỹ thông báo sẽ rút khỏi hiệp định về biến đổi khí hậu được ký kết ở thủ đô Pháp năm 2015.")]
    public void The_paris_agreement_about_the_climate_has_its_published_parties(string sentence) =>
        Assert.Equal(["UN"], Assert.Single(Run(sentence)).Actors);

    [Fact]
    public void A_memo_aimed_at_another_state_is_one_sides()
    {
        Assert.Empty(Run("Tổng thống Mỹ ký bản ghi nhớ áp thuế nhằm vào Mexico vào ngày 3/5."));
    }

    [Fact]
    public void A_document_after_the_copula_of_an_acronym_describes_it()
    {
        var found = Run("Hiệp ước Không gian mở (OST) được ký năm 1992. OST là hiệp ước đa phương được ký kết giữa 34 quốc gia.");

        Assert.Equal("Hiệp ước Không gian mở", Assert.Single(found).Title);
    }

    [Fact]
    public void A_document_in_common_words_after_a_bracketed_acronym_and_a_comma_is_that_document_again()
    {
        var found = Run("Mỹ đã rút khỏi Hiệp ước Bầu trời mở (OST), hiệp ước về các chuyến bay trinh sát không vũ trang giữa các nước thành viên.");

        Assert.Equal("Hiệp ước Bầu trời mở", Assert.Single(found).Title);
    }

    [Fact]
    public void A_second_named_document_after_a_bracketed_acronym_stays()
    {
        var found = Run("Hai bên đã ký Hiệp định Thương mại tự do (FTA), hiệp định Đầu tư song phương Việt Nam - Chile và một bản ghi nhớ.");

        Assert.Contains(found, a => a.Title.StartsWith("Hiệp định Đầu tư", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_document_after_day_la_describes_the_one_named_before()
    {
        var found = Run("Mỹ và Liên Xô đã ký Hiệp ước Cấm thử hạt nhân ngầm năm 1974. Do đây là hiệp ước song phương giữa Mỹ và Liên Xô, các nước khác không bị ràng buộc.");

        Assert.Single(found);
    }

    [Fact]
    public void Truoc_day_la_is_no_copula_of_this()
    {
        var found = Run("Hiệp định ABC mới, tên gọi trước đây là Hiệp định Hợp tác kinh tế Đông Phi, đã được ký tại Nairobi.");

        Assert.Contains(found, a => a.Title.StartsWith("Hiệp định Hợp tác kinh tế Đông Phi", StringComparison.Ordinal));
    }

    [Fact]
    public void Chua_phai_la_denies_a_treaty()
    {
        Assert.Empty(Run("Chiến tranh kết thúc bằng một thoả ước ngừng bắn, chứ chưa phải là Hiệp ước hoà bình."));
    }

    [Theory]
    [InlineData("Tranh chấp lãnh thổ khiến hai nước chưa thể ký hiệp ước hoà bình để chính thức kết thúc chiến tranh.")]
    [InlineData("Bất đồng về biên giới khiến Campuchia và Thái Lan không thể ký kết hiệp định phân định biên giới.")]
    public void A_signing_that_cannot_be_made_names_no_document(string sentence) => Assert.Empty(Run(sentence));

    [Fact]
    public void A_time_bracketed_after_the_name_dates_the_document()
    {
        var agreement = Assert.Single(Run("Hai nước xác lập quan hệ Đối tác chiến lược (tháng 5-2016), cùng ký kết Hiệp định Thương mại tự do Việt Nam - Chile (VCFTA - tháng 11-2011)."));

        Assert.Equal("2011-11", agreement.Date);
    }

    [Fact]
    public void A_long_name_between_two_bodies_is_not_cut()
    {
        var memorandum = Assert.Single(Run("Hai bên đã ký Bản ghi nhớ về hợp tác trong lĩnh vực đào tạo và nghiên cứu y khoa giữa Trường Đại học Y Dược Thành phố Hồ Chí Minh và Bệnh viện Đại học Quốc gia Seoul của Hàn Quốc."));

        Assert.EndsWith("Bệnh viện Đại học Quốc gia Seoul của Hàn Quốc", memorandum.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hai bộ đã ký Bản ghi nhớ về hợp tác trong lĩnh vực thông tin trước sự chứng kiến của hai Thủ tướng.", "Bản ghi nhớ về hợp tác trong lĩnh vực thông tin")]
    [InlineData("Hai bên thúc đẩy đàm phán Hiệp định Thương mại tự do Việt Nam - Israel theo lộ trình đề ra.", "Hiệp định Thương mại tự do Việt Nam - Israel")]
    [InlineData("Hai bên triển khai Tuyên bố Tầm nhìn về Quan hệ Đối tác chiến lược Việt Nam - Ấn Độ thông qua các dự án hợp tác cụ thể.",
        "Tuyên bố Tầm nhìn về Quan hệ Đối tác chiến lược Việt Nam - Ấn Độ")]
    [InlineData("Kuwait và Anh cùng ký Thoả thuận ứng phó với rửa tiền xuyên biên giới.", "Thoả thuận ứng phó với rửa tiền xuyên biên giới")]
    public void A_title_ends_before_an_adverbial_of_the_clause(string sentence, string title) =>
        Assert.Equal(title, Assert.Single(Run(sentence)).Title);
}
