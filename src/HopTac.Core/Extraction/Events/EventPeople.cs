using System.Text.RegularExpressions;
using HopTac.Core.Extraction.People;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// Who takes part in one event of a sentence, read from the clause structure (facts.md: the people who took part). Two
/// classes the session-12 corpus audit counted wrong: coordinated predicates ("chào xã giao A, hội kiến với B và C": the
/// object of one verb is no participant of the other; talks and meetings with three or more participants were 0/17 right)
/// and the speaker who tells of an event between others ("Bà A nói rằng Tổng thống B ... gặp gỡ Chủ tịch C").
/// </summary>
internal static partial class EventPeople
{
    /// <summary>
    /// <paramref name="participants"/> of the meeting, talks or call at <paramref name="k"/> without the people that are
    /// the object of a coordinated predicate: after the next meeting verb of the clause ("chào xã giao Tổng Bí thư A, hội
    /// kiến với Thủ tướng B"), or before this one, after an earlier verb that takes them as its object. Grammar: in "V1
    /// O1, V2 O2" each object belongs to its own verb. Only where the verb has its own object before the other verb:
    /// "gặp và hội đàm với B" shares B (nobody named between the verbs), and ", Thủ tướng A đã tiếp" after "Sau cuộc
    /// hội đàm" is the next clause's subject (a comma, not an object, follows the earlier trigger).
    /// </summary>
    internal static List<Person> OwnPredicate(PageContext context, string text, string folded, IReadOnlyList<EventTrigger> hits, int k, int segmentStart, int segmentEnd, List<Person> participants)
    {
        var hit = hits[k];
        if (!MeetingLike(hit.Type) || participants.Count < 3)
        {
            // Two people are the event's two sides; the rule is for the records that gather more.
            return participants;
        }

        var (first, last) = EventDating.Run(folded, hits, k);
        var kept = participants;
        if (last + 1 < hits.Count && hits[last + 1] is { } next && next.Start < segmentEnd && (MeetingLike(next.Type) || next.Type == EventType.Visit))
        {
            var between = text[hits[last].End..next.Start];
            if (DirectObject(between) && context.NamedIn(between).Count > 0)
            {
                var before = context.NamedIn(text[segmentStart..next.Start]);
                var later = context.NamedIn(text[next.Start..segmentEnd]).Where(p => !before.Contains(p)).ToList();
                kept = [.. kept.Where(p => !later.Contains(p))];
            }
        }

        if (first > 0 && hits[first - 1] is { } previous && previous.End > segmentStart && MeetingLike(previous.Type))
        {
            var between = text[previous.End..hits[first].Start];
            var objects = context.NamedIn(between);
            if (DirectObject(between) && objects.Count > 0 && Coordinated(context, between))
            {
                var elsewhere = context.NamedIn(text[segmentStart..previous.Start]).Concat(context.NamedIn(text[hits[last].End..segmentEnd])).ToList();
                kept = [.. kept.Where(p => !objects.Contains(p) || elsewhere.Contains(p))];
            }
        }

        return kept.Count >= 2 ? kept : participants;
    }

