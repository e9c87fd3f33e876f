namespace HopTac.Core.Extraction.Dates;

/// <summary>How two dates relate (<see cref="PartialDate.Relate"/>).</summary>
public enum DateRelation
{
    /// <summary>No day can be both.</summary>
    Different,

    /// <summary>Two single days next to each other: often one event reported by pages in different time zones.</summary>
    OneDayApart,

    /// <summary>Some day may be both: one may be a coarser or overlapping form of the other.</summary>
    Compatible,
}
