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
            if (length == 1 && tokens[i].IsCapitalized && tokens[i].SpaceBefore
                && ((i > 0 && tokens[i - 1].IsCapitalized)
                    || ((i == 0 || !tokens[i - 1].IsWord) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].SpaceBefore)))
            {
                // A one-word name inside a run of capitalised words is part of a longer name: "Đức" in "Vũ Đức Minh".
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
