using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using HopTac.Core.Text;

namespace HopTac.Core.Knowledge;

/// <summary>
/// The folded content words of a title or sentence, to compare two texts by their Dice overlap. Function words and
/// the words every cooperation title shares ("bản ghi nhớ", "hợp tác", "Việt Nam") are dropped: two titles alike
/// only in those words are not alike. Numbers are dropped too (figures are compared by value, not as words).
/// </summary>
internal static class ContentWords
{
    private const int MaxChars = 2_000;

    // Folded; words that say nothing about which document or which figure is meant.
    private static readonly FrozenSet<string> Stop = FrozenSet.Create(
        StringComparer.Ordinal,
        "va", "voi", "cua", "cho", "ve", "giua", "tai", "trong", "tren", "duoi", "theo", "nhu", "la", "cac", "nhung",
        "mot", "hai", "ba", "nay", "do", "da", "dang", "se", "duoc", "bi", "thi", "ma", "khi", "tu", "den", "ra", "vao",
        "co", "khong", "cung", "con", "nhat", "hon", "nhieu", "rat", "vua", "moi", "lai", "ong", "ba", "nam", "thang",
        "ngay", "the", "of", "and", "on", "in", "for", "to", "a", "an", "nuoc", "hop", "tac", "ban", "ghi", "nho",
        "hiep", "dinh", "thoa", "thuan", "tuyen", "bo", "chung", "ke", "hoach", "hanh", "dong", "chuong", "trinh",
        "viet", "linh", "vuc", "ky", "ket", "nghi", "dinh", "thu", "van", "kien", "gan", "khoang", "tong", "so", "tren",
        "muc", "cap", "chinh", "phu", "quoc", "gia", "lien", "quan", "ho", "tro", "phat", "trien", "nguoi", "usd",
        "trieu", "ty", "nghin", "ngan", "tram", "muoi", "chuc", "lan",
        "thong", "tuong", "truong", "tich", "chu", "thu", "gap", "go", "tiep", "tham", "dam", "hoi", "dien", "ngoai");

    // The words of a text instance, kept while the text lives (the mention holding it is cached by the consolidation
    // unit): a component's pairs are scored at every walk and re-clustering, and each score folded both texts again
    // (a tenth of consolidation at 26,000 pages). Keyed by instance, so the table never holds a text alive.
    private static readonly ConditionalWeakTable<string, Kept> Known = new();

    public static IReadOnlySet<string> Of(string? text, string? except = null)
    {
        if (text is null)
        {
            return Compute(text, except);
        }

        if (Known.TryGetValue(text, out var kept) && string.Equals(kept.Except, except, StringComparison.Ordinal))
        {
            return kept.Words;
        }

        var words = Compute(text, except);
        Known.AddOrUpdate(text, new Kept(except, words));
        return words;
    }

    private static HashSet<string> Compute(string? text, string? except)
    {
        var skip = except is null ? null : Of(except);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in VietnameseText.FoldedWords(text is { Length: > MaxChars } ? text[..MaxChars] : text))
        {
            if (!Stop.Contains(word) && !word.Any(char.IsDigit) && skip?.Contains(word) != true)
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Dice coefficient of two word sets: 2|A∩B| / (|A|+|B|); 0 when either is empty.</summary>
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }

    private sealed record Kept(string? Except, IReadOnlySet<string> Words);
}
