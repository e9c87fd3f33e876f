using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Agreements;

/// <summary>
/// The states and organisations a document binds: those its title names, else those of its own stretch of the
/// sentence, else the nearest foreign state, with Vietnam where the page is about Vietnam.
/// </summary>
internal static partial class AgreementParties
{
    /// <summary>The parties of the document at <paramref name="hit"/> whose title is <paramref name="title"/>.</summary>
    internal static List<string> Of(PageContext context, int index, string text, IReadOnlyList<TriggerHit> hits, TriggerHit hit, string title)
    {
        if (ConductInSouthChinaSea().IsMatch(VietnameseText.Fold(title)))
        {
            // The Declaration on the Conduct of Parties in the South China Sea (2002) and the code negotiated
            // after it bind ASEAN and China, whoever the sentence also names.
            return ["ASEAN", "CN"];
        }

        var actors = ActorFinder.InText(title);
        if (!ActorFinder.HasForeign(actors))
        {
            var (from, to) = OwnStretch(text, hits, hit);
            actors.AddRange(ActorFinder.InText(text[from..to]).Where(a => !actors.Contains(a, StringComparer.Ordinal)));
        }

        if (!ActorFinder.HasForeign(actors) && context.NearbyForeign(index) is { } borrowed)
        {
            actors.Add(borrowed);
        }

        if (!actors.Contains(ActorFinder.Vietnam, StringComparer.Ordinal) && context.AboutVietnam
            && actors.Count(a => !string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal)) == 1
            && !string.Equals(hit.Type, "declaration", StringComparison.Ordinal))
        {
            actors.Add(ActorFinder.Vietnam);
        }

        return actors;
    }

    /// <summary>
    /// The stretch of a sentence whose states are a document's parties when its title names none: up to the next
    /// document the sentence names and back to the one before ("phê chuẩn Hiệp định CPTPP, ký Hiệp định thương mại tự do
    /// Việt Nam - EU và Hiệp định RCEP": the EU is the second document's party, not the third's).
    /// </summary>
    private static (int From, int To) OwnStretch(string text, IReadOnlyList<TriggerHit> hits, TriggerHit hit)
    {
        var from = hits.Where(h => h.End <= hit.Start).Select(h => Math.Min(hit.Start, AgreementTitle.TitleEnd(text, h))).DefaultIfEmpty(0).Max();
        var to = hits.Where(h => h.Start >= hit.End).Select(h => h.Start).DefaultIfEmpty(text.Length).Min();
        return (from, to);
    }

    [GeneratedRegex(@"\bung xu\b.*\bbien dong\b|\bdoc\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ConductInSouthChinaSea();
}
