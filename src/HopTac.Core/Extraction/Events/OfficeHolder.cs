using System.Text.RegularExpressions;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// The one person an office and a state name ("Tổng thống Hàn Quốc tiếp ...", "gặp Thủ tướng Nhật") on a page that names
/// several people of that state. Grammar: an office with its state and no name after it is a definite description, the
/// holder the text has introduced; with several people of one state (a president and his foreign minister, a leader
/// and an envoy) it is the one whose title gives the same office. A deputy ("Phó Thủ tướng") holds another office than
/// the head ("Thủ tướng"), and a former holder ("cựu Tổng thống", "nguyên Thủ tướng") holds none now, so neither stands
/// for the other. Session 16's corpus audit counted a side's leader named by office and missing from the record among
/// its participant faults.
/// </summary>
internal static partial class OfficeHolder
{
    /// <summary>
    /// The one person of <paramref name="holders"/> (the page's people of the state) whose title holds the office that
    /// <paramref name="before"/> (the folded text right before the state's name) ends with; null when none or several do.
    /// </summary>
    public static Person? Of(IReadOnlyList<Person> holders, string before)
    {
        if (Office().Match(before) is not { Success: true } office || Dependent().IsMatch(before.AsSpan(0, office.Index)))
        {
            return null;
        }

        var deputy = office.Groups["deputy"].Success;
        var head = office.Groups["office"].Value;
        var same = holders.Where(p => p.Title is { } title && Holds(VietnameseText.Fold(title), head, deputy)).ToList();
        return same.Count == 1 ? same[0] : null;
    }

    /// <summary>
    /// The person of <paramref name="holders"/> that "người đồng cấp" + their state names, read in
    /// <paramref name="before"/> (the folded text before the state's name, the clause's subject included): the one whose
    /// title gives the office of the last office word before "người đồng cấp" ("Tổng thống Nga và người đồng cấp Mỹ",
    /// "Ngoại trưởng Mỹ ... điện đàm với người đồng cấp Thổ Nhĩ Kỳ"). Grammar: "đồng cấp" (of the same rank) relates the
    /// counterpart to the subject's office, so the one person of that state is not enough: a foreign minister's
    /// counterpart is not the prime minister the page also names. Null when no office precedes or no one holds it.
    /// </summary>
    public static Person? Counterpart(IReadOnlyList<Person> holders, string before)
    {
        if (Counter().Match(before) is not { Success: true } cue)
        {
            return null;
        }

        var offices = Anywhere().Matches(before[..cue.Index]);
        if (offices.Count == 0)
        {
            return null;
        }

        // A person the page itself introduced as "người đồng cấp Mỹ" is that counterpart whatever the office.
        var last = offices[^1];
        var same = holders.Where(p => p.Title is { } title && (Holds(VietnameseText.Fold(title), last.Groups["office"].Value, last.Groups["deputy"].Success)
            || VietnameseText.Fold(title).StartsWith("nguoi dong cap", StringComparison.Ordinal))).ToList();
        return same.Count == 1 ? same[0] : null;
    }

    /// <summary>
    /// Whether <paramref name="before"/> (the folded text right before a state's or a seat's name) ends with a leader cue:
    /// "lãnh đạo", "nhà lãnh đạo", "người đứng đầu" (+ "tối cao", "của") before a state, "ông chủ", "chủ nhân" before a
    /// seat of government ("ông chủ Nhà Trắng"). A plural or indefinite one ("các nhà lãnh đạo Mỹ", "một nhà lãnh đạo
    /// Triều Tiên"), a former ("cựu lãnh đạo") or a deputy names no one person.
    /// </summary>
    public static bool IsLeaderCue(string before) => LeaderCue().Match(before) is { Success: true } cue && !NotOne().IsMatch(before)
        && !Kin().IsMatch(before.AsSpan(0, cue.Index));

