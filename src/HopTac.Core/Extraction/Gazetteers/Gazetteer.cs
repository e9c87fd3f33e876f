using System.Reflection;

namespace HopTac.Core.Extraction.Gazetteers;

/// <summary>
/// A list of names (states, organisations, offices) matched word by word, ignoring case and old/new tone-mark
/// placement, longest name first. A name the data file writes with a capital must be capitalised in the text too,
/// so the country "Anh" is not the pronoun "anh" and "Mỹ" is not "mỹ thuật". Immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>
    /// The value of data rows that list look-alikes of names ("Pháp luật", a common noun, beside "Pháp", France):
    /// where such a phrase is the longest match, nothing matches, in every lookup of the gazetteer.
    /// </summary>
    public const string NotAName = "-";

    private readonly Dictionary<string, List<Entry>> byFirstKey = new(StringComparer.Ordinal);

    internal Gazetteer(IEnumerable<GazetteerEntry> entries, bool caseSensitiveCapitals)
    {
        foreach (var entry in entries)
        {
            var tokens = Tokenizer.Tokenize(entry.Name);
            if (tokens.Count == 0)
            {
                continue;
            }

            var keys = tokens.Select(t => t.IsWord ? t.Key : t.Text).ToArray();
            var needsCapital = caseSensitiveCapitals && tokens[0].IsCapitalized;
            if (!byFirstKey.TryGetValue(keys[0], out var list))
            {
                list = [];
                byFirstKey[keys[0]] = list;
            }

            // An acronym ("UN", "EU", "WHO") must be written in capitals: "Kim Jong Un" is not the United Nations.
            var acronym = caseSensitiveCapitals && tokens[0].Text.Length >= 2 && tokens[0].Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
            list.Add(new Entry(entry, keys, needsCapital, acronym, string.Equals(entry.Value, NotAName, StringComparison.Ordinal)));
        }

        foreach (var list in byFirstKey.Values)
        {
            list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        }

        Entries = [.. byFirstKey.Values.SelectMany(l => l).Where(e => !e.Blocks).Select(e => e.Value).Distinct()];
    }

    /// <summary>Every entry, each name once.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>
    /// Every non-overlapping match in <paramref name="text"/>, left to right, longest first. A one-word name right
    /// after a capitalised word is skipped: in Vietnamese, bodies end in a lower-case word ("Bộ Ngoại giao Nga"),
    /// so a capitalised word before it makes it part of a personal name ("Vũ Đức Minh", "Trần Quốc Anh"); so does
    /// one after it at the start of a clause ("Đức Huy phát biểu").
    /// </summary>
    public IReadOnlyList<GazetteerMatch> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var tokens = Tokenizer.Tokenize(text);
        var result = new List<GazetteerMatch>();
        for (var i = 0; i < tokens.Count;)
        {
            var length = MatchAt(tokens, i, out var entry);
            if (length == 1 && IsPersonalNameAt(tokens, i))
            {
                i++;
                continue;
            }

            if (length > 0)
            {
                var last = tokens[i + length - 1];
                result.Add(new GazetteerMatch(entry!, tokens[i].Start, last.End - tokens[i].Start));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the one-word name at <paramref name="i"/> is here a personal name, not the place or state it also
    /// names. Many Vietnamese given names are state names ("Nga" is Russia, "Anh" Britain, "Đức" Germany, "Nhật",
    /// "Mỹ", "Pháp", "Lào"): the sentence tells which. A name inside a run of capitalised words is part of a longer
    /// name ("Đức" in "Vũ Đức Minh", "Lê Thị Nga"), as is one opening a run at the start of a clause ("Đức Huy phát
    /// biểu"); after a word that addresses or describes a person ("bà Nga", "chị Anh", "bị cáo Nga") it is that person.
    /// Bodies end in a lower-case word ("Bộ Ngoại giao Nga"), and the words that make it a state ("nước Nga", "phía
    /// Nga", "Tổng thống Nga", "Việt - Nga") are none of these, so they keep the state.
    /// </summary>
    internal static bool IsPersonalNameAt(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsCapitalized || !token.SpaceBefore || token.Text.Skip(1).Any(char.IsUpper) || (i > 0 && tokens[i - 1].IsWord && StateCues.Contains(tokens[i - 1].Key)))
        {
            return false;
        }

        if (i > 0 && tokens[i - 1].IsCapitalized)
        {
            // "Việt Nga" (Viet Nam and Russia, written without the dash) pairs two states.
            return !string.Equals(tokens[i - 1].Key, KeyViet, StringComparison.Ordinal);
        }

        if ((i == 0 || !tokens[i - 1].IsWord) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].SpaceBefore)
        {
            return true;
        }

        if (i > 0 && tokens[i - 1].IsWord && PersonWords.Contains(tokens[i - 1].Key))
        {
            return true;
        }

        return i > 1 && tokens[i - 1].IsWord && tokens[i - 2].IsWord
            && PersonPhrases.Contains(tokens[i - 2].Key + " " + tokens[i - 1].Key);
    }

    // Words after which the name is the state's, capitalised at a sentence's start or not: "Phía Nga", "Người Anh",
    // "nước Đức", "quân đội Mỹ", "sang Nhật", "giữa Việt Nam và Lào" (Vietnamese grammar: nouns of side, people,
    // language and the state's bodies, and the prepositions of movement and relation).
    private static readonly HashSet<string> StateCues = new(
        new[] { "phía", "nước", "người", "tiếng", "quân", "đội", "chính", "phủ", "quán", "thống", "tướng", "trưởng", "giao", "và", "với", "tại", "ở", "sang", "đến", "tới", "từ", "của", "bên", "giữa", "thăm", "hai", "các", "đoàn", "sứ" }
            .Select(CanonicalText.Key),
        StringComparer.Ordinal);

    // Words written before a person's given name, never before a state's name: forms of address and kinship
    // (Vietnamese grammar addresses people by these), and the roles of court and crime reports; not "bố" (father),
    // which ends "tuyên bố", "công bố". An acronym ("ASEAN") is never a given name. "người Nga" (a
    // Russian), "tiếng Nga" (the language), "sinh viên Nga", "cô gái Nga" (a Russian student, girl) are not among
    // them: there the word is the state.
    private static readonly HashSet<string> PersonWords = new(
        new[] { "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "bé", "con", "vợ", "chồng", "mẹ", "cha", "dì", "thím", "mợ", "tên", "nàng", "chàng", "thầy", "ngài", "cậu" }
            .Select(CanonicalText.Key),
        StringComparer.Ordinal);

    private static readonly HashSet<string> PersonPhrases = new(
        new[] { "bị cáo", "bị can", "nạn nhân", "nghi phạm", "chị gái", "em gái", "bạn gái" }
            .Select(CanonicalText.PhraseKey),
        StringComparer.Ordinal);

    private static readonly string KeyViet = CanonicalText.Key("Việt");

    /// <summary>The entry whose name is exactly <paramref name="phrase"/> (case and tone placement ignored), or null.</summary>
    public GazetteerEntry? Lookup(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        var tokens = Tokenizer.Tokenize(phrase);
        var length = MatchAt(tokens, 0, out var entry, ignoreCapitals: true);
        return length == tokens.Count ? entry : null;
    }

    /// <summary>Length in tokens of the longest entry starting at <paramref name="index"/>, 0 when none.</summary>
    internal int MatchAt(IReadOnlyList<Token> tokens, int index, out GazetteerEntry? entry, bool ignoreCapitals = false)
    {
        entry = null;
        if (index >= tokens.Count)
        {
            return 0;
        }

        var first = tokens[index];
        var firstKey = first.IsWord ? first.Key : first.Text;
        if (!byFirstKey.TryGetValue(firstKey, out var candidates))
        {
            return 0;
        }

        foreach (var candidate in candidates)
        {
            if (index + candidate.Keys.Length > tokens.Count || (candidate.NeedsCapital && !ignoreCapitals && !first.IsCapitalized)
                || (candidate.Acronym && !ignoreCapitals && first.Text.Any(char.IsLower)))
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < candidate.Keys.Length && ok; k++)
            {
                var token = tokens[index + k];
                ok = string.Equals(token.IsWord ? token.Key : token.Text, candidate.Keys[k], StringComparison.Ordinal);
            }

            // A name ends at a word boundary: "Nga" is not the start of a longer hyphen-joined name "Nga-Ukraine" only
            // when followed by a letter with no space, which the tokenizer already splits, so nothing more to check.
            if (ok)
            {
                if (candidate.Blocks)
                {
                    // The longest name here is a listed look-alike ("Pháp luật" is law, not France): no match.
                    return 0;
                }

                entry = candidate.Value;
                return candidate.Keys.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Reads an embedded TSV resource: lines starting with '#' are comments, the first other line is a header,
    /// then <c>value TAB name|name|...</c>, or a single column of names (the value is then the name).
    /// </summary>
    internal static IEnumerable<GazetteerEntry> ReadResource(string fileName)
    {
        var entries = new List<GazetteerEntry>();
        foreach (var columns in Data.DataFile.ReadRows(fileName))
        {
            var value = columns[0].Trim();
            var names = columns.Length > 1 ? columns[1].Split('|') : [value];
            entries.AddRange(names.Select(n => n.Trim()).Where(n => n.Length > 0).Select(n => new GazetteerEntry(n, value)));
        }

        return entries;
    }

    private sealed record Entry(GazetteerEntry Value, string[] Keys, bool NeedsCapital, bool Acronym, bool Blocks);
}
