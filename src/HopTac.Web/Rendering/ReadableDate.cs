using System.Globalization;
using HopTac.Core.Extraction.Dates;

namespace HopTac.Web.Rendering;

/// <summary>
/// A fact's ISO date as the page's reader reads it, in the UI's language: "25/5, năm chưa rõ" or "25 May, year
/// unknown", never "--05-25"; an inferred year names the page it came from.
/// </summary>
internal static class ReadableDate
{
    public static string Of(string? iso, string? yearFrom = null) =>
        iso is null ? "—" : DateWording.Write(iso, DateWording.IsVietnamese(CultureInfo.CurrentUICulture), yearFrom);
}
