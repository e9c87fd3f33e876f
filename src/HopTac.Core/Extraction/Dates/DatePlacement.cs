namespace HopTac.Core.Extraction.Dates;

/// <summary>Where a fact's date falls for a date filter (<see cref="PartialDate.Place"/>).</summary>
public enum DatePlacement
{
    /// <summary>The date is known and lies outside the window, or no day of it can lie inside.</summary>
    Outside,

    /// <summary>A dated fact that overlaps the window.</summary>
    Inside,

    /// <summary>No year is known (no date, or a day or month without its year that may fall in the window).</summary>
    YearUnknown,
}
