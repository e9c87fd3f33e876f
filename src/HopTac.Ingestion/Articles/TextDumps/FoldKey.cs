using System.Globalization;
using System.Text;
using HopTac.Core.Text;

namespace HopTac.Ingestion.Articles.TextDumps;

/// <summary>
/// Comparison keys for lines: marks stripped, đ to d, lower case, spaces collapsed — the same keys as
/// <see cref="VietnameseText.Fold"/>. Kept here because Core's fold table currently throws on the first call
/// (it normalises noncharacters such as U+FFFE, which ICU rejects); extraction must not throw.
/// </summary>
internal static class FoldKey
{
    private static readonly Lazy<char[]> Table = new(Build);

    public static string Of(string text)
    {
        var table = Table.Value;
        var collapsed = VietnameseText.CollapseSpaces(text);
        return string.Create(collapsed.Length, collapsed, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = table[source[i]];
            }
        });
    }

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c;
            if (c < '\u00C0')
            {
                table[i] = char.ToLowerInvariant(c);
                continue;
            }

            if (c is '\u0110' or '\u0111')
            {
                table[i] = 'd';
                continue;
            }

            // Only letters decompose into base + marks; asking ICU about surrogates and noncharacters throws.
            if (!char.IsLetter(c))
            {
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var folded = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0]
                : c;
            table[i] = char.ToLowerInvariant(folded);
        }

        return table;
    }
}
