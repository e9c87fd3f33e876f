using Microsoft.Extensions.Localization;

namespace HopTac.Web.Rendering;

/// <summary>
/// A fact's field names and values in the reader's language: "Loại: lễ ký" and "Đối tác: Nga (RU), Lào (LA)", not
/// "type: signing" and "actors: RU, LA". The stored value stays what the forms edit; only what is shown changes.
/// </summary>
internal static class FactFieldText
{
    /// <summary>The field's label ("Field_participants" → "Thành phần"); the key itself when the resources lack it.</summary>
    public static string Label(IStringLocalizer localizer, string key) =>
        localizer["Field_" + key] is { ResourceNotFound: false } label ? label.Value : key;

    /// <summary>The value as read: event and agreement types in words, partners with names, dates as dd/MM/yyyy.</summary>
    public static string Value(IStringLocalizer localizer, string kind, string key, string? value, string? yearFrom = null)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return key switch
        {
            "type" when kind is "event" or "agreement" => Words(localizer, (kind == "event" ? "Event_" : "Agreement_") + value, value),
            "actors" => PartnerText.Labels(value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            "country" => PartnerText.Label(value),
            "date" => ReadableDate.Of(value, yearFrom),
            _ => value,
        };
    }

    private static string Words(IStringLocalizer localizer, string resourceKey, string fallback) =>
        localizer[resourceKey] is { ResourceNotFound: false } words ? words.Value : fallback;
}
