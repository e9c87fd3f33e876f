namespace HopTac.Ingestion.Tests.Decoding;

/// <summary>A paragraph composed for these tests: every vowel with every tone, đ, in lower and upper case.</summary>
internal static class SamplePage
{
    public const string Prose =
        "Sáng nay, Bộ trưởng Bộ Y tế Việt Nam đã tiếp Đoàn đại biểu Ủy ban Hợp tác Ấn Độ tại Hà Nội. " +
        "Hai bên nhất trí đẩy mạnh hợp tác về đào tạo nhân lực, nghiên cứu vắc xin và phòng chống dịch bệnh. " +
        "Ông cho biết năm tới, Đà Nẵng sẽ đón thêm nhiều chuyên gia; những kết quả đạt được là nền tảng quan trọng " +
        "để hướng tới quan hệ đối tác chiến lược toàn diện, vì sức khỏe của người dân hai nước.";

    /// <summary>Each of the twelve vowels with no tone and the five tones, in real words where one exists.</summary>
    public const string Grid =
        "ba bà bá bả bã bạ; ăn nằm nắng lẳng ẵm nặng; tân cần tấn cẩn lẫn cận; me mè mé mẻ mẽ mẹ; " +
        "bên bền bến để dễ bệnh; bi bì bí bỉ bĩ bị; bo bò bó bỏ bõ bọ; cô cồn cố cổ cỗ cộng; " +
        "cơ cờ cớ cở cỡ cợt; cu cù cú củ cũ cụ; tư từ tứ tử sữa tự; y kỳ ký kỷ kỹ kỵ; đi Đi.";

    public static readonly string Text = Prose + "\n" + Grid + "\n" + Grid.ToUpperInvariant() + "\n";
}
