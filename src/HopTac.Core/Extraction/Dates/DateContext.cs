namespace HopTac.Core.Extraction.Dates;

/// <summary>What a date without a year may borrow from: the page's own date and a year named nearby.</summary>
public sealed record DateContext(DateOnly? PageDate, int? NearbyYear)
{
    public static DateContext None { get; } = new(null, null);
}
