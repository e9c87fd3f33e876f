using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Areas;

/// <summary>
/// The cooperation areas a page discusses (facts.md "Areas"), in the order the page first raises them. An area counts
/// when its words (<c>Data/events/areas.tsv</c>) appear in a sentence about cooperation (it names working together,
/// help, agreements, exchanges, investment), so a field mentioned in passing does not. Never throws on messy text.
/// </summary>
public static partial class AreaClassifier
{
    private const int MaxSentences = 5000;
    private const int MaxSentenceLength = 2000;

    private static readonly Lazy<Gazetteer> Lexicon = new(() => new Gazetteer(Gazetteer.ReadResource("events.areas.tsv"), caseSensitiveCapitals: false));

    public static IReadOnlyList<string> Classify(IReadOnlyList<Sentence> sentences)
    {
        if (sentences is null)
        {
            return [];
        }

        var cued = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var sentence in sentences.Take(MaxSentences))
        {
            var text = sentence.Text.Length > MaxSentenceLength ? sentence.Text[..MaxSentenceLength] : sentence.Text;
            var about = IsAboutCooperation(text);
            foreach (var area in Lexicon.Value.FindAll(text).Select(m => m.Entry.Value))
            {
                all[area] = all.GetValueOrDefault(area) + 1;
                if (about)
                {
                    cued[area] = cued.GetValueOrDefault(area) + 1;
                }

                if (!order.Contains(area, StringComparer.Ordinal))
                {
                    order.Add(area);
                }
            }
        }

        // The page's main subject counts even where no sentence says "cooperation": a report on missile tests is
        // about defence and security.
        var main = all.Where(kv => kv.Value >= MainSubjectMentions && !kv.Key.StartsWith(Weak, StringComparison.Ordinal))
            .OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
        var found = order.Where(a => cued.GetValueOrDefault(a) >= MinimumMentions(a) || string.Equals(a, main, StringComparison.Ordinal)).ToList();
        var aboutHealth = found.Any(HealthAreas.Contains);
        var result = new List<string>();
        foreach (var area in found)
        {
            var code = area.StartsWith(Weak, StringComparison.Ordinal) ? area[1..] : area;
            if ((code.Length == area.Length || aboutHealth) && !result.Contains(code, StringComparer.Ordinal))
            {
                result.Add(code);
            }
        }

        return result;
    }

    /// <summary>Marks words that name an area only on a page about health (areas.tsv).</summary>
    private const string Weak = "~";

    // facts.md "Areas", Health.
    private static readonly HashSet<string> HealthAreas = new(
        ["health", "vaccines", "pharmaceuticals", "medical_equipment", "medical_services", "oncology", "maternal_child_health",
         "rare_diseases", "infectious_diseases", "digital_health", "medical_tourism", "hospital_management", "biotechnology"],
        StringComparer.Ordinal);

    private const int MainSubjectMentions = 3;

    /// <summary>
    /// "Health" in general terms needs several mentions: a page on trade or security names "y tế" once in a list
    /// of everything; a health page names it throughout.
    /// </summary>
    private static int MinimumMentions(string area) => string.Equals(area, "health", StringComparison.Ordinal) ? 4 : 1;

    private static bool IsAboutCooperation(string text)
    {
        try
        {
            return CooperationCue().IsMatch(VietnameseText.Fold(text));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\b(?:hop tac|ho tro|chuyen giao|trao doi|ky ket|thoa thuan|ghi nho|hiep dinh|linh vuc|doi tac|vien tro|trao tang|giup do|lien doanh|lien ket|chia se|cung cap|hai nuoc|hai ben|song phuong|da phuong)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CooperationCue();
}
