using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>A place or body of two words before a name after an office, written alone elsewhere on the page (session 15).</summary>
public sealed class PersonTwoWordPlaceBeforeNameTests
{
    private static IReadOnlyList<HopTac.Core.Facts.Person> Run(string text) => PersonExtractor.Extract(SentenceSplitter.Split(text));

    [Fact]
    public void A_bank_of_two_words_before_its_chairman_is_detached()
    {
        var people = Run("Chủ tịch Northfield Capital Walter Brennick sẽ nghỉ hưu vào cuối năm. Ông Walter Brennick đã lãnh đạo Northfield Capital trong mười năm.");

        Assert.Contains(people, p => p.Name == "Walter Brennick");
        Assert.DoesNotContain(people, p => p.Name.StartsWith("Northfield", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_given_names_the_page_never_writes_alone_stay_in_the_name()
    {
        var people = Run("Tổng thống Marco Aurelio Ferrante phát biểu tại hội nghị. Ông Aurelio Ferrante nói thêm về kinh tế.");

        Assert.Contains(people, p => p.Name == "Marco Aurelio Ferrante");
    }
}
