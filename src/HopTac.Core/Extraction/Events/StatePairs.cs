using System.Text.RegularExpressions;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// The states a pair written with short names stands for: "Mỹ - Triều", "Hàn - Triều", "Việt - Trung", "Trung - Ấn", and
/// "liên Triều" (inter-Korean: both Koreas). In such a pair Vietnamese writes a state by the first syllable of its name
/// ("Triều" for Triều Tiên, "Trung" for Trung Quốc), which the gazetteer cannot list on its own: "Trung" alone is
/// "middle" and "Triều" a dynasty. Only the pair makes them states (folders 000-049: "Mỹ - Triều" 95, "Mỹ - Trung" 83,
/// "liên Triều" 75, "Hàn - Triều" 13, "Việt - Trung" 13, "Trung - Triều" 3).
/// </summary>
internal static partial class StatePairs
{
    private static readonly Dictionary<string, string> Short = new(StringComparer.Ordinal)
    {
        ["Triều"] = "KP", ["Trung"] = "CN", ["Hàn"] = "KR", ["Việt"] = "VN", ["Ấn"] = "IN", ["Thái"] = "TH",
    };

    /// <summary>The state codes of the short names in pairs, in the order written.</summary>
    public static List<string> InText(string text)
    {
        var result = new List<string>();
        try
        {
            foreach (Match pair in Pair().Matches(text))
            {
                if (Border().IsMatch(text.AsSpan(0, pair.Index)))
                {
                    // "biên giới Hàn - Triều", "giới tuyến liên Triều": the pair names a place, where the event was held.
                    continue;
                }

                foreach (var side in new[] { pair.Groups["a"], pair.Groups["b"] })
                {
                    if (Short.TryGetValue(side.Value, out var code) && !result.Contains(code, StringComparer.Ordinal))
                    {
                        result.Add(code);
                    }
                }
            }

            foreach (Match inter in InterKorean().Matches(text))
            {
                if (Border().IsMatch(text.AsSpan(0, inter.Index)))
                {
                    continue;
                }

                foreach (var code in new[] { "KP", "KR" })
                {
                    if (!result.Contains(code, StringComparer.Ordinal))
                    {
                        result.Add(code);
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return result;
        }

        return result;
    }

    // A side is a short name not completed to the full one ("Trung" but not "Trung Quốc", "Triều" but not "Triều Tiên"),
    // or a full name the gazetteer lists ("Mỹ", "Nga", "Nhật", "Úc", "Lào", "Anh", "Pháp", "Đức").
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<a>Mỹ|Nga|Nhật|Úc|Lào|Anh|Pháp|Đức|Triều|Trung|Hàn|Việt|Ấn|Thái)(?! (?:Quốc|Tiên|Nam|Độ|Lan|Hoa|Bản))\s*[-–]\s*(?<b>Mỹ|Nga|Nhật|Úc|Lào|Anh|Pháp|Đức|Triều|Trung|Hàn|Việt|Ấn|Thái)(?![\p{L}\p{M}])(?! (?:Quốc|Tiên|Nam|Độ|Lan|Hoa|Bản))", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Pair();

    // A noun of a place between the two states: "biên giới", "giới tuyến", "Khu Phi quân sự" (the border they share).
    [GeneratedRegex(@"(?i)(?:biên giới|giới tuyến|khu phi quân sự|phi quân sự)\s*(?:\([^)]*\)\s*)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Border();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])[Ll]iên Triều(?![\p{L}\p{M}])(?! Tiên)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex InterKorean();
}
