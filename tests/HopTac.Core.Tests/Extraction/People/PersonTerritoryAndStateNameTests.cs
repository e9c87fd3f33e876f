using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>
/// Territories after a secretary's or mayor's office, the Party's committees, and the words inside a state's name are no
/// people (session 17, round 2). Composed sentences.
/// </summary>
public sealed class PersonTerritoryAndStateNameTests
{
    private static IReadOnlyList<HopTac.Core.Facts.Person> Run(string text) => PersonExtractor.Extract(SentenceSplitter.Split(text));

    [Fact]
    public void A_province_after_a_party_secretary_is_no_person()
    {
        var people = Run("Ông Lư Văn Khải từng là bí thư tỉnh uỷ Quý Châu, sau đó về Bắc Kinh.");

        Assert.DoesNotContain(people, p => p.Name == "Quý Châu");
    }

    [Fact]
    public void A_city_after_a_former_secretary_is_no_person()
    {
        Assert.DoesNotContain(Run("Cựu bí thư Trùng Khánh bị toà án Trung Quốc kết án."), p => p.Name == "Trùng Khánh");
    }

    [Fact]
    public void A_party_committee_written_with_a_capital_is_no_person()
    {
        Assert.DoesNotContain(Run("Lãnh đạo Thành Uỷ, UBND thành phố dự lễ khai mạc hội chợ."), p => p.Name == "Thành Uỷ");
    }

    [Fact]
    public void A_secretary_named_after_honorific_stays_a_person()
    {
        Assert.Contains(Run("Ông Xuân Hoà, Bí thư Huyện uỷ, cho biết mùa màng tốt."), p => p.Name == "Xuân Hoà");
    }

    [Fact]
    public void The_last_words_of_a_state_name_are_no_person()
    {
        var people = Run("Ai cũng nhắc tới Thổ Nhĩ Kỳ, chuyên gia Omer Celik cho biết.");

        Assert.DoesNotContain(people, p => p.Name == "Nhĩ Kỳ");
    }

    [Fact]
    public void A_secretary_of_three_syllables_stays_a_person()
    {
        Assert.Contains(Run("Thành phố vẫn còn dấu vết từ thời cựu bí thư Lạc Hy Minh."), p => p.Name == "Lạc Hy Minh");
    }
}
