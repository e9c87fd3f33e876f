using System.Globalization;
using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Dates;

public sealed class DateWordingTests
{
    [Theory]
    [InlineData("--05-25", "25/5, năm chưa rõ", "25 May, year unknown")]
    [InlineData("--05", "tháng 5, năm chưa rõ", "May, year unknown")]
    [InlineData("2016-05-25", "25/5/2016", "25 May 2016")]
    [InlineData("2016-05", "tháng 5/2016", "May 2016")]
    [InlineData("2016", "2016", "2016")]
    [InlineData("2024-04-12/2024-04-15", "12/4/2024 – 15/4/2024", "12 April 2024 – 15 April 2024")]
    [InlineData("--04-12/--04-15", "12/4 – 15/4, năm chưa rõ", "12 April – 15 April, year unknown")]
    [InlineData("/2030", "đến 2030", "until 2030")]
    public void Write_gives_a_date_as_a_person_reads_it(string iso, string vietnamese, string english)
    {
        Assert.Equal(vietnamese, DateWording.Write(iso, vietnamese: true));
        Assert.Equal(english, DateWording.Write(iso, vietnamese: false));
    }

    [Fact]
    public void An_inferred_year_says_which_page_it_came_from()
    {
        Assert.Equal("25/5/2016 (năm suy ra từ trang a.txt)", DateWording.Write("2016-05-25", vietnamese: true, yearFrom: "a.txt"));
        Assert.Equal("25 May 2016 (year inferred from a.txt)", DateWording.Write("2016-05-25", vietnamese: false, yearFrom: "a.txt"));
    }

    [Fact]
    public void Text_that_is_no_date_comes_back_as_given() => Assert.Equal("sometime", DateWording.Write("sometime", vietnamese: true));

    [Fact]
    public void Vietnamese_is_read_from_the_culture()
    {
        Assert.True(DateWording.IsVietnamese(CultureInfo.GetCultureInfo("vi-VN")));
        Assert.False(DateWording.IsVietnamese(CultureInfo.GetCultureInfo("en")));
    }
}
