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
    internal static List<string> Of(PageContext context, int index, string text, IReadOnlyList<TriggerHit> hits, TriggerHit hit, string title, int titleEnd)
    {
        if (Known(title, text, titleEnd) is { } known)
        {
            // "Mỹ rút khỏi Thoả thuận khí hậu Paris", "Nga vi phạm Hiệp ước INF", "Trung Quốc ủng hộ RCEP": a document
            // whose parties are published binds them, whichever states the sentence names beside it.
            return [.. known];
        }

        var actors = ActorFinder.InText(title);
        if (!ActorFinder.HasForeign(actors))
        {
            var (from, to) = OwnStretch(text, hits, hit);
            var stretch = MembershipOrVenue().Replace(text[from..to], m => m.Groups[1].Value + new string(' ', m.Groups[2].Length));
            actors.AddRange(ActorFinder.InText(stretch).Where(a => !actors.Contains(a, StringComparer.Ordinal)));
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

    private static readonly Lazy<IReadOnlyList<(string[] Parties, Regex Title)>> KnownParties = new(() =>
    [
        .. EmbeddedTable.Read("agreement-parties.tsv").Where(r => r.Length >= 2).Select(r => (
            r[0].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            new Regex(r[1], RegexOptions.CultureInvariant, EmbeddedTable.MatchTimeout))),
    ]);

    /// <summary>
    /// The published parties of a well-known document (<c>Data/events/agreement-parties.tsv</c>) whose title, with the
    /// acronym its sentence brackets right after it ("Kế hoạch hành động chung toàn diện (JCPOA)"), matches a row.
    /// </summary>
    private static string[]? Known(string title, string text, int titleEnd)
    {
        // Folded text is lower case: the acronyms follow as written, so "DOC" is not "độc" or "dọc".
        var acronyms = new List<string>();
        if (BracketAfter().Match(text, Math.Min(titleEnd, text.Length)) is { Success: true } bracket)
        {
            acronyms.Add(bracket.Groups[1].Value);
        }

        return KnownRow(title, acronyms) is { } row ? KnownParties.Value[row].Parties : null;
    }

    /// <summary>The row of the table that <paramref name="title"/> (with acronyms bracketed after it) matches, if any.</summary>
    private static int? KnownRow(string title, List<string> acronyms)
    {
        var named = VietnameseText.Fold(title) + " " + string.Join(' ', acronyms.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(IsAcronym)));
        try
        {
            for (var i = 0; i < KnownParties.Value.Count; i++)
            {
                if (KnownParties.Value[i].Title.IsMatch(named))
                {
                    return i;
                }
            }

            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The published parties of a well-known document named by <paramref name="title"/> alone, if any.</summary>
    internal static string[]? KnownByTitle(string title) => KnownRow(title, []) is { } row ? KnownParties.Value[row].Parties : null;

    /// <summary>
    /// Two titles whose words overlap name two documents when they name different well-known documents ("Hiệp định
    /// CPTPP" and "Hiệp định TPP"), or one names a well-known document and the other a name of its own the first lacks
    /// ("Hiệp định Đối tác xuyên Thái Bình Dương" and "Hiệp định đối tác Thương mại và Đầu tư xuyên Đại Tây Dương": most
    /// words shared, two treaties).
    /// </summary>
    internal static bool NameDifferentDocuments(string a, string b)
    {
        var ra = KnownRow(a, []);
        var rb = KnownRow(b, []);
        if (ra is null && rb is null)
        {
            return false;
        }

        if (ra is not null && rb is not null)
        {
            return ra != rb;
        }

        var (known, other) = ra is not null ? (a, b) : (b, a);
        var knownWords = VietnameseText.Fold(known).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return other.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Any(w => w.Length > 0 && char.IsUpper(w[0]) && !knownWords.Contains(VietnameseText.Fold(w)));
    }

    private static bool IsAcronym(string word) =>
        word.Length >= 2 && word.All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch)) && word.Count(char.IsAsciiLetterUpper) >= 2;

    // "Thổ Nhĩ Kỳ, một thành viên của NATO, … ký hợp đồng", "Ý trở thành nền kinh tế G7 đầu tiên ký …", "bên lề Hội nghị
    // thượng đỉnh doanh nghiệp APEC": an organisation named in an apposition of a state's membership, as what a state is
    // an economy of, or as the meeting on whose sidelines the sides signed is no party of the document (grammar: the
    // phrase describes the state or the occasion, not the signatories; "các nước thành viên ASEAN ký …", where the
    // members sign, is left alone). Session 15, study folders: 5 records given NATO, G7 or APEC so (Iceland's and
    // Turkey's deals, Italy's memorandum with China, a pharmaceutical contract at the APEC business summit); session 14's
    // audit: APEC as a party of the Paris agreement ("bên lề APEC tại Lima").
    // Group 1 is kept, group 2 (the organisation's name) is blanked.
    [GeneratedRegex(@"((?:,\s*(?:là\s+)?(?:một\s+)?thành viên (?:của|thuộc) |(?<![\p{L}\p{Mn}])nền kinh tế |(?<![\p{L}\p{Mn}])bên lề (?:(?:[\p{Ll}\p{Mn}]+|Hội nghị|Thượng đỉnh|Diễn đàn) ){0,6}))((?:\p{Lu}[\p{L}\p{Mn}]*(?: ?\d+)?)(?: \p{Lu}[\p{L}\p{Mn}]*(?: ?\d+)?){0,3})", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex MembershipOrVenue();

    [GeneratedRegex(@"\G\s*\(([A-Z][A-Z0-9]{1,9})\)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex BracketAfter();
}
