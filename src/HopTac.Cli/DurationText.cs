using System.Globalization;
using System.Text.RegularExpressions;

namespace HopTac.Cli;

/// <summary>Durations as people type them on a command line: 500ms, 2s, 30m, 6h, 1d (one number and one unit).</summary>
internal static partial class DurationText
{
    public static TimeSpan? Parse(string? text)
    {
        var match = Pattern().Match(text ?? string.Empty);
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return match.Groups[2].Value.ToLowerInvariant() switch
        {
            "ms" => TimeSpan.FromMilliseconds(value),
            "s" or "" => TimeSpan.FromSeconds(value),
            "m" => TimeSpan.FromMinutes(value),
            "h" => TimeSpan.FromHours(value),
            _ => TimeSpan.FromDays(value),
        };
    }

    /// <summary>A --name option holding a duration, validated on parse.</summary>
    public static System.CommandLine.Option<string> Option(string name, string description, string defaultValue)
    {
        var option = new System.CommandLine.Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (Parse(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"{name} must be a duration like 500ms, 2s, 30m, 6h or 1d.");
            }
        });
        return option;
    }

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