    /// <summary>
    /// The person a leader description names among <paramref name="holders"/> (the page's people of the state):
    /// <list type="bullet">
    /// <item>a seat of government ("ông chủ Nhà Trắng", "người đứng đầu Điện Kremlin", "Nhà Xanh": <paramref name="seat"/>,
    /// folded) stands for the president who sits there: the page's one president of that state, else nobody;</item>
    /// <item>"lãnh đạo", "nhà lãnh đạo", "người đứng đầu" + a state names the state's top leader: the one person the page
    /// itself introduced as its leader ("nhà lãnh đạo Triều Tiên Kim Jong-un"), else the one head of state or government
    /// (president, prime minister, state chairman, party general secretary, monarch) the page names; several such people
    /// (a president and a prime minister) leave it unread.</item>
    /// </list>
    /// Grammar: a definite description names the one referent the text introduced; a deputy ("Phó Thủ tướng") or a
    /// former holder ("cựu Tổng thống") is not the leader. Session 17's corpus audit found summits recorded one-sided
    /// where a side was named only so ("cuộc gặp thượng đỉnh giữa Tổng thống Mỹ và nhà lãnh đạo Triều Tiên").
    /// </summary>
    public static Person? Leader(IReadOnlyList<Person> holders, string seat, string before)
    {
        var seatName = Seat().IsMatch(seat);
        if (!seatName && SeatCue().IsMatch(before))
        {
            // "ông chủ", "chủ nhân" read only with a seat of government.
            return null;
        }

        if (seatName)
        {
            var presidents = holders.Where(p => p.Title is { } title && Holds(VietnameseText.Fold(title), "tong thong", false)).ToList();
            return presidents.Count == 1 ? presidents[0] : null;
        }

        var introduced = holders.Where(p => p.Title is { } title && TopTitle(title, introducedOnly: true)).ToList();
        if (introduced.Count == 1)
        {
            return introduced[0];
        }

        var top = holders.Where(p => p.Title is { } title && TopTitle(title, introducedOnly: false)).ToList();
        return top.Count == 1 ? top[0] : null;
    }

