using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

public sealed class OrganizationExtractorTests
{
    [Fact]
    public void Extract_reads_ministries_with_the_state_written_after_them()
    {
        var orgs = OrganizationExtractor.Extract(SentenceSplitter.Split(
            "Bộ Y tế Việt Nam và Bộ Y tế Cộng hòa Séc đã ký Bản ghi nhớ với sự hỗ trợ của Tổ chức Y tế Thế giới."));

        Assert.Contains(orgs, o => o.Name == "Bộ Y tế Việt Nam" && o.Country == "VN");
        Assert.Contains(orgs, o => o.Name == "Bộ Y tế Cộng hòa Séc" && o.Country == "CZ");
        Assert.Contains(orgs, o => o.Name == "Tổ chức Y tế Thế giới" && o.Country == "WHO");
    }

    [Fact]
    public void Extract_reads_hospitals_and_companies_but_not_offices()
    {
        var orgs = OrganizationExtractor.Extract(SentenceSplitter.Split(
            "Bộ trưởng đã thăm Bệnh viện Hữu Nghị và làm việc với Sunrise Airlines về hợp tác."));

        var names = orgs.Select(o => o.Name).ToList();
        Assert.Contains("Bệnh viện Hữu Nghị", names);
        Assert.Contains("Sunrise Airlines", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Bộ trưởng", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_names_each_organisation_once_with_its_first_sentence()
    {
        var orgs = OrganizationExtractor.Extract(SentenceSplitter.Split("Viện Pasteur Nha Trang nhận thiết bị.\nViện Pasteur Nha Trang cảm ơn."));

        var org = Assert.Single(orgs);
        Assert.Equal(0, org.EvidenceStart);
    }
}
