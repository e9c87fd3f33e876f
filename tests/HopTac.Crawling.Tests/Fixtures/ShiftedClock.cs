namespace HopTac.Crawling.Tests.Fixtures;

/// <summary>The system clock moved by an offset ("an hour later") while timers and waits stay real and short.</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
