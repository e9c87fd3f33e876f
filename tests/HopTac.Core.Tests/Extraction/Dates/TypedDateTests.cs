using HopTac.Core.Extraction.Dates;

namespace HopTac.Core.Tests.Extraction.Dates;

public sealed class TypedDateTests
{
    [Theory]
    [InlineData("28/10/2021", "2021-10-28")]
    [InlineData(" 28/10/2021 ", "2021-10-28")]
    [InlineData("ngày 28/10/2021", "2021-10-28")]
    [InlineData("10/2021", "2021-10")]
    [InlineData("tháng 10/2021", "2021-10")]
    [InlineData("2021", "2021")]
    [InlineData("2021-10-28", "2021-10-28")]
    [InlineData("28 tháng 10 năm 2021", "2021-10-28")]
    [InlineData("2021-2025", "2021/2025")]
    [InlineData("2021/2025", "2021/2025")]
    [InlineData("28/10", "--10-28")]
    public void A_date_typed_as_people_write_it_is_read(string typed, string iso) =>
        Assert.Equal(iso, TypedDate.Read(typed)?.ToIso());

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("hôm qua")]
    [InlineData("2021-13")]
    [InlineData("31/02/2021")]
    [InlineData("28/10/2021 hoặc 29/10/2021")]
    [InlineData("khoảng 28/10/2021")]
    public void Anything_but_exactly_one_date_is_refused(string typed) =>
        Assert.Null(TypedDate.Read(typed));
}
