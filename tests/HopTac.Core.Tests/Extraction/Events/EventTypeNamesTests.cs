using HopTac.Core.Facts;

namespace HopTac.Core.Tests.Extraction.Events;

public sealed class EventTypeNamesTests
{
    [Fact]
    public void Every_event_type_is_written_with_its_facts_md_name_in_the_facts_md_order()
    {
        Assert.Equal(["talks", "meeting", "call", "visit", "signing", "conference", "aid", "partnership", "other"], EventTypeNames.All);
        Assert.Equal(EventTypeNames.All, FactTypes.Events);
    }

    [Fact]
    public void A_name_reads_back_as_the_type_it_was_written_from()
    {
        foreach (var type in Enum.GetValues<EventType>())
        {
            Assert.True(EventTypeNames.TryParse(type.Name(), out var read));
            Assert.Equal(type, read);
        }
    }

    [Theory]
    [InlineData("Talks")]
    [InlineData("banana")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_a_facts_md_name_is_no_event_type(string? name)
    {
        Assert.False(EventTypeNames.TryParse(name, out _));
    }
}
