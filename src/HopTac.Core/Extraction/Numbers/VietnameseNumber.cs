using System.Globalization;

namespace HopTac.Core.Extraction.Numbers;

/// <summary>
/// Reads numbers as Vietnamese news writes them: '.' groups thousands ("1.000", "2.431"), ',' marks decimals
/// ("4,7", "8,771"), and scale words multiply ("600 nghìn", "4,7 tỷ", "2 nghìn tỷ"). English-style forms that
/// cannot be Vietnamese ("1,000,000", "3.5") are read the English way. Never throws; hostile lengths give false.
/// </summary>
public static class VietnameseNumber
{
    private const int MaxDigits = 20;

    /// <summary>The largest value kept; beyond it a figure is almost surely a misreading (phone or id numbers).</summary>
    public static decimal MaxValue { get; } = 1e18m;

    /// <summary>Parses the digits-and-separators part, e.g. "1.000", "4,7", "80.000". False for dates and nonsense.</summary>
    public static bool TryParse(ReadOnlySpan<char> token, out decimal value)
    {
        value = 0;
        if (token.IsEmpty || token.Length > MaxDigits + 8 || !char.IsAsciiDigit(token[0]) || !char.IsAsciiDigit(token[^1]))
        {
            return false;
        }

        var dots = 0;
        var commas = 0;
        foreach (var c in token)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (c == ',')
            {
                commas++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        string digits;
        if (dots == 0 && commas == 0)
        {
            digits = token.ToString();
        }
        else if (commas == 0)
        {
            // Dots group thousands when every group after the first has three digits ("1.000", "1.000.000");
            // a lone dot with one or two digits after it is an English decimal ("3.5").
            if (GroupsOfThree(token, '.'))
            {
                digits = token.ToString().Replace(".", string.Empty, StringComparison.Ordinal);
            }
            else if (dots == 1)
            {
                digits = token.ToString();
            }
            else
            {
                return false;
            }
        }
        else if (dots == 0)
        {
            if (commas == 1)
            {
                digits = token.ToString().Replace(',', '.');
            }
            else if (GroupsOfThree(token, ','))
            {
                digits = token.ToString().Replace(",", string.Empty, StringComparison.Ordinal);
            }
            else
            {
                return false;
            }
        }
        else
        {
            // Both separators: the last one is the decimal mark ("1.234,5" or "1,234.5").
            var lastDot = token.LastIndexOf('.');
            var lastComma = token.LastIndexOf(',');
            var decimalMark = lastComma > lastDot ? ',' : '.';
            var groupMark = decimalMark == ',' ? '.' : ',';
            var markIndex = Math.Max(lastDot, lastComma);
            if (token[(markIndex + 1)..].Contains(groupMark) || token.Count(decimalMark) != 1
                || !GroupsOfThree(token[..markIndex], groupMark))
            {
                return false;
            }

            digits = token[..markIndex].ToString().Replace(groupMark.ToString(), string.Empty, StringComparison.Ordinal)
                + "." + token[(markIndex + 1)..].ToString();
        }

        if (digits.Replace(".", string.Empty, StringComparison.Ordinal).Length > MaxDigits)
        {
            return false;
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
            || parsed > MaxValue)
        {
            return false;
        }

        value = Trim(parsed);
        return true;
    }

    /// <summary>The value of a number word from one to ten, "tư" and "bẩy" included, and "nửa" (a half); null otherwise.</summary>
    public static decimal? OfWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.ToLowerInvariant() switch
        {
            "một" => 1m,
            "hai" => 2m,
            "ba" => 3m,
            "bốn" or "tư" => 4m,
            "năm" => 5m,
            "sáu" => 6m,
            "bảy" or "bẩy" => 7m,
            "tám" => 8m,
            "chín" => 9m,
            "mười" => 10m,
            "nửa" => 0.5m,
            _ => null,
        };
    }

    /// <summary>The multiplier of a scale word ("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm"), or null.</summary>
    public static decimal? ScaleOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.ToLowerInvariant() switch
        {
            "trăm" => 100m,
            "nghìn" or "ngàn" => 1_000m,
            "vạn" => 10_000m,
            "triệu" => 1_000_000m,
            "tỷ" or "tỉ" => 1_000_000_000m,
            _ => null,
        };
    }

    /// <summary>Multiplies, giving false instead of overflowing or passing <see cref="MaxValue"/>.</summary>
    public static bool TryScale(decimal value, decimal scale, out decimal result)
    {
        result = 0;
        if (value != 0 && scale > MaxValue / value)
        {
            return false;
        }

        result = Trim(value * scale);
        return true;
    }

    /// <summary>Drops trailing zeros of the scale so 4,7 × 10⁹ prints as 4700000000, not 4700000000.0.</summary>
    public static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    private static bool GroupsOfThree(ReadOnlySpan<char> token, char mark)
    {
        var first = true;
        foreach (var range in token.Split(mark))
        {
            var length = range.End.GetOffset(token.Length) - range.Start.GetOffset(token.Length);
            if (first)
            {
                if (length is < 1 or > 3)
                {
                    return false;
                }

                first = false;
            }
            else if (length != 3)
            {
                return false;
            }
        }

        return true;
    }
}
