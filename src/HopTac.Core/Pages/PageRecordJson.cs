using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HopTac.Core.Pages;

/// <summary>
/// JSON for page records as facts.md spells them: snake_case names, nulls written for title and published,
/// Vietnamese left readable (no \u escapes). An error record is written as <c>{"source", "error"}</c> only.
/// </summary>
public static class PageRecordJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(PageRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Error is not null)
        {
            return JsonSerializer.Serialize(new ErrorLine(record.Source, record.Error), Options);
        }

        return JsonSerializer.Serialize(record, Options);
    }

    public static PageRecord? Deserialize(string json) => JsonSerializer.Deserialize<PageRecord>(json, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record ErrorLine(string Source, string Error);
}
