using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Knowledge;

/// <summary>
/// Stable keys of mentions: a hash of the source and the fact's defining fields (kind, type, date, folded evidence),
/// never of row ids or offsets, so the same page re-extracted by the same rules yields the same keys. Facts that
/// share all those fields on one page are told apart by their occurrence number. Keys are 16 lower-case hex digits
/// prefixed by the kind letter: <c>e</c> event, <c>a</c> agreement, <c>f</c> figure, <c>p</c> person.
/// </summary>
public static class MentionKeys
{
    public static string Event(string source, EventFact fact, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Make('e', source, occurrence, fact.Type, fact.Date, fact.Evidence);
    }

    public static string Agreement(string source, AgreementFact fact, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Make('a', source, occurrence, fact.Type, fact.Title, fact.Evidence);
    }

    public static string Figure(string source, Figure fact, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Make('f', source, occurrence, fact.Value.ToString(CultureInfo.InvariantCulture), fact.Unit, fact.Evidence);
    }

    public static string Person(string source, Person fact, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Make('p', source, occurrence, PersonIdentity.Key(fact.Name), null, null);
    }

    /// <summary>Keys for every fact of a page, in the page's order; duplicates get occurrence 1, 2, ….</summary>
    public static IReadOnlyList<string> ForAll<T>(string source, IReadOnlyList<T> facts, Func<string, T, int, string> key)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(key);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>(facts.Count);
        foreach (var fact in facts)
        {
            var first = key(source, fact, 0);
            var n = seen.TryGetValue(first, out var count) ? count + 1 : 0;
            seen[first] = n;
            keys.Add(n == 0 ? first : key(source, fact, n));
        }

        return keys;
    }

    private static string Make(char kind, string source, int occurrence, string? a, string? b, string? evidence)
    {
        var text = string.Join(
            '\u001f',
            source ?? string.Empty,
            occurrence.ToString(CultureInfo.InvariantCulture),
            VietnameseText.Fold(a ?? string.Empty),
            VietnameseText.Fold(b ?? string.Empty),
            VietnameseText.Fold(evidence ?? string.Empty));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return kind + Convert.ToHexStringLower(hash[..8]);
    }
}