    /// <summary>
    /// <paramref name="participants"/> without the speaker of a verb of saying that governs the event: in "Bà A nói rằng
    /// Tổng thống B ... trong lần gặp gỡ Chủ tịch C" the reported clause names the event's people itself, and A tells of
    /// it (grammar: the subject of "nói", "cho biết" is the teller; the event is in the verb's complement). Only when the
    /// complement names two people or more, and the speaker is not among them: "Thủ tướng A cho biết trong cuộc hội đàm
    /// với B, ..." names one, so A, who took part, stays.
    /// </summary>
    internal static List<Person> WithoutSpeaker(PageContext context, string text, EventTrigger hit, int segmentStart, int segmentEnd, List<Person> participants)
    {
        if (participants.Count < 3 || hit.Start <= segmentStart)
        {
            return participants;
        }

        try
        {
            var verb = Saying().Matches(text[segmentStart..hit.Start]) is { Count: > 0 } found ? found[^1] : null;
            if (verb is null)
            {
                return participants;
            }

            // The speaker is the subject of the verb, in its own clause ("Phát biểu tại ..., ông A cho biết"); a noun of
            // saying ("theo tuyên bố của Nhà Trắng") has no subject.
            var verbStart = segmentStart + verb.Index;
            var verbEnd = verbStart + verb.Length;
            var clauseStart = Math.Max(segmentStart, text.LastIndexOfAny([',', ';', ':'], Math.Max(0, verbStart - 1)) + 1);
            var speakers = context.NamedIn(text[clauseStart..verbStart]);
            var reported = context.NamedIn(text[verbEnd..segmentEnd]);
            if (speakers.Count == 0 || reported.Count < 2 || OfAfter().IsMatch(text.AsSpan(verbEnd)))
            {
                return participants;
            }

            // The reported clause names the event's own people: a subject of its own before the event word ("nói rằng
            // Tổng thống B ... gặp gỡ C"), or the sides after it ("cho rằng cuộc gặp giữa B và C"). "Ông A cho hay, bản
            // thân đã có cuộc điện đàm với B" has the speaker for its subject and keeps him.
            var comma = text.IndexOfAny([',', ';'], hit.End);
            var phraseEnd = comma < 0 ? text.Length : comma;
            if (context.NamedIn(text[verbEnd..hit.Start]).Count == 0 && !Between().IsMatch(text.AsSpan(hit.End, phraseEnd - hit.End)))
            {
                return participants;
            }

            var kept = participants.Where(p => !speakers.Contains(p) || reported.Contains(p)).ToList();
            return kept.Count >= 2 ? kept : participants;
        }
        catch (RegexMatchTimeoutException)
        {
            return participants;
        }
    }

