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
        actors.RemoveAll(IsDocument);
        if (!ActorFinder.HasForeign(actors))
        {
            var (from, to) = OwnStretch(text, hits, hit);
            var stretch = WithoutBystanders(text, titleEnd)[from..to];
            actors.AddRange(ActorFinder.InText(stretch).Where(a => !actors.Contains(a, StringComparer.Ordinal) && !IsDocument(a)));
        }

        if (!ActorFinder.HasForeign(actors) && context.NearbyForeign(index) is { } borrowed && !IsDocument(borrowed))
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
    /// The sentence with the names of states and organisations that are no side of a document ending at
    /// <paramref name="titleEnd"/> blanked (same length, so offsets hold): a membership, an economy of a bloc or a
    /// meeting's sidelines; an appositive that describes a state or the deal; and, after the document, the target, the
    /// consequence or the concession of the clause (see <see cref="NotASide"/>).
    /// </summary>
    internal static string WithoutBystanders(string text, int titleEnd)
    {
        var blanked = MembershipOrVenue().Replace(text, m => m.Groups[1].Value + new string(' ', m.Groups[2].Length));
        return NotASide().Replace(blanked, m => m.Groups["after"].Success && m.Index < titleEnd ? m.Value : new string(' ', m.Length));
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

        if (KnownRow(title, acronyms) is { } row)
        {
            return KnownParties.Value[row].Parties;
        }

        // "mặc dù có bất đồng … về vấn đề biến đổi khí hậu, … thực thi đầy đủ Hiệp định Paris": the bare name is the
        // climate agreement's or the 1973 peace accords' (the parties table leaves it alone); a sentence about the climate
        // tells which. Session 16, study folders: 3 such records, given France, the United States, China, the EU or G7.
        return BareParis().IsMatch(VietnameseText.Fold(title)) && ClimateWord().IsMatch(VietnameseText.Fold(text))
            && KnownRow("Hiệp định khí hậu Paris", []) is { } climate
            ? KnownParties.Value[climate].Parties
            : null;
    }

    [GeneratedRegex(@"^(?:hiep dinh|tho?a thuan) paris$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex BareParis();

    [GeneratedRegex(@"\bkhi hau\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ClimateWord();

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

    /// <summary>
    /// "gia nhập AEC, TPP và ký kết hiệp định thương mại tự do với Liên minh châu Âu", "Hiệp định EVFTA … cùng CPTPP": the
    /// gazetteer reads "TPP" and "CPTPP" as a bloc (the sides of events held under it), but the acronym names a trade
    /// agreement, and one document is no party of another (facts.md: parties are states and organisations). The CPTPP's
    /// own record takes its signatories from the parties table. Session 16, study folders: 10 records given "CPTPP" so,
    /// none of them the CPTPP's own (the EVFTA, the Eurasian FTA, a company's contracts, the RCEP).
    /// </summary>
    private static bool IsDocument(string actor) => string.Equals(actor, "CPTPP", StringComparison.Ordinal);

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

    // States named where the sentence describes, aims at or is affected by the deal are no side of it (grammar: the
    // phrase is neither the subject nor the object of the signing clause):
    // - an appositive after a name and a comma, an indefinite noun phrase of what a state or a deal is ("Thổ Nhĩ Kỳ, một
    //   thành viên của NATO và là đồng minh thân cận với Mỹ, ký hợp đồng …", "… mua tên lửa Patriot từ Mỹ, một vụ mua
    //   bán có thể chọc giận Nga"), up to the next comma; its head noun is one that describes ("thành viên", "đồng minh",
    //   "đối tác", "vụ", "thương vụ", "động thái", "bước"), so a subject after a fronted phrase ("Trong hai tuần tới, một
    //   phái đoàn quân sự Cuba … sẽ ký") is not taken for one;
    // - the occasion "bên lề …" (on the sidelines of a meeting, with its place: "ký … trong cuộc họp bên lề Đối thoại
    //   Shangri - La ở Singapore"), up to the next comma, wherever it stands (the rule on memberships above blanks
    //   only the organisation's name after "Hội nghị", "Thượng đỉnh", "Diễn đàn");
    // - after the document (group "after"): the target of "nhằm vào" (aimed at: "ký bản ghi nhớ trừng phạt thương mại
    //   nhằm vào Trung Quốc"), the consequence opened by "khiến" (causing: "… của Nga khiến căng thẳng giữa Ankara và
    //   Washington leo thang"), the concession opened by "bất chấp", "(mặc) dù" (despite, although: "bất chấp những đe
    //   doạ từ Mỹ", "dù chúng tôi có thể phải đối mặt với những thách thức từ Mỹ") and the setting opened by "trong bối
    //   cảnh" (against the background of: "… trong bối cảnh nhiều nước phương Tây đang được Mỹ khuyên …"), each up to the
    //   next comma. Before the document these words open the clause that holds it ("khiến Nga và Nhật Bản chưa
    //   thể ký hiệp ước hoà bình"), and its states are the signing's.
    // Session 16, study sample of 100 (seed 16101): 4 records given a state so (the US in Turkey's S-400 contract, Russia
    // in Poland's Patriot deal, China in a US president's sanctions memo, Singapore in a US-Japan memorandum).
    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}\p{Mn}]*),\s*(?:và\s+)?(?:là\s+)?một\s+(?:thành viên|đồng minh|đối tác|vụ|thương vụ|động thái|bước)(?![\p{L}\p{Mn}])[^,;]*|(?<![\p{L}\p{Mn}])bên lề(?![\p{L}\p{Mn}])[^,;]*|(?<after>(?<![\p{L}\p{Mn}])(?:nhằm vào|khiến|bất chấp|(?:mặc )?dù|trong bối cảnh)(?![\p{L}\p{Mn}])[^,;]*)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NotASide();

    [GeneratedRegex(@"\G\s*\(([A-Z][A-Z0-9]{1,9})\)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex BracketAfter();
}
