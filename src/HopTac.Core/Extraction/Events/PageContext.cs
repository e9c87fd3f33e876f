using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Dates;
using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// What the sentences of one page share when facts are read from them: the people, the page's partner state, the
/// dates of each sentence (years borrowed from the sentence before when the sentence names none).
/// </summary>
internal sealed partial class PageContext
{
    private const int LookBack = 3;
    private readonly Dictionary<int, IReadOnlyList<DateMention>> dates = [];

    private readonly Dictionary<int, IReadOnlyList<DateMention>> eventDates = [];
    private readonly Lazy<string?> mainForeign;

    public PageContext(IReadOnlyList<Sentence> sentences, IReadOnlyList<Person> people, DateContext page)
    {
        Sentences = sentences;
        People = people;
        Page = page;
        mainForeign = new(() => ActorFinder.MainForeign(sentences.Select(s => s.Text), people));
        NamesVietnamese = people.Any(p => string.Equals(p.Country, ActorFinder.Vietnam, StringComparison.Ordinal));
        AboutVietnam = NamesVietnamese
            || sentences.Take(200).Count(s => ActorFinder.InText(s.Text).Contains(ActorFinder.Vietnam, StringComparer.Ordinal)) >= 2;
    }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Person> People { get; }

    public DateContext Page { get; }

    /// <summary>
    /// True when Vietnam takes part in the page's story (a Vietnamese person, or Vietnam named more than once): a
    /// bilateral event then has VN as its other side.
    /// </summary>
    public bool AboutVietnam { get; }

    /// <summary>True when a Vietnamese person is named on the page: Vietnam then has someone to take part for it.</summary>
    public bool NamesVietnamese { get; }

    /// <summary>Dates of an event or a signing in sentence <paramref name="index"/>; validity periods left out.</summary>
    public IReadOnlyList<DateMention> DatesOf(int index)
    {
        // Kept per sentence like AllDatesOf: several triggers of one sentence ask, and IsPeriod folds and matches text.
        if (!eventDates.TryGetValue(index, out var kept))
        {
            kept = [.. AllDatesOf(index).Where(d => !IsPeriod(Sentences[index].Text, d))];
            eventDates[index] = kept;
        }

        return kept;
    }

    public IReadOnlyList<DateMention> AllDatesOf(int index)
    {
        if (dates.TryGetValue(index, out var cached))
        {
            return cached;
        }

        var text = Sentences[index].Text;
        var own = DateFinder.NamedYear(text);
        var borrowed = own is null && index > 0 ? DateFinder.FrameYear(Sentences[index - 1].Text) : null;
        var found = DateFinder.FindAll(text, Page with { NearbyYear = own ?? borrowed ?? Page.NearbyYear });
        if (own is { } modifierYear && YearScope.ModifiesANoun(text, own))
        {
            // "qua đời ngày 8-6 ... trong chuyến thăm Việt Nam năm 2016": the year is another noun's (YearScope). A page
            // with its own date anchors the days by it; a text dump leaves them without a year.
            found = Page.PageDate is not null
                ? DateFinder.FindAll(text, Page)
                : [.. found.Select(d => d.YearInferred && d.Value is { IsRange: false, Year: { } y } && y == modifierYear ? Yearless(d) : d)];
        }

        // The sentence before is read for its dated days once, and only when a date here took its year.
        if (borrowed is { } year && found.Any(d => d.YearInferred)
            && !VietnameseText.Fold(text).Contains("truoc do", StringComparison.Ordinal)
            && NamedDaysOf(Sentences[index - 1].Text, year) is { Count: > 0 } named)
        {
            found = [.. found.Select(d => Backwards(d, year, named) ? Yearless(d) : d)];
        }

        dates[index] = found;
        return found;
    }

    /// <summary>
    /// True when a year borrowed from the sentence before would put <paramref name="date"/> before the dates of that
    /// year the sentence before names: "Tháng 12/2014, Tổng thống Obama tuyên bố ... Hồi tháng 3, ông đến thăm Cuba" tells
    /// a later March, whose year the text does not give (narration runs forward unless "trước đó" turns it back).
    /// <paramref name="named"/> holds the sentence before's dates of that year (<see cref="NamedDaysOf"/>).
    /// </summary>
    private static bool Backwards(DateMention date, int year, List<PartialDate> named) =>
        date.YearInferred && date.Value is { IsRange: false, Year: { } y, Month: { } month } && y == year
        && named.All(d => d.FirstDay!.Value.Month > month && d.Width < 32);