    /// <summary>
    /// The two leaders a pair phrase names ("hai nhà lãnh đạo", "hai lãnh đạo Hàn Quốc và Triều Tiên", "hai Thủ tướng"),
    /// added to <paramref name="participants"/>: for each side, the first person the page names with that office (a head
    /// of state or government for "lãnh đạo"; grammar: "hai" + a noun of office is a definite pair, the two holders the
    /// text has introduced; about 40 such pairs as the subject of talks or a meeting in the study folders, 8 of the
    /// records they give in base with fewer than two people). The sides are the states the phrase names, else those
    /// of the event the page reported last. Unchanged unless exactly one person per side is found for two sides. The pair
    /// must be the event's subject (before the event word, "hai nhà lãnh đạo có cuộc gặp") or its complement right after
    /// it ("cuộc gặp đầu tiên giữa hai nhà lãnh đạo") in a clause that gives the day: a pair after the word in an undated
    /// clause is as often another occasion talked about ("kể từ cuộc gặp ở Mar-a-Lago hồi tháng 4, ... hai nhà lãnh
    /// đạo") and would lend that mention's time to the event.
    /// </summary>
    internal static List<Person> PairOfLeaders(PageContext context, string segment, int hitStart, int hitEnd, bool dayInClause, IReadOnlyList<EventDraft> drafts, List<Person> participants)
    {
        Match? pair = null;
        try
        {
            var folded = VietnameseText.Fold(segment);
            foreach (Match m in PairPhrase().Matches(folded))
            {
                var subject = m.Index + m.Length <= hitStart && hitStart - (m.Index + m.Length) <= 60;
                var complement = dayInClause && m.Index >= hitEnd && m.Index - hitEnd <= 25 && ComplementBetween().IsMatch(folded.AsSpan(hitEnd, m.Index - hitEnd));
                if (subject || complement)
                {
                    pair = m;
                    break;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return participants;
        }

        if (pair is null)
        {
            return participants;
        }

        var office = pair.Groups["office"].Value;
        var named = ActorFinder.InText(segment[pair.Index..Math.Min(segment.Length, pair.Index + pair.Length + 40)]).Where(ActorFinder.IsState).Distinct(StringComparer.Ordinal).ToList();
        var sides = named.Count >= 2 ? named
            : drafts.LastOrDefault(d => d.Type is EventType.Talks or EventType.Meeting or EventType.Call or EventType.Visit && d.Actors.Count(ActorFinder.IsState) == 2)?.Actors.Where(ActorFinder.IsState).ToList() ?? [];
        if (sides.Count != 2)
        {
            return participants;
        }

        var leaders = sides.Select(side => context.People.FirstOrDefault(p => string.Equals(p.Country, side, StringComparison.Ordinal) && Holds(p.Title, office))).ToList();
        return leaders.Any(l => l is null) ? participants : [.. participants.Concat(leaders.OfType<Person>()).Distinct()];
    }

    /// <summary>True when <paramref name="title"/> begins with the office of the pair phrase (any head of state or government for "lãnh đạo").</summary>
    private static bool Holds(string? title, string office)
    {
        var folded = VietnameseText.Fold(title ?? string.Empty);
        try
        {
            return office is "lanh dao" or "nha lanh dao" or "nguyen thu" ? LeaderOffice().IsMatch(folded) : folded.StartsWith(office, StringComparison.Ordinal) && LeaderOffice().IsMatch(folded);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // "hai nhà lãnh đạo", "hai lãnh đạo", "hai Thủ tướng", "hai Tổng thống", "hai nguyên thủ", "hai Ngoại trưởng" before
    // the event word; not "phu nhân của hai nhà lãnh đạo" (the pair there owns another subject).
    [GeneratedRegex(@"(?<!cua )\bhai (?<office>nha lanh dao|lanh dao|thu tuong|tong thong|nguyen thu|ngoai truong|chu tich nuoc)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PairPhrase();

    // "cuộc gặp (đầu tiên) giữa hai ...": a short modifier, then "giữa" (between) opening the complement that names the sides.
    [GeneratedRegex(@"^[^,;.]{0,18}\bgiua $", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ComplementBetween();

    // The offices of a state's leader: head of state or government, party leader, king; and a foreign minister for
    // "hai Ngoại trưởng". Not a deputy ("Phó Thủ tướng"), a former holder ("cựu"), nor the chair of a parliament, a
    // province or a company.
    [GeneratedRegex(@"^(?:nha )?(?:lanh dao|tong thong|thu tuong|chu tich(?! (?:quoc hoi|hoi dong|ubnd|uy ban|tinh|thanh pho|tap doan|cong ty|hoi|thuong vien|ha vien|duma))|quoc vuong|nha vua|tong bi thu|ngoai truong)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LeaderOffice();

    /// <summary>
    /// The participants each once: two spellings of one person's name on a page ("Scott Swift" and "Scott Harbison Swift",
    /// "Daniel J. Kritenbrink" and "Daniel Kritenbrink", "Michelle Bachelet" and "Michelle Bachelet Jeria", "Vicente" and
    /// "Vincente Fernandes") are one participant, written the fuller way (facts.md: the name in full; the people who took
    /// part, each once). Issue 12 lists these; 11 study records named one person twice.
    /// </summary>
    internal static List<string> OnceEach(IReadOnlyList<string> names)
    {
        var kept = new List<string>();
        foreach (var name in names)
        {
            var same = kept.FindIndex(k => SamePerson(k, name));
            if (same < 0)
            {
                kept.Add(name);
            }
            else if (Tokens(name).Length > Tokens(kept[same]).Length && !StateAdded(kept[same], name))
            {
                kept[same] = name;
            }
            else if (Tokens(kept[same]).Length > Tokens(name).Length && StateAdded(name, kept[same]))
            {
                kept[same] = name;
            }
        }

        return kept;
    }

    /// <summary>
    /// True when two names of at least two words are spellings of one name: the same first and last word with given
    /// names or initials added between them (a middle name may be left out, grammar of Western names); one the other's
    /// first words (a second family name left out: "Bachelet Jeria"); or the same words but one, where a letter is
    /// added, left out or changed in a word of five letters or more written without Vietnamese marks (a misspelt
    /// transliteration; Vietnamese names differing in a mark, "Thành" and "Thanh", are different names).
    /// </summary>
    internal static bool SamePerson(string a, string b)
    {
        var x = Tokens(a);
        var y = Tokens(b);
        // Foreign names written with and without marks or hyphens ("Juan Pérez García", "Juan Perez Garcia") have one
        // spelling key, the people extractor's own test of one foreign name.
        if (NameParts.ForeignSpellingKey(x) is { Length: > 0 } key && string.Equals(key, NameParts.ForeignSpellingKey(y), StringComparison.Ordinal))
        {
            return true;
        }

        if (x.Length < 2 || y.Length < 2)
        {
            return string.Equals(a, b, StringComparison.Ordinal);
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length < longer.Length)
        {
            return Prefix(shorter, longer)
                || (Eq(shorter[0], longer[0]) && Eq(shorter[^1], longer[^1]) && Subsequence(shorter, longer));
        }

        var differ = Enumerable.Range(0, x.Length).Where(i => !Eq(x[i], y[i])).ToList();
        return differ.Count == 0 || (differ.Count == 1 && Misspelt(x[differ[0]], y[differ[0]]));
    }

    /// <summary>True when <paramref name="longer"/> is <paramref name="shorter"/> with a state's name run on ("Mike Pompeo Mỹ"): a cut, not a fuller name.</summary>
    private static bool StateAdded(string shorter, string longer) =>
        longer.StartsWith(shorter, StringComparison.Ordinal) && ActorFinder.InText(longer[shorter.Length..]).Count > 0;

    // A hyphen joins the syllables of one given name, written "Jong-un", "Jong Un" or "Jae - in": read as a space.
    private static string[] Tokens(string name) =>
        [.. name.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries).Select(t => t.TrimEnd('.')).Where(t => t.Length > 0)];

    private static bool Eq(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool Prefix(string[] shorter, string[] longer) => shorter.Select((t, i) => Eq(t, longer[i])).All(e => e);

    private static bool Subsequence(string[] shorter, string[] longer)
    {
        var j = 0;
        foreach (var t in longer)
        {
            if (j < shorter.Length && Eq(shorter[j], t))
            {
                j++;
            }
        }

        return j == shorter.Length;
    }

    /// <summary>One edit apart (a letter added, left out or changed), both words of five letters or more in plain Latin letters.</summary>
    private static bool Misspelt(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < 5 || !a.All(char.IsAsciiLetter) || !b.All(char.IsAsciiLetter) || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (s, l) = a.Length <= b.Length ? (a.ToLowerInvariant(), b.ToLowerInvariant()) : (b.ToLowerInvariant(), a.ToLowerInvariant());
        var i = 0;
        while (i < s.Length && s[i] == l[i])
        {
            i++;
        }

        return s.Length == l.Length ? s[(i + 1)..] == l[(i + 1)..] : s[i..] == l[(i + 1)..];
    }

    private static bool MeetingLike(EventType type) => type is EventType.Meeting or EventType.Talks or EventType.Call;

    /// <summary>True when the words after a trigger open its object ("Tổng Bí thư A", "với B"), not a new clause (", Thủ tướng A").</summary>
    private static bool DirectObject(string between)
    {
        var trimmed = between.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is not (',' or ';' or ':' or '.' or '(' or '-' or '–');
    }

    /// <summary>
    /// True when the verb after <paramref name="between"/> is coordinated with the one before it: the words after the
    /// last comma or "và" are short and name nobody ("chào xã giao A, Chủ tịch nước B và có cuộc hội kiến"), not a
    /// clause of its own whose subject is the earlier object ("tiếp A, dự kiến sẽ đến ... để hội đàm").
    /// </summary>
    private static bool Coordinated(PageContext context, string between)
    {
        var join = between.LastIndexOf(" và ", StringComparison.Ordinal);
        var cut = Math.Max(between.LastIndexOf(',') + 1, join < 0 ? 0 : join + 4);
        var rest = between[cut..];
        return cut > 0 && rest.Trim().Length <= 25 && context.NamedIn(rest).Count == 0;
    }

    [GeneratedRegex(@"^\s*của(?![\p{L}\p{M}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])giữa(?![\p{L}\p{M}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Between();

    // Verbs of saying whose complement is what was said (EventSpeech's list, and "nói" with "rằng" or alone).
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:cho biết|cho rằng|cho hay|khẳng định|tuyên bố|nhấn mạnh|tiết lộ|nói rằng|(?<!tiếng\s)nói(?!\s+chuyện)|xác nhận|thông báo)(?![\p{L}\p{M}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Saying();
}
