using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>
/// Session-8 corpus audit: a person's state comes from their own office, not another person's; places glued to a name
/// and capitalised prepositions are no part of one (composed sentences).
/// </summary>
public sealed class PersonStateFromOwnOfficeTests
{
    private static IReadOnlyList<HopTac.Core.Facts.Person> Run(string text) => PersonExtractor.Extract(SentenceSplitter.Split(text));

    [Fact]
    public void A_person_without_a_state_does_not_take_the_state_of_another_persons_office()
    {
        var people = Run("Cựu thủ tướng Silvio Berlusconi đã mỉa mai Tổng thống Pháp Emmanuel Macron khi nói về ông.");
        Assert.Equal("FR", Assert.Single(people, p => p.Name == "Emmanuel Macron").Country);
        Assert.NotEqual("FR", Assert.Single(people, p => p.Name == "Silvio Berlusconi").Country);
    }

    [Fact]
    public void A_place_the_page_also_writes_alone_is_not_the_first_word_of_a_name()
    {
        var people = Run("Cảnh sát đã bắt cựu lãnh đạo Catalonia Carles Puigdemont tại Đức. Ông Carles Puigdemont rời đi sau khi Catalonia tuyên bố độc lập.");
        Assert.Contains(people, p => p.Name == "Carles Puigdemont");
        Assert.DoesNotContain(people, p => p.Name.StartsWith("Catalonia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_preposition_opening_the_sentence_begins_no_name()
    {
        var people = Run("Trên Twitter, Tổng thống Trump đổ lỗi cho đảng đối lập.");
        Assert.DoesNotContain(people, p => p.Name.StartsWith("Trên", StringComparison.Ordinal));
    }
}
