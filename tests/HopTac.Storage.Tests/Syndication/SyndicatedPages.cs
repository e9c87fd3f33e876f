using HopTac.Core.Facts;
using HopTac.Core.Pages;

namespace HopTac.Storage.Tests.Syndication;

/// <summary>
/// Pages composed for these tests: one agency story (talks on health between Vietnam and Cuba) as the agency printed
/// it, as other sites republished it with their own lead and byline, and an independent report of the same event
/// written in other words.
/// </summary>
internal static class SyndicatedPages
{
    public const string Sentence = "Sáng 12/3, tại Hà Nội, Bộ trưởng Bộ Y tế Việt Nam đã hội đàm với Bộ trưởng Bộ Y tế Cuba.";

    private const string Body =
        "Hai bên đánh giá cao kết quả hợp tác trong lĩnh vực y tế thời gian qua, đặc biệt là sản xuất vắc xin, đào tạo bác sĩ "
        + "và trao đổi chuyên gia giữa các bệnh viện tuyến trung ương của hai nước.\n"
        + "Bộ trưởng Bộ Y tế Cuba cho biết phía bạn sẵn sàng chuyển giao công nghệ sản xuất thuốc điều trị ung thư và hỗ trợ "
        + "Việt Nam xây dựng trung tâm nghiên cứu sinh học tại Thành phố Hồ Chí Minh trong năm tới.\n"
        + "Hai bộ trưởng cũng thống nhất giao các đơn vị chức năng xây dựng kế hoạch hành động giai đoạn 2025-2027, trong đó "
        + "ưu tiên y học cổ truyền, phục hồi chức năng và phòng chống các bệnh truyền nhiễm mới nổi.";

    public static PageRecord Report(string source, string text) => new()
    {
        Source = source,
        Relevant = true,
        Title = "Việt Nam và Cuba tăng cường hợp tác y tế",
        Published = "2025-03-12T10:00",
        Text = text,
        Events = [new EventFact("talks", "2025-03-12", ["VN", "CU"], [], "Hà Nội", Sentence, 0)],
    };

    public static PageRecord Original() => Report("https://ttxvn.example/y-te-cuba.html", Sentence + "\n" + Body + "\nTheo TTXVN");

    // The republishing site puts its own lead line first and its byline last; the body is the agency's.
    public static PageRecord Copy(int n) => Report(
        $"https://bao{n}.example/viet-nam-cuba-y-te.html",
        $"(Báo {n}) - Hai nước bàn việc mở rộng hợp tác y tế.\n" + Sentence + "\n" + Body + $"\nThu Hà {n}");

    public static PageRecord Independent() => Report(
        "https://tapchi.example/cuba.html",
        Sentence + "\nTheo thông tin từ cuộc gặp, Cuba đề nghị Việt Nam cử thêm sinh viên y khoa sang học tập và nghiên cứu tại "
        + "các trường đại học của La Habana, còn Việt Nam mong muốn nhập khẩu một số loại thuốc sinh học do Cuba sản xuất. "
        + "Các chuyên gia cho rằng quan hệ y tế song phương có nhiều tiềm năng nhưng cần cơ chế tài chính ổn định hơn, nhất là "
        + "cho các dự án nghiên cứu chung kéo dài nhiều năm, vốn thường gặp khó khăn khi giải ngân và khi đăng ký sản phẩm mới.");
}
