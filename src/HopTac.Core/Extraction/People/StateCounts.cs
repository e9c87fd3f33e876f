using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Extraction.People;

/// <summary>
/// How often each sentence of a page names each foreign state, counted once per page so that the guess for every
/// person reads from the same counts. A state written right before a capitalised name is that person's office
/// ("vợ của Tổng thống Pháp Emmanuel Macron") and is not counted: it says nothing about anyone else.
/// </summary>
internal sealed class StateCounts
{
    private readonly Dictionary<int, List<(string State, int Count)>> bySentence = [];
    private readonly List<(string State, int Count)> page;

    public StateCounts(IReadOnlyList<Sentence> sentences)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var counts = Count(sentence, skipOthersOffices: true);
            bySentence[sentence.Start] = counts;
            foreach (var (state, count) in counts)
            {
                total[state] = total.GetValueOrDefault(state) + count;
            }
        }

        page = [.. total.Select(kv => (kv.Key, kv.Value))];
    }

    /// <summary>The counts over the sentences starting at <paramref name="starts"/>, in order of first naming.</summary>
    public List<(string State, int Count)> In(IReadOnlySet<int> starts) =>
        Sum(bySentence.Where(kv => starts.Contains(kv.Key)).OrderBy(kv => kv.Key).SelectMany(kv => kv.Value));

    /// <summary>The page's counts without the sentences starting at <paramref name="starts"/>.</summary>
    public List<(string State, int Count)> Without(IReadOnlySet<int> starts) =>
        starts.Count == 0 ? page : Sum(bySentence.Where(kv => !starts.Contains(kv.Key)).OrderBy(kv => kv.Key).SelectMany(kv => kv.Value));

    /// <summary>
    /// The most named state a person of the name's shape can belong to (NameShape), where it is named at least twice as
    /// often as the next such state; null where no state is clearly the most named.
    /// </summary>
    public static string? Clear(List<(string State, int Count)> counts, IReadOnlyList<string> parts)
    {
        var fitting = counts.Where(c => NameShape.Fits(parts, c.State)).OrderByDescending(c => c.Count).Take(2).ToList();
        return fitting.Count switch
        {
            0 => null,
            1 => fitting[0].State,
            _ => fitting[0].Count >= 2 * fitting[1].Count ? fitting[0].State : null,
        };
    }

    /// <summary>The foreign states one sentence names, with how often, in order of first naming.</summary>
    public static List<(string State, int Count)> Count(Sentence sentence, bool skipOthersOffices)
    {
        var counts = new List<(string State, int Count)>();
        if (sentence.Text.Length > MentionFinder.MaxSentenceLength)
        {
            return counts;
        }

        foreach (var match in GazetteerData.Countries.FindAll(sentence.Text))
        {
            if ((skipOthersOffices && NameFollows(sentence.Text, match.Start + match.Length))
                || string.Equals(match.Entry.Value, "VN", StringComparison.Ordinal))
            {
                continue;
            }

            var i = counts.FindIndex(c => string.Equals(c.State, match.Entry.Value, StringComparison.Ordinal));
            if (i < 0)
            {
                counts.Add((match.Entry.Value, 1));
            }
            else
            {
                counts[i] = (counts[i].State, counts[i].Count + 1);
            }
        }

        return counts;
    }

    private static List<(string State, int Count)> Sum(IEnumerable<(string State, int Count)> counts)
    {
        var result = new List<(string State, int Count)>();
        foreach (var (state, count) in counts)
        {
            var i = result.FindIndex(c => string.Equals(c.State, state, StringComparison.Ordinal));
            if (i < 0)
            {
                result.Add((state, count));
            }
            else
            {
                result[i] = (state, result[i].Count + count);
            }
        }

        return result;
    }

    /// <summary>A capitalised word after a space, then another: a person's name begins right here.</summary>
    private static bool NameFollows(string text, int end) =>
        end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])
        && text.IndexOf(' ', end + 1) is var space and > 0 && space + 1 < text.Length && char.IsUpper(text[space + 1]);
}
