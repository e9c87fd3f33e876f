namespace HopTac.Core.Extraction.Dates;

/// <summary>What a date without a year may borrow from: the page's own date and a year named nearby.</summary>
public sealed record DateContext(DateOnly? PageDate, int? NearbyYear)
{
    public static DateContext None { get; } = new(null, null);

    /// <summary>
    /// The day the text itself calls "hôm nay" when the page carries no date of its own ("Sáng nay (17/3), ..." makes
    /// 17 March the writer's today; <see cref="TextToday"/>), possibly without its year: what "hôm qua", "chiều nay",
    /// "tháng trước" count from when <see cref="PageDate"/> is null. Null when the text does not say.
    /// </summary>
    public PartialDate? Today { get; init; }
}
