using System.Globalization;
using HopTac.Core.Extraction.Gazetteers;

namespace HopTac.Core.Extraction.Relevance;

/// <summary>
/// Tells pages about international cooperation or diplomacy from the rest (sport, crime, disasters,
/// entertainment, purely domestic news). A page is relevant when it names a foreign state or an international
/// organisation and its diplomatic cues (talks, visits, envoys, agreements, cooperation) outweigh the cues of the
/// other kinds of news. Cues and weights are data (<c>Data/relevance-cues.tsv</c>). Never throws.
/// </summary>
public static class RelevanceClassifier
{
    /// <summary>Text beyond this length is not read: the lead and first paragraphs decide.</summary>
    internal const int MaxTextLength = 20_000;

    /// <summary>A cue counts at most this many times, so one repeated word does not decide a page.</summary>
    private const int MaxHitsPerCue = 3;

    /// <summary>Cues of this weight or more name diplomacy itself (talks, envoys, agreements), not just business.</summary>
    private const double StrongCue = 3;

    private static readonly Lazy<Gazetteer> Cues = new(() => new Gazetteer(Gazetteer.ReadResource("relevance-cues.tsv"), caseSensitiveCapitals: true));

    public static bool IsRelevant(string? title, string text) => Score(title, text).IsRelevant;

    /// <summary>The evidence behind <see cref="IsRelevant"/>, for tuning and for explaining a decision.</summary>
    public static RelevanceScore Score(string? title, string? text)
    {
        var body = text ?? string.Empty;
        if (body.Length > MaxTextLength)
        {
            body = body[..MaxTextLength];
        }

        var head = title ?? string.Empty;
        if (head.Length > 1000)
        {
            head = head[..1000];
        }

        var positive = 0.0;
        var strong = 0.0;
        var negative = 0.0;
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (part, factor) in new[] { (head, 2.0), (body, 1.0) })
        {
            foreach (var match in Cues.Value.FindAll(part))
            {
                var key = match.Entry.Name;
                var seen = hits.GetValueOrDefault(key);
                if (seen >= MaxHitsPerCue)
                {
                    continue;
                }

                hits[key] = seen + 1;
                var weight = double.Parse(match.Entry.Value, CultureInfo.InvariantCulture) * factor;
                if (weight > 0)
                {
                    positive += weight;
                    strong += weight >= StrongCue * factor ? weight / factor : 0;
                }
                else
                {
                    negative -= weight;
                }
            }
        }

        var actors = GazetteerData.FindActors(head + "\n" + body)
            .Select(m => m.Entry.Value)
            .Where(code => !string.Equals(code, "VN", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return new RelevanceScore(positive, strong, negative, actors);
    }
}