    // Whether a title gives a state's top leader: "nhà lãnh đạo Triều Tiên", "Tổng thống Mỹ", "Chủ tịch nước", not "Chủ
    // tịch Quốc hội", "lãnh đạo phe đối lập", "Phó Thủ tướng" or "cựu Tổng thống".
    private static bool TopTitle(string title, bool introducedOnly)
    {
        var folded = VietnameseText.Fold(title);
        string[] heads = introducedOnly
            ? ["nha lanh dao", "lanh dao", "nguoi dung dau"]
            : ["nha lanh dao", "lanh dao", "nguoi dung dau", "tong thong", "thu tuong", "chu tich", "quoc vuong", "nha vua", "tong bi thu"];
        foreach (var head in heads)
        {
            if (!Holds(folded, head, false))
            {
                continue;
            }

            if (head is "tong thong" or "thu tuong" or "quoc vuong" or "nha vua" or "tong bi thu")
            {
                return true;
            }

            // A leader or chairman heads the state only when the state follows ("Chủ tịch Trung Quốc", "lãnh đạo tối
            // cao Triều Tiên", "Chủ tịch nước"), not a party, a faction, a parliament or a company.
            var at = folded.IndexOf(head, StringComparison.Ordinal) + head.Length;
            var rest = folded[at..].TrimStart();
            var original = at <= title.Length ? title[at..].TrimStart() : string.Empty;
            if (rest.Length == 0 || rest.StartsWith("toi cao", StringComparison.Ordinal) || rest.StartsWith("nuoc", StringComparison.Ordinal)
                || rest.StartsWith("uy ban quoc vu", StringComparison.Ordinal)
                || (original.Length > 0 && char.IsUpper(original[0]) && !Institution().IsMatch(rest)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(string title, string head, bool deputy)
    {
        if (Former().IsMatch(title))
        {
            return false;
        }

        // The office heads the title, or one of its coordinated offices ("Tổng bí thư, Chủ tịch Trung Quốc"): in "phu
        // nhân Tổng thống Mỹ" the head is "phu nhân", and the title names the president's wife.
        var at = title.IndexOf(head, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var lead = title[..at].TrimEnd();
        var isDeputy = lead.EndsWith("pho", StringComparison.Ordinal);
        if (isDeputy)
        {
            lead = lead[..^3].TrimEnd();
        }

        return deputy == isDeputy && (lead.Length == 0 || lead.EndsWith(',') || lead.EndsWith(" kiem", StringComparison.Ordinal));
    }

    // The offices a state's name can follow in a definite description, folded; a minister is "bộ trưởng" and the
    // ministry's words after it (Office) or "bộ trưởng" alone (Anywhere, where the name that follows would otherwise be
    // read as the ministry's).
    private const string Offices = "tong thong|thu tuong|chu tich|ngoai truong|quoc vuong|nha vua|tong bi thu|dai su";

    // The nouns an office can depend on: someone else than the holder ("Trợ lý Ngoại trưởng Mỹ", "người phát ngôn của
    // Tổng thống Hàn Quốc", "phu nhân Tổng thống").
    private const string Aides = "tro ly|phat ngon(?: vien)?|co van|phu nhan|dac phai vien|dac su|thu ky|chanh van phong";

    /// <summary>
    /// Whether <paramref name="before"/> (the folded text right before a state's name) ends with an office or with
    /// "người đồng cấp" (the counterpart of that state): a description of a person by office and state.
    /// </summary>
    public static bool NamesOffice(string before) => Office().IsMatch(before) || Counter().IsMatch(before);

    // An office right before a state's name, with "phó" (deputy) kept apart.
    [GeneratedRegex(@"(?:\b(?<deputy>pho)\s+)?\b(?<office>" + Offices + @"|bo truong(?: [a-z]+){0,3})\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Office();

    [GeneratedRegex(@"\bnguoi dong cap\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Counter();

    // The office words of Office(), found anywhere before the cue.
    [GeneratedRegex(@"(?:\b(?<deputy>pho)\s+)?\b(?<office>" + Offices + @"|bo truong)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Anywhere();

    // A noun the office depends on (Aides, "của", a deputy minister): the phrase names someone else than the holder.
    [GeneratedRegex(@"\b(?:" + Aides + @"|cua|thu truong)\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Dependent();

    [GeneratedRegex(@"\b(?:nha lanh dao|lanh dao|nguoi dung dau|ong chu|chu nhan)(?: toi cao)?(?: cua)?\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LeaderCue();

    // "các/những/nhiều/một (số)/vài nhà lãnh đạo", "cựu lãnh đạo", "phó lãnh đạo": several, any one, a former or a deputy.
    [GeneratedRegex(@"\b(?:cac|nhung|nhieu|mot|mot so|vai|toan bo|tat ca|moi|cuu|nguyen|pho)\s+(?:nha\s+)?(?:lanh dao|nguoi dung dau|ong chu|chu nhan)(?: toi cao)?(?: cua)?\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NotOne();

    // A relative, aide or spokesman of the leader ("em gái lãnh đạo Triều Tiên", "người phát ngôn của nhà lãnh đạo Nga")
    // is someone else than the leader.
    [GeneratedRegex(@"\b(?:em gai|em trai|anh trai|chi gai|vo|chong|con gai|con trai|" + Aides + @"|ve si|cha|me)(?:\s+cua)?\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Kin();

    [GeneratedRegex(@"\b(?:ong chu|chu nhan)(?: cua)?\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SeatCue();

    // The seats of government countries.tsv reads as their states: the White House, the Kremlin, the Blue House, each the
    // president's office and residence.
    [GeneratedRegex(@"^(?:nha trang|dien kremlin|kremlin|nha xanh)$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Seat();

    // What a chairman or a leader can head besides a state.
    [GeneratedRegex(@"^(?:quoc hoi|thuong vien|ha vien|nghi vien|hoi dong|tap doan|tong cong ty|cong ty|ngan hang|hiep hoi|hoi\b|uy ban|ubnd|mat tran|tinh|thanh pho|dang|doan|quy|lien doan|ban|vien|hang|toa|phe|nhom|luc luong|phong trao|to chuc|chinh quyen)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Institution();

    // "cựu Tổng thống", "nguyên Thủ tướng": a former holder.
    [GeneratedRegex(@"^\s*(?:cuu|nguyen)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Former();
}
