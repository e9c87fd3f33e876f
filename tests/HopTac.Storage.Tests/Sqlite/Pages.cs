using HopTac.Core.Facts;
using HopTac.Core.Pages;

namespace HopTac.Storage.Tests.Sqlite;

/// <summary>Pages written for these tests in the manner of Vietnamese news; none is taken from a real site.</summary>
internal static class Pages
{
    public const string HealthText =
        "Sáng 14/3, tại Hà Nội, Thứ trưởng Bộ Y tế Trần Văn Minh đã tiếp Đoàn công tác của Bộ Y tế Cộng hòa Séc.\n" +
        "Hai bên trao đổi về hợp tác y tế, đào tạo nhân lực và chuyển giao kỹ thuật ghép tạng.\n" +
        "Phía Séc cam kết tài trợ 2,5 triệu USD cho dự án nâng cấp trang thiết bị của Bệnh viện Đa khoa tỉnh Lạng Sơn.";

    public const string TradeText =
        "Chiều 20/5, Bộ Công Thương tổ chức diễn đàn xúc tiến thương mại Việt Nam - Ấn Độ.\n" +
        "Kim ngạch thương mại song phương năm ngoái đạt gần 15 tỷ USD, tăng 12% so với cùng kỳ.\n" +
        "Doanh nghiệp hai nước mong muốn mở rộng hợp tác trong lĩnh vực dệt may, dược phẩm và nông sản.";

    public const string FloodText =
        "Mưa lớn kéo dài khiến nhiều tuyến đường tại thành phố Đà Nẵng bị ngập sâu.\n" +
        "Chính quyền địa phương đã sơ tán hơn 300 hộ dân khỏi vùng nguy hiểm.";

    public static PageRecord Health(string source = "tin/y-te-sec.txt") => new()
    {
        Source = source,
        Relevant = true,
        Title = "Thúc đẩy hợp tác y tế Việt Nam - Séc",
        Published = "2024-03-14T09:30",
        Authors = ["Minh Anh"],
        Text = HealthText,
        Encoding = "utf-8",
        People = [new Person("Trần Văn Minh", "Thứ trưởng Bộ Y tế", "VN", "Sáng 14/3, tại Hà Nội, ...", 0)],
        Organizations = [new Organization("Bộ Y tế Cộng hòa Séc", "CZ", "Sáng 14/3, tại Hà Nội, ...", 0)],
        Figures = [new Figure(2_500_000m, "USD", null, "2,5 triệu USD", "Phía Séc cam kết ...", 200)],
        Areas = ["health", "education_training"],
    };

    public static PageRecord Trade(string source = "tin/thuong-mai-an-do.txt") => new()
    {
        Source = source,
        Relevant = true,
        Title = "Diễn đàn xúc tiến thương mại Việt Nam - Ấn Độ",
        Published = "2024-05-20",
        Text = TradeText,
        Encoding = "windows-1258",
    };

    public static PageRecord Flood(string source = "tin/mua-lu.txt") => new()
    {
        Source = source,
        Title = "Mưa lớn gây ngập tại Đà Nẵng",
        Text = FloodText,
        Encoding = "utf-8",
    };
}
