using HopTac.Core.Extraction.People;

namespace HopTac.Core.Tests.Extraction.People;

public sealed class PublicFiguresTests
{
    [Fact]
    public void StateOf_gives_the_same_answer_when_a_name_is_asked_again()
    {
        Assert.Equal("US", PublicFigures.StateOf(["Donald", "Trump"]));
        Assert.Equal("US", PublicFigures.StateOf(["Donald", "Trump"]));
        Assert.Equal("RU", PublicFigures.StateOf(["Putin"]));
        Assert.Equal("RU", PublicFigures.StateOf(["Putin"]));
        Assert.Null(PublicFigures.StateOf(["Nguyễn", "Văn", "An"]));
        Assert.Null(PublicFigures.StateOf(["Nguyễn", "Văn", "An"]));
    }

    [Fact]
    public void StateOf_keeps_names_apart_whose_parts_join_to_the_same_text()
    {
        // Remembered answers are keyed by the parts, not by their concatenation: "Putin" alone is the leader, the
        // two-part name that spells the same letters is nobody listed.
        Assert.Equal("RU", PublicFigures.StateOf(["Putin"]));
        Assert.Null(PublicFigures.StateOf(["Pu", "tin"]));
        Assert.Equal("RU", PublicFigures.StateOf(["Putin"]));
    }
}
