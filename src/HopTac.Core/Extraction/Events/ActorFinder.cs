using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.Events;

/// <summary>States and blocs (facts.md "Actors") named in a text or acting through the people named in it.</summary>
internal static class ActorFinder
{
    internal const string Vietnam = "VN";

    internal static List<string> InText(string text)
    {
        var result = new List<string>();
        foreach (var match in GazetteerData.FindActors(text))
        {
            if (!result.Contains(match.Entry.Value, StringComparer.Ordinal))
            {
                result.Add(match.Entry.Value);
            }
        }

        // "Mỹ - Triều", "liên Triều": short names that are states only in a pair.
        foreach (var code in StatePairs.InText(text))
        {
            if (!result.Contains(code, StringComparer.Ordinal))
            {
                result.Add(code);
            }
        }

        return result;
    }

    internal static List<string> Of(string text, IEnumerable<Person> participants)
    {
        var result = InText(text);
        foreach (var country in participants.Select(p => p.Country).OfType<string>())
        {
            if (!result.Contains(country, StringComparer.Ordinal))
            {
                result.Add(country);
            }
        }

        return result;
    }

    /// <summary>The foreign actor the page names most often: the partner of a bilateral report.</summary>
    internal static string? MainForeign(IEnumerable<string> texts, IEnumerable<Person> people)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var match in GazetteerData.FindActors(text))
            {
                counts[match.Entry.Value] = counts.GetValueOrDefault(match.Entry.Value) + 1;
            }
        }

        foreach (var country in people.Select(p => p.Country).OfType<string>())
        {
            counts[country] = counts.GetValueOrDefault(country) + 1;
        }

        counts.Remove(Vietnam);
        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>A state's ISO 3166-1 code ("RU"), not a bloc's or an organisation's ("EU", "ASEAN", "NATO").</summary>
    internal static bool IsState(string actor) => actor.Length == 2 && char.IsAsciiLetterUpper(actor[0]) && char.IsAsciiLetterUpper(actor[1]) && actor is not ("EU" or "UN" or "WB");

    internal static bool HasForeign(IEnumerable<string> actors) => actors.Any(a => !string.Equals(a, Vietnam, StringComparison.Ordinal));
}
