using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>A name ending in "Việt Nam" after a word that is no family name is a branch or a contest (session 17).</summary>
public sealed class PersonVietnameseBranchTests
{
    private static IReadOnlyList<HopTac.Core.Facts.Person> Run(string text) => PersonExtractor.Extract(SentenceSplitter.Split(text));

    [Fact]
    public void A_company_branch_after_an_office_is_no_person()
    {
        var people = Run("Ông Lê Minh Quang, Giám đốc Northwind Việt Nam, cho biết công ty sẽ mở thêm hai nhà máy.");

        Assert.DoesNotContain(people, p => p.Name.EndsWith("Việt Nam", StringComparison.Ordinal));
        Assert.Contains(people, p => p.Name == "Lê Minh Quang");
    }

    [Fact]
    public void A_contest_after_its_title_is_no_person()
    {
        var people = Run("Cô từng đăng quang Hoa hậu Sông Núi Việt Nam và nay làm người mẫu.");

        Assert.DoesNotContain(people, p => p.Name.EndsWith("Việt Nam", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_names_after_a_family_name_stay_a_person()
    {
        Assert.Contains(Run("Ông Đào Việt Nam, giám đốc nhà máy, cho biết sản lượng tăng."), p => p.Name == "Đào Việt Nam");
    }
}
