using System.Collections.Frozen;
using HopTac.Core.Data;
using HopTac.Core.Text;

namespace HopTac.Core.Partners;

/// <summary>
/// Every partner HopTac knows by name: the states of <c>countries.tsv</c> and the organisations of <c>blocs.tsv</c>
/// with every name those files give, plus the names shown and the English names of <c>partner-names.tsv</c>. Turns
/// what a person types ("Nga", "Liên bang Nga", "LB Nga", "Russia", "ru") into the actor code facts carry (RU), and
/// a code into "Nga (RU)". Loaded once; immutable and thread-safe.
/// </summary>
/// <remarks>
/// Resolution order, so that the marks and capitals a person typed decide first: a code as written ("MY" is
/// Malaysia); a name with its marks ("Mỹ" is the United States); a code in any case ("my"); a name without marks,
/// when only one partner has it. Names are compared word by word, so "Bê-la-rút", "bê la rút" and "Be La Rut" agree.
/// </remarks>
public sealed class PartnerDirectory
{
    private static readonly Lazy<PartnerDirectory> SharedLazy = new(Load);

    private readonly FrozenDictionary<string, PartnerName> byCode;
    private readonly FrozenDictionary<string, string> byMarkedKey;
    private readonly FrozenDictionary<string, string[]> byFoldedKey;

    internal PartnerDirectory(IEnumerable<PartnerName> partners, IEnumerable<(string Code, string Name)> names)
    {
        byCode = partners.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        var marked = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var folded = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (code, name) in names.Concat(byCode.Values.SelectMany(p => new[] { (p.Code, p.Vietnamese), (p.Code, p.English) })))
        {
            // A name that is another partner's code names that partner: "AU" written in a page may mean the African
            // Union, but typed as a partner it is Australia's code in any case ("au" too), never a guess between them.
            if (byCode.ContainsKey(name.Trim().ToUpperInvariant()) && !string.Equals(name.Trim().ToUpperInvariant(), code, StringComparison.Ordinal))
            {
                continue;
            }

            Add(marked, MarkedKey(name), code);
            Add(folded, FoldedKey(name), code);
        }

        // A name with marks naming two partners names neither: "Congo" must be told apart by the reader, not guessed.
        byMarkedKey = marked.Where(p => p.Value.Count == 1).ToFrozenDictionary(p => p.Key, p => p.Value.First(), StringComparer.Ordinal);
        byFoldedKey = folded.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        All = [.. byCode.Values.OrderBy(p => p.Code, StringComparer.Ordinal)];
    }

    /// <summary>The directory built from the data files shipped with HopTac.</summary>
    public static PartnerDirectory Shared => SharedLazy.Value;

    /// <summary>Every partner with a name, by code.</summary>
    public IReadOnlyList<PartnerName> All { get; }

    /// <summary>The names of the partner with this code (exactly as facts carry it), or null when it has none.</summary>
    public PartnerName? Find(string? code) => code is not null && byCode.TryGetValue(code, out var name) ? name : null;

    /// <summary>
    /// The actor code <paramref name="text"/> names ("Nga", "Russia", "ru" → RU), or null when it names no known
    /// partner or more than one. A code that is no known partner's comes back as null too: the caller decides whether
    /// an unknown code is worth asking the store about.
    /// </summary>
    public string? Resolve(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200)
        {
            return null;
        }

        if (byCode.ContainsKey(trimmed))
        {
            return trimmed;
        }

        if (byMarkedKey.TryGetValue(MarkedKey(trimmed), out var code))
        {
            return code;
        }

        var upper = trimmed.ToUpperInvariant();
        if (byCode.ContainsKey(upper))
        {
            return upper;
        }

        return byFoldedKey.TryGetValue(FoldedKey(trimmed), out var codes) && codes.Length == 1 ? codes[0] : null;
    }

    /// <summary>
    /// Partners whose code or one of whose names begins with <paramref name="text"/> (marks and case ignored), then
    /// those where a later word does, at most <paramref name="max"/>: the hints offered when a name finds nothing.
    /// </summary>
    public IReadOnlyList<PartnerName> Suggest(string? text, int max)
    {
        var key = FoldedKey(text);
        if (key.Length == 0 || max <= 0)
        {
            return [];
        }

        var starts = new SortedSet<string>(StringComparer.Ordinal);
        var inside = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, codes) in byFoldedKey)
        {
            var target = name.StartsWith(key, StringComparison.Ordinal) ? starts : name.Contains(" " + key, StringComparison.Ordinal) ? inside : null;
            target?.UnionWith(codes);
        }

        foreach (var code in byCode.Keys.Where(c => c.StartsWith(key, StringComparison.OrdinalIgnoreCase)))
        {
            starts.Add(code);
        }

        return [.. starts.Concat(inside.Except(starts)).Take(max).Select(c => byCode[c])];
    }

    /// <summary>"Nga (RU)" (or "Russia (RU)" in English); the code alone when no name is known.</summary>
    public string Label(string? code, bool english) =>
        Find(code) is { } name ? $"{name.In(english)} ({name.Code})" : code ?? string.Empty;

    /// <summary>"Nga"; the code alone when no name is known.</summary>
    public string Name(string? code, bool english) => Find(code)?.In(english) ?? code ?? string.Empty;

    /// <summary>The names of a partner compared with their marks: lower case, words joined by single spaces.</summary>
    internal static string MarkedKey(string? text) => string.Join(' ', Words(VietnameseText.Normalize(text).ToLowerInvariant()));

    /// <summary>The names compared without marks ("lien bang nga").</summary>
    internal static string FoldedKey(string? text) => string.Join(' ', VietnameseText.FoldedWords(text));

    // Runs of letters and digits, as VietnameseText.FoldedWords cuts them, so both keys agree on where words end.
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string code)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var codes))
        {
            codes = new HashSet<string>(StringComparer.Ordinal);
            map[key] = codes;
        }

        codes.Add(code);
    }

    private static PartnerDirectory Load()
    {
        var partners = new List<PartnerName>();
        var names = new List<(string, string)>();
        foreach (var row in DataFile.ReadRows("partner-names.tsv"))
        {
            partners.Add(new PartnerName(row[0], row[1], row[2]));
            if (row.Length > 3)
            {
                names.AddRange(row[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => (row[0], n)));
            }
        }

        foreach (var file in new[] { "countries.tsv", "blocs.tsv" })
        {
            foreach (var row in DataFile.ReadRows(file).Where(r => r.Length > 1 && r[0] != Extraction.Gazetteers.Gazetteer.NotAName))
            {
                names.AddRange(row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => (row[0], n)));
            }
        }

        return new PartnerDirectory(partners, names);
    }
}