    /// <summary>The dates of <paramref name="year"/> down to a month or day that <paramref name="before"/> names.</summary>
    private static List<PartialDate> NamedDaysOf(string before, int year) =>
        [.. DateFinder.FindAll(before, DateContext.None).Select(d => d.Value).OfType<PartialDate>()
            .Where(d => d.SingleYear == year && d.FirstDay is not null)];

    private static DateMention Yearless(DateMention date) =>
        date.Value is { Month: { } month } d && PartialDate.TryCreate(null, month, d.Day, out var yearless)
            ? date with { Iso = yearless.ToIso(), YearInferred = false }
            : date;

    /// <summary>"giai đoạn 2021-2025", "đến năm 2030", "2021-2025": how long a document runs, not when something happened.</summary>
    public static bool IsPeriod(string text, DateMention date)
    {
        if (date.Value is { IsRange: true } range && (range.Start is null || (range.Start.Value.Month is null && range.End?.Month is null)))
        {
            return true;
        }

        var from = Math.Max(0, date.Start - 14);
        var before = VietnameseText.Fold(text[from..Math.Min(date.Start, text.Length)]);
        if (before.Contains("giai doan", StringComparison.Ordinal) || before.Contains("nhiem ky", StringComparison.Ordinal))
        {
            return true;
        }

        // "có hiệu lực từ ngày 1/1/2020", "thời hạn 5 năm, từ 2016 đến 2021", "trong vòng 3 năm, từ tháng 1/2017 đến tháng
        // 12/2019": the time a document is in force, not when it was signed (grammar: the date is the complement of
        // "hiệu lực", "thời hạn" or of a span of years).
        var clause = VietnameseText.Fold(text[Math.Max(0, date.Start - 40)..Math.Min(date.Start, text.Length)]);
        try
        {
            return InForce().IsMatch(clause);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The people named in <paramref name="text"/> by full name or by the last part of it ("Putin", "Bộ trưởng Lan").</summary>
    public List<Person> PeopleIn(string text)
    {
        var found = People.Where(p => Names(text, p.Name, !FamilyFirst(p)) || (FamilyFirst(p) && First(p.Name).Length > 1 && FamilyCall(text, First(p.Name), OnlyOfFamily(p)))).ToList();
        // "Obama" names Barack Obama, not also Michelle Obama: of people sharing the last part and not written in full,
        // the first the page names is meant.
        return [.. found.Where(p => text.Contains(p.Name, StringComparison.Ordinal)
            || !found.Any(q => !ReferenceEquals(q, p) && string.Equals(Key(q), Key(p), StringComparison.Ordinal)
                && (text.Contains(q.Name, StringComparison.Ordinal) || IndexOf(q) < IndexOf(p))))];
    }

    private static string Key(Person person) => FamilyFirst(person) ? First(person.Name) : Last(person.Name);

    private int IndexOf(Person person)
    {
        for (var i = 0; i < People.Count; i++)
        {
            if (ReferenceEquals(People[i], person))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Chinese and Korean names put the family name first, and the text calls them by it ("ông Vương", "ông Moon").</summary>
    private static bool FamilyFirst(Person person) => person.Country is "CN" or "TW" or "KR" or "KP";

    private static string First(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts[0] : string.Empty;

    private static string Last(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[^1] : name;

    /// <summary>
    /// True when the text names the person in full or, for a name whose last part is the one a text calls its bearer by
    /// (<paramref name="byLast"/>), by that part. A Chinese or Korean name is called by its family name, never by its
    /// last syllable alone: the "Bình" of "Nguyễn Văn Bình" or "Phạm Bình Minh" is no mention of Tập Cận Bình (grammar:
    /// name order).
    /// </summary>
    private static bool Names(string text, string name, bool byLast)
    {
        if (name.Length == 0)
        {
            return false;
        }

        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            if (!InPlaceName(text, i))
            {
                return true;
            }
        }

        return byLast && NamesPart(text, name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    /// <summary>
    /// Where the run of capitalised words ending with the word at <paramref name="at"/> starts (at most three words
    /// back): the "Minh" of "Thành phố Hồ Chí Minh" is the last word of "Hồ Chí Minh", so the city's name is read before it.
    /// </summary>
    private static int NameStart(string text, int at)
    {
        var start = at;
        for (var n = 0; n < 3 && start >= 2 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]); n++)
        {
            var word = start - 2;
            while (word > 0 && char.IsLetter(text[word - 1]))
            {
                word--;
            }

            if (!char.IsUpper(text[word]))
            {
                break;
            }

            start = word;
        }

        return start;
    }

    /// <summary>
    /// True when the name at <paramref name="at"/> is the name of a place, a building or an honour called after its
    /// bearer: "Thành phố Hồ Chí Minh", "Lăng Chủ tịch Hồ Chí Minh", "Bảo tàng Hồ Chí Minh", "Nhà tưởng niệm Chủ tịch Hồ
    /// Chí Minh", "tượng Lenin", "Huân chương Hồ Chí Minh" (grammar: a proper name after a class noun modifies it and
    /// names the thing, not its bearer as an agent; issue 12: the city's name and a statue's subject read as participants,
    /// 7 study records with "Hồ Chí Minh" alone). Read on the original text: folded "tượng" is also the "tướng" of "Đại
    /// tướng".
    /// </summary>
    private static bool InPlaceName(string text, int at)
    {
        try
        {
            return PlaceNoun().IsMatch(text.AsSpan(Math.Max(0, at - 45), Math.Min(45, at)));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// "ông Vương", "Chủ tịch Tập": a family name called by an honorific or an office, not followed by a given name, nor
    /// by the second syllable of a common noun it begins: "Chủ tịch Tập đoàn Gazprom" is a company's chairman, not Xi
    /// (grammar: compound nouns; "Chủ tịch Tập đoàn" is written 27 times in folders 000-199).
    /// A family name paired with another capitalised name by "và" or a dash ("Trump và Kim", "cuộc gặp Trump - Tập",
    /// "thượng đỉnh Moon - Kim") is a call by that name too: coordinated names are parallel, and the other is a person's
    /// (grammar: coordination; the leaders' pair names a summit about 40 times in study folders 300-449 and 500-649), when
    /// <paramref name="paired"/> says the page has no one else of that family name.
    /// </summary>
    private static bool FamilyCall(string text, string family, bool paired)
    {
        try
        {
            var name = Regex.Escape(family) + @"(?![\p{L}\-])";
            return Regex.IsMatch(text, @"(?:\b(?:ông|bà|Ông|Bà|Chủ tịch|Tổng thống|Thủ tướng|Ngoại trưởng|Bộ trưởng) )" + name + @"(?! \p{Lu})(?! (?:đoàn|trận|trung|thể|quốc)(?![\p{L}]))", RegexOptions.CultureInvariant, RegexBudget.PerMatch)
                || (paired && Regex.IsMatch(text, @"(?<![\p{L}])\p{Lu}\p{L}+ (?:và|-|–) " + name + @"(?! \p{Lu})(?! [-–] \p{Lu})(?! (?:đoàn|trận|trung|thể|quốc)(?![\p{L}]))|(?<!\p{Lu}\p{L}* )(?<![\p{L}])" + name + @" (?:và|-|–) \p{Lu}\p{L}+(?![\p{L}])", RegexOptions.CultureInvariant, RegexBudget.PerMatch));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when nobody else on the page bears <paramref name="person"/>'s family name: a bare "Kim" paired with "Trump"
    /// names the one Kim of the page, but is no name at all where the page recalls Kim Nhật Thành beside Kim Jong-un.
    /// </summary>
    private bool OnlyOfFamily(Person person) =>
        People.Count(q => FamilyFirst(q) && string.Equals(First(q.Name), First(person.Name), StringComparison.Ordinal)) == 1;

    /// <summary>True when <paramref name="text"/> has <paramref name="last"/> as a whole, capitalised word.</summary>
    private static bool NamesPart(string text, string last)
    {
        if (last.Length < 2 || !char.IsUpper(last[0]))
        {
            return false;
        }

        for (var i = text.IndexOf(last, StringComparison.Ordinal); i >= 0; i = text.IndexOf(last, i + 1, StringComparison.Ordinal))
        {
            var end = i + last.Length;
            var startOk = i == 0 || !char.IsLetter(text[i - 1]);
            var endOk = end == text.Length || !char.IsLetter(text[end]);
            if (startOk && endOk && !InPlaceName(text, NameStart(text, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The people <paramref name="text"/> names, by name (<see cref="PeopleIn"/>) or by office and state (<see cref="OfficeHolders"/>), each once.</summary>
    public List<Person> NamedIn(string text) => [.. PeopleIn(text).Concat(OfficeHolders(text)).Distinct()];

    /// <summary>
    /// The people a text names only by office and state ("Tổng thống Chile có cuộc hội đàm ..."): for each such phrase not
    /// followed by a name, the one person of that state on the page; when the page has several, the one whose title gives
    /// that office (<see cref="OfficeHolder"/>), else nobody.
    /// </summary>
    public List<Person> OfficeHolders(string text)
    {
        var result = new List<Person>();
        var leaderEnd = -1;
        foreach (var match in GazetteerData.FindActors(text))
        {
            var code = match.Entry.Value;
            var end = match.Start + match.Length;
            var before = VietnameseText.Fold(text[Math.Max(0, match.Start - 30)..match.Start]);
            if (string.Equals(code, ActorFinder.Vietnam, StringComparison.Ordinal)
                || (end < text.Length - 1 && text[end] == ' ' && char.IsUpper(text[end + 1])))
            {
                continue;
            }

            var holders = People.Where(p => string.Equals(p.Country, code, StringComparison.Ordinal)).ToList();
            // A leader named by description ("lãnh đạo Triều Tiên", "ông chủ Nhà Trắng"; "hai nhà lãnh đạo Mỹ - Triều"
            // carries the cue to the second state): the state's one top leader on the page (OfficeHolder.Leader).
            var chained = leaderEnd >= 0 && match.Start >= leaderEnd && LeaderChain().IsMatch(text[leaderEnd..match.Start]);
            if (chained || OfficeHolder.IsLeaderCue(before))
            {
                if (end >= text.TrimEnd().Length)
                {
                    // A segment cut right after the state may have cut the leader's name that follows it.
                    continue;
                }

                leaderEnd = end;
                var leader = OfficeHolder.Leader(holders, VietnameseText.Fold(text.Substring(match.Start, match.Length)), chained ? "lanh dao " : before);
                if (leader is not null && !result.Contains(leader))
                {
                    result.Add(leader);
                }

                continue;
            }

            if (!OfficeHolder.NamesOffice(before))
            {
                continue;
            }

            // Several people of that state: the one whose title gives the same office (OfficeHolder).
            // "người đồng cấp" + the state: the holder of the subject's office (OfficeHolder.Counterpart).
            var holder = OfficeHolder.Counterpart(holders, VietnameseText.Fold(text[Math.Max(0, match.Start - 120)..match.Start]))
                ?? (before.TrimEnd().EndsWith("nguoi dong cap", StringComparison.Ordinal) ? null : holders.Count == 1 ? holders[0] : OfficeHolder.Of(holders, before));
            if (holder is not null && !result.Contains(holder))
            {
                result.Add(holder);
            }
        }

        return result;
    }

    /// <summary>A foreign actor of the sentences just before, else the page's partner.</summary>
    public string? NearbyForeign(int index)
    {
        string? nearest = null;
        for (var i = index - 1; i >= Math.Max(0, index - LookBack); i--)
        {
            foreach (var foreign in ActorFinder.InText(Sentences[i].Text).Where(a => !string.Equals(a, ActorFinder.Vietnam, StringComparison.Ordinal)))
            {
                if (string.Equals(foreign, mainForeign.Value, StringComparison.Ordinal))
                {
                    return foreign;
                }

                nearest ??= foreign;
            }
        }

        return nearest ?? mainForeign.Value;
    }

    // The class nouns of places, buildings and honours named after a person, then the bearer's titles ("Lăng Chủ tịch",
    // "tượng đài Bác", "Thành phố mang tên Bác" is not a name and stays out). Also "viếng" (to pay respects to the
    // dead: "vào Lăng viếng Chủ tịch Hồ Chí Minh"), whose object is no agent of the day's events. "ấn tượng", "biểu tượng", "hiện tượng",
    // "đối tượng" are other words ending in "tượng".
    [GeneratedRegex(@"(?<![\p{L}])(?:lăng|bảo tàng|tưởng niệm|lưu niệm|(?<!(?:ấn|biểu|hiện|đối|trừu|hình|tưởng)\s)tượng(?:\s+đài)?|thành phố|tp\.?|quảng trường|đường mòn|khu di tích|di tích|đền thờ|đền|đại học|học viện|giải thưởng|huân chương|tư tưởng|chiến dịch|viếng)\s*(?:(?:chủ tịch|bác|cố|đại tướng|tổng bí thư|lãnh tụ|tổng thống|thủ tướng|nhà vua|vua)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PlaceNoun();

    [GeneratedRegex(@"\bhieu luc\b[^.;,]*$|\bthoi han\b[^.;]*$|\btrong vong (?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) nam\b[^.;]*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex InForce();

    // Two states joined under one leader cue: "hai nhà lãnh đạo Mỹ - Triều", "lãnh đạo Nga và Mỹ".
    [GeneratedRegex(@"^\s*(?:-|–|,|và)\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LeaderChain();

}
