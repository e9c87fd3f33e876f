using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Agreements;

/// <summary>
/// One record per document: two namings of one title, a full name and its acronym, and a description of a named
/// document are merged.
/// </summary>
internal static partial class AgreementMerge
{
    /// <summary>
    /// "Hiệp ước Các lực lượng hạt nhân tầm trung (INF)" and, later, "Hiệp ước INF": the press gives a document's acronym
    /// in brackets after its full name and then names it by the acronym; both are one document (one record per
    /// document, facts.md), kept under the full name. In folders 300-449, 19 pairs (INF, CPTPP, TPP, EVFTA, RCEP, MOU,
    /// TFA). A title holding two acronyms ("Hiệp định EVFTA và EVIPA") names two documents and is left alone.
    /// </summary>
    internal static List<AgreementFact> MergeAcronyms(List<AgreementFact> found)
    {
        if (found.Count < 2)
        {
            return found;
        }

        var named = found.Select(BracketedAcronym).ToList();
        var merged = new List<AgreementFact>(found);
        for (var i = 0; i < found.Count; i++)
        {
            var codes = found[i].Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(IsAcronym).ToList();
            if (codes.Count != 1)
            {
                continue;
            }

            var full = Enumerable.Range(0, found.Count).FirstOrDefault(j => j != i && named[j] is { } code
                && string.Equals(code, codes[0], StringComparison.Ordinal)
                && string.Equals(found[j].Type, found[i].Type, StringComparison.Ordinal)
                && !found[j].Title.Contains(code, StringComparison.Ordinal), -1);
            if (full < 0)
            {
                continue;
            }

            var at = merged.IndexOf(found[full]);
            merged[at] = merged[at] with { Date = merged[at].Date ?? found[i].Date, Period = merged[at].Period ?? found[i].Period };
            merged.Remove(found[i]);
        }

        return merged;
    }

    /// <summary>The acronym written in brackets right after a document's title in its sentence, if any.</summary>
    private static string? BracketedAcronym(AgreementFact fact)
    {
        if (fact.Title.Length < 2)
        {
            return null;
        }

        var at = fact.Evidence.IndexOf(fact.Title[1..], StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var match = BracketAfterTitle().Match(fact.Evidence, at + fact.Title.Length - 1);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool IsAcronym(string word) =>
        word.Length >= 2 && word.All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch)) && word.Count(char.IsAsciiLetterUpper) >= 2;

    /// <summary>
    /// "Thoả thuận tăng cường hợp tác quốc phòng song phương được ký …" beside "Tuyên bố tầm nhìn chung về thúc đẩy quan
    /// hệ quốc phòng …": an agreement told in common words about the field of a document the page names is that
    /// document (one record per document, and the named one carries its title).
    /// </summary>
    internal static bool DescribesAnother(AgreementFact fact, IReadOnlyList<AgreementFact> all)
    {
        var words = fact.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!string.Equals(fact.Type, "agreement", StringComparison.Ordinal) || words.Length < 3
            || !VietnameseText.Fold(words[0]).StartsWith("tho", StringComparison.OrdinalIgnoreCase)
            || !words.Skip(1).All(w => w.Length > 0 && !char.IsUpper(w[0])))
        {
            return false;
        }

        var field = words.Skip(2).Select(w => VietnameseText.Fold(w)).Where(w => !CommonInDescriptions.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return field.Count > 0 && all.Any(other => !ReferenceEquals(other, fact) && !string.Equals(other.Type, fact.Type, StringComparison.Ordinal)
            && other.Title.Split(' ').Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0]))
            && other.Actors.Intersect(fact.Actors, StringComparer.Ordinal).Any(a => !string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal))
            && VietnameseText.Fold(other.Title).Split(' ').Count(field.Contains) >= Math.Min(2, field.Count));
    }

    private static readonly HashSet<string> CommonInDescriptions = new(
        ["hop", "tac", "tang", "cuong", "song", "phuong", "thuc", "day", "mo", "rong", "ve", "giua", "hai", "nuoc", "ben", "quan", "he", "cac", "va", "linh", "vuc", "trong", "moi"],
        StringComparer.Ordinal);

    internal static void Add(List<AgreementFact> found, AgreementFact fact)
    {
        var index = found.FindIndex(f => string.Equals(f.Type, fact.Type, StringComparison.Ordinal) && SameTitle(f.Title, fact.Title)
            && !AgreementParties.NameDifferentDocuments(f.Title, fact.Title));
        if (index < 0)
        {
            found.Add(fact);
            return;
        }

        var old = found[index];
        var title = old.Title.Length >= fact.Title.Length ? old.Title : fact.Title;
        found[index] = old with
        {
            Title = title,
            Date = old.Date ?? fact.Date,
            Period = old.Period ?? fact.Period,
            // A well-known document keeps its published parties however often it is named; the union would add the
            // states each naming's sentence gave a title the table did not recognise ("Hiệp định CPTPP" and a run-on
            // naming given the United States).
            Actors = AgreementParties.KnownByTitle(title) is { } known ? [.. known]
                : AgreementParties.KnownByTitle(old.Title) is { } oldKnown ? [.. oldKnown]
                : AgreementParties.KnownByTitle(fact.Title) is { } newKnown ? [.. newKnown]
                : [.. old.Actors.Union(fact.Actors, StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// Two namings of one document: most words of the shorter title are in the longer ("Bản ghi nhớ hợp tác giữa Bộ Y tế
    /// Việt Nam và Bộ Y tế Belarus" and its long form), or the shorter is the bare noun ("Bản ghi nhớ").
    /// </summary>
    internal static bool SameTitle(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        var (shorter, longer) = wa.Count <= wb.Count ? (wa, wb) : (wb, wa);
        if (shorter.Count == 0)
        {
            return true;
        }

        var shared = shorter.Count(longer.Contains);
        return shorter.Count <= 3 ? shared == shorter.Count : shared >= 0.7 * shorter.Count;
    }

    private static HashSet<string> Words(string title) =>
        [.. VietnameseText.Fold(title).Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("bien" or "ban" or "cua" or "va" or "nuoc"))];

    [GeneratedRegex(@"\G\s*\(([A-Z][A-Z0-9]{1,9})\)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex BracketAfterTitle();
}
