namespace HopTac.Storage.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void The_assembly_loads() => Assert.NotNull(typeof(SmokeTests).Assembly);
}
