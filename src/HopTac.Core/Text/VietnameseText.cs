using System.Globalization;
using System.Text;

namespace HopTac.Core.Text;

/// <summary>
/// The one place Vietnamese text is normalised and folded.
/// <see cref="Normalize"/> runs on every input: NFC, the look-alike <c>Ð</c> (U+00D0, Icelandic eth) to <c>Đ</c>,
/// non-breaking and other odd spaces to a plain space, zero-width characters and soft hyphens removed, CR and CRLF
/// line ends to LF.
/// <see cref="Fold"/> makes search keys: marks stripped, <c>đ</c> to <c>d</c>, lower case. Folding never changes
/// the number of <see cref="string"/> elements of an NFC letter sequence except where marks are removed, so callers
/// must not use folded offsets against original text.
/// </summary>
public static class VietnameseText
{
    /// <summary>Normalises text for storage and extraction. Idempotent; null becomes the empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most text (every sentence, name and word extraction folds) holds none of the characters replaced below:
        // it goes straight to the NFC check without being copied through a builder.
        var s = text.AsSpan().IndexOfAny(Replaced) < 0 ? text : Replace(text);
        try
        {
            return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return s;
        }
    }

    // Every character Replace changes, drops or checks (surrogates: lone ones are replaced).
    private static readonly System.Buffers.SearchValues<char> Replaced = System.Buffers.SearchValues.Create(
        "\u00D0\u00F0\u0189\u00A0\u2007\u202F\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u3000"
        + "\u200B\u200C\u200D\u2060\uFEFF\u00AD\r\uFFFE\uFFFF" + Surrogates());

    private static string Surrogates()
    {
        var all = new char[0xE000 - 0xD800];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (char)(0xD800 + i);
        }

        return new string(all);
    }

    private static string Replace(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            switch (c)
            {
                case '\u00D0': builder.Append('\u0110'); break; // Ð → Đ
                case '\u00F0': builder.Append('\u0111'); break; // ð → đ (same confusion, lower case)
                case '\u0189': builder.Append('\u0110'); break; // Ɖ (African D) → Đ
                case '\u00A0':
                case '\u2007':
                case '\u202F':
                case '\u2000': case '\u2001': case '\u2002': case '\u2003': case '\u2004':
                case '\u2005': case '\u2006': case '\u2008': case '\u2009': case '\u200A':
                case '\u3000':
                    builder.Append(' ');
                    break;
                case '\u200B': // zero-width space
                case '\u200C': // zero-width non-joiner
                case '\u200D': // zero-width joiner
                case '\u2060': // word joiner
                case '\uFEFF': // BOM / zero-width no-break space
                case '\u00AD': // soft hyphen
                    break;
                case '\r':
                    // CRLF and old Mac CR line ends both become '\n'; ViMs files use lone CRs.
                    if (index + 1 >= text.Length || text[index + 1] != '\n')
                    {
                        builder.Append('\n');
                    }

                    break;
                case '\uFFFE':
                case '\uFFFF':
                    builder.Append('\uFFFD');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        // Lone surrogates and noncharacters make ICU normalisation throw; hostile input must not.
        for (var i = 0; i < builder.Length; i++)
        {
            if (char.IsHighSurrogate(builder[i]) && i + 1 < builder.Length && char.IsLowSurrogate(builder[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(builder[i]))
            {
                builder[i] = '\uFFFD';
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Folds text to a search key: marks stripped, <c>đ/Đ</c> to <c>d</c>, lower-cased invariantly.
    /// "Hợp tác Y tế" and "hop tac y te" fold to the same key. The fold is character for character: the result
    /// has the length of <c>Normalize(text)</c>, so an offset in the folded text is an offset in the normalised text.
    /// </summary>
    public static string Fold(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return normalized;
        }

        var table = FoldTable.Value;
        return string.Create(normalized.Length, normalized, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = table[source[i]];
            }
        });
    }

    /// <summary>The folded words of a text (runs of letters and digits, see <see cref="Fold"/>), in order, repeats kept.</summary>
    public static IEnumerable<string> FoldedWords(string? text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Folds one character (see <see cref="Fold"/>).</summary>
    public static char FoldChar(char c) => FoldTable.Value[c];

    private static readonly Lazy<char[]> FoldTable = new(BuildFoldTable);

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c;
            if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (c is '\u0110' or '\u0111')
            {
                table[i] = 'd';
                continue;
            }

            var folded = c;
            if (c >= '\u00C0')
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                if (decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark)
                {
                    folded = decomposed[0];
                }
            }

            table[i] = char.ToLowerInvariant(folded);
        }

        return table;
    }

    /// <summary>Collapses runs of spaces and tabs to one space and trims. Line breaks are kept.</summary>
    public static string CollapseSpaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t')
            {
                pendingSpace = builder.Length > 0 && builder[^1] != '\n';
                continue;
            }

            if (c == '\n')
            {
                pendingSpace = false;
            }
            else if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }
}
