using HopTac.Core.Caching;

namespace HopTac.Core.Tests.Caching;

public sealed class BoundedMemoTests
{
    [Fact]
    public void Get_computes_a_key_once_while_there_is_room_and_afresh_past_the_bound()
    {
        var memo = new BoundedMemo<string, int>(2, StringComparer.Ordinal);
        var calls = 0;
        int Length(string s)
        {
            calls++;
            return s.Length;
        }

        Assert.Equal(3, memo.Get("abc", Length));
        Assert.Equal(3, memo.Get("abc", Length));
        Assert.Equal(1, calls);

        Assert.Equal(2, memo.Get("de", Length));
        Assert.Equal(1, memo.Get("f", Length));
        Assert.Equal(1, memo.Get("f", Length));
        Assert.Equal(4, calls);
    }
}
