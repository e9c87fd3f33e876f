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
        var cooperationSentences = 0;
        var sentenceCount = 0;
        var namesCooperation = false;
        foreach (var sentence in sentences.Take(MaxSentences))
        {
            sentenceCount++;
            var text = WithoutBodyNames(sentence.Text.Length > MaxSentenceLength ? sentence.Text[..MaxSentenceLength] : sentence.Text);
            var folded = VietnameseText.Fold(text);
            var spelled = VietnameseText.Normalize(text).ToLowerInvariant();
            spelled = spelled.Length == folded.Length ? spelled : folded;
            var cooperationSentence = MatchesSpelled(PageCooperation(), folded, spelled);
            namesCooperation = namesCooperation || cooperationSentence;
            cooperationSentences += cooperationSentence || MatchesSpelled(SidesMeeting(), folded, spelled) ? 1 : 0;
            var about = MatchesSpelled(CooperationCue(), folded, spelled);
            foreach (var match in Lexicon.Value.FindAll(text))
            {
                var area = match.Entry.Value;
                all[area] = all.GetValueOrDefault(area) + 1;
                if (about)
                {
                    // A field named right after "hợp tác", "lĩnh vực", "hỗ trợ", an agreement word and the like is
                    // discussed as cooperation; elsewhere in a sentence that mentions cooperation it is weaker evidence.
                    cued[area] = cued.GetValueOrDefault(area) + (IsNearCoreCue(folded, spelled, match.Start, match.Length) ? StrongEvidence : 1);
                }

                if (!order.Contains(area, StringComparer.Ordinal))
                {
                    order.Add(area);
                }
            }
        }

        var cooperating = namesCooperation && cooperationSentences * CooperationShare >= sentenceCount;

        // The page's main subject counts even where no sentence says "cooperation": a report on missile tests is
        // about defence and security.
        // Other than security, it needs one mention in a sentence about cooperation too: a page on a leader's health, a
        // domestic budget or a crisis' cost to the economy names its subject throughout and is about no cooperation in it.
        var main = all.Where(kv => kv.Value >= MainSubjectMentions && !kv.Key.StartsWith(Weak, StringComparison.Ordinal)
                && (cued.ContainsKey(kv.Key) || string.Equals(kv.Key, Security, StringComparison.Ordinal)))
            .OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
        // A page that never names cooperation or aid nor reports a signing discusses no field as cooperation (world news naming
        // "đối tác thương mại" or "lĩnh vực năng lượng" in passing); it keeps only the security it reports on. A page that
        // names them, or the two sides meeting, in fewer than one sentence in ten (see CooperationShare) keeps that and
        // its main subject (an education fair of the EU's, a report on rice exports).
        // Security a page reports on counts as before wherever the page names cooperation at all (facts.md areas).
        var found = order.Where(a => ((cooperating || (namesCooperation && string.Equals(a, Security, StringComparison.Ordinal)))
                && cued.GetValueOrDefault(a) >= MinimumMentions(a)) || string.Equals(a, main, StringComparison.Ordinal))
            .Where(a => cooperating || string.Equals(a, Security, StringComparison.Ordinal) || (namesCooperation && string.Equals(a, main, StringComparison.Ordinal))).ToList();
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
    /// The strength of a page's cooperation (issue 13 item 4, "the strength of evidence counted"): a page that reports
    /// cooperation, aid or a signing between sides (a visit, talks, a joint statement, a project) names it, or the two
    /// sides meeting (<see cref="SidesMeeting"/>), throughout, in at least one sentence in ten; a world-news or domestic
    /// page names "hợp tác", "hỗ trợ" or a signing once or twice in
    /// a long report on something else (a dispute over an arms purchase that "will also discuss economic cooperation",
    /// sanctions that spare "normal economic cooperation", a central bank "supporting exporters", a fertiliser subsidy),
    /// and the fields it names in those sentences are no cooperation it discusses (session 17: in a seeded sample of 100
    /// study-folder areas, the fields on pages under the share were 10 of 14 wrong).
    /// </summary>
    private const int CooperationShare = 10;

    /// <summary>The gold conventions count a page that reports on security as discussing it (facts.md areas).</summary>
    private const string Security = "defense_security";

    /// <summary>
    /// "Health" in general terms needs several mentions: a page on trade or security names "y tế" once in a list
    /// of everything; a health page names it throughout.
    /// </summary>
    private static int MinimumMentions(string area) => string.Equals(area, "health", StringComparison.Ordinal) ? 4 * StrongEvidence : StrongEvidence;

    /// <summary>Evidence points of a field named next to a core cue; one weak mention alone does not reach them.</summary>
    private const int StrongEvidence = 2;

    /// <summary>How far before a field a core cue may stand ("hợp tác trong các lĩnh vực kinh tế, thương mại, …").</summary>
    private const int CueReachBefore = 100;

    private const int CueReachAfter = 40;

    /// <summary>
    /// Whether the regex matches the folded text at a place the text spells as the cue. Folding merges syllables that
    /// differ only in their marks, and four cue words share their folded form with common words of other senses:
    /// "mua" (buy) with "mùa" (season: "vụ mùa"), "mưa" (rain) and "múa" (dance); "bán" (sell) with "ban" (a board),
    /// "bàn" (to discuss, a table), "bản" (a copy, a village) and "bạn" (friend); "ký" (to sign) with "kỳ" (a period,
    /// "kỳ họp"), "kỹ" (careful) and "kỷ"; "ngành" (a sector) with "ngạnh". A match holding one of these folded words
    /// counts only where the text writes the cue's own spelling ("ký" and "kí" are both used for "to sign").
    /// <paramref name="spelled"/> is the text lower-cased with its marks, of the folded text's length.
    /// </summary>
    private static bool MatchesSpelled(Regex regex, string folded, string spelled)
    {
        try
        {
            for (var match = regex.Match(folded); match.Success; match = match.NextMatch())
            {
                if (IsSpelledAsCue(folded, spelled, match.Index, match.Length))
                {
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        return false;
    }

    private static readonly Dictionary<string, string[]> CueSpellings = new(StringComparer.Ordinal)
    {
        ["mua"] = ["mua"],
        ["ban"] = ["bán"],
        ["ky"] = ["ký", "kí"],
        ["nganh"] = ["ngành"],
    };

    private static bool IsSpelledAsCue(string folded, string spelled, int start, int length)
    {
        var end = start + length;
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(folded[i]))
            {
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(folded[wordEnd]))
            {
                wordEnd++;
            }

            if (CueSpellings.TryGetValue(folded[i..wordEnd], out var spellings) && !spellings.Contains(spelled[i..wordEnd], StringComparer.Ordinal))
            {
                return false;
            }

            i = wordEnd;
        }

        return true;
    }

    /// <summary>
    /// Whether a core cue stands near the field's words. The field's own words are no cue for it: "phát triển" in
    /// "phát triển bền vững" (sustainable development, a field's name in the slogan "hoà bình, ổn định và phát triển bền
    /// vững"), "chuyển giao" in "chuyển giao công nghệ", "mua" in "hợp đồng mua" name the field, not a cooperation in it;
    /// they are blanked before the cue is looked for. A field written after a cue that frames it ("hợp tác y tế",
    /// "lĩnh vực y tế", "ngành dược") is cued by that first word, as it would be were the words listed apart.
    /// </summary>
    private static bool IsNearCoreCue(string folded, string spelled, int start, int length)
    {
        if (folded.Length != 0 && start > folded.Length)
        {
            return false;
        }

        var end = Math.Min(folded.Length, start + length);
        if (FramingCue().IsMatch(folded[start..end]))
        {
            return true;
        }

        var from = Math.Max(0, start - CueReachBefore);
        var to = Math.Min(folded.Length, Math.Max(end, start + CueReachAfter));
        var window = string.Concat(folded.AsSpan(from, start - from), new string(' ', end - start), folded.AsSpan(end, to - end));
        var spelledWindow = string.Concat(spelled.AsSpan(from, start - from), new string(' ', end - start), spelled.AsSpan(end, to - end));
        return MatchesSpelled(CoreCue(), window, spelledWindow);
    }

    /// <summary>
    /// Blanks the names of bodies ("Bộ trưởng Bộ Quốc phòng", "Trường Đại học Y khoa", "Bộ Giáo dục và Đào tạo"): a field in
    /// an office or a ministry's name says who someone is, not what the page discusses. The name runs from an
    /// organisation head over capitalised words, each followed by at most one lower-case syllable ("Y tế", "Đào tạo").
    /// Lengths are kept, so offsets stay valid.
    /// </summary>
    internal static string WithoutBodyNames(string text)
    {
        var heads = Heads(text);
        var blocs = GazetteerData.Blocs.FindAll(text);
        if (heads.Count == 0 && blocs.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var (start, length) in blocs.Select(m => (m.Start, m.Length)))
        {
            // "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương" (APEC) names a bloc, not a page about the economy.
            Array.Fill(chars, ' ', start, length);
        }

        foreach (var head in heads)
        {
            var end = head.Start + head.Length;
            var i = end;
            var lowerRun = 0;
            while (i < text.Length)
            {
                var wordStart = i + 1;
                if (text[i] != ' ' || wordStart >= text.Length)
                {
                    break;
                }

                var wordEnd = text.IndexOf(' ', wordStart);
                wordEnd = wordEnd < 0 ? text.Length : wordEnd;
                var word = text[wordStart..wordEnd].TrimEnd(',', '.', ';', ':', ')', '"');
                if (word.Length == 0 || !word.All(char.IsLetter))
                {
                    break;
                }

                // "và" joins the parts of a ministry's name; "Bộ trưởng", "Thứ trưởng" go on to the ministry.
                var joins = string.Equals(word, "và", StringComparison.Ordinal) || (i == end && string.Equals(word, "trưởng", StringComparison.Ordinal));
                lowerRun = char.IsUpper(word[0]) || joins ? 0 : lowerRun + 1;
                if (lowerRun > 1 || (lowerRun == 1 && i == end))
                {
                    break;
                }

                end = wordStart + word.Length;
                i = wordEnd;
                if (word.Length != wordEnd - wordStart)
                {
                    break;
                }
            }

            for (var k = head.Start; k < end; k++)
            {
                chars[k] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Organisation head words: capitalised ("Viện Nghiên cứu Chiến lược"), or in lower case before a capitalised
    /// name ("trung tâm Nghiên cứu Chiến lược và Phát triển", "viện Đánh giá Chiến lược"), as the press often writes them;
    /// not before a state ("quân đội Trung Quốc" is the army itself, and the field is what the page discusses).
    /// </summary>
    private static List<(int Start, int Length)> Heads(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var heads = new List<(int Start, int Length)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var n = GazetteerData.OrganizationHeads.MatchAt(tokens, i, out _, ignoreCapitals: true);
            if (n > 0 && (tokens[i].IsCapitalized
                || (i + n < tokens.Count && tokens[i + n].IsCapitalized && GazetteerData.Countries.MatchAt(tokens, i + n, out _) == 0)))
            {
                heads.Add((tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start));
                i += n - 1;
            }
        }

        return heads;
    }

    // A stake bought or sold ("mua 8,771% cổ phần") is investment between the two sides, whatever else the sentence says;
    // a contract ("Vietjet và Boeing kí hợp đồng") is a deal between them.
    [GeneratedRegex(@"\b(?:hop tac|ho tro|chuyen giao|trao doi|ky ket|thoa thuan|ghi nho|hiep dinh|hop dong|linh vuc|doi tac|vien tro|trao tang|giup do|lien doanh|lien ket|chia se|cung cap|hai nuoc|hai ben|song phuong|da phuong)\b|\b(?:mua|ban)\b.{0,30}\bco phan\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CooperationCue();

    // Cooperation or aid named ("hợp tác", "hỗ trợ", "viện trợ", "tài trợ", "trao tặng": facts.md counts aid as
    // cooperation), or a signing reported ("ký kết", "đã ký", "ký thoả thuận/hiệp định/hợp đồng/…"), anywhere on the page
    // (folded; "ky" alone is also "kỳ", so only these combinations count).
    [GeneratedRegex(@"\b(?:hop tac|ho tro|vien tro|tai tro|trao tang)\b|\bky ket\b|\b(?:da|vua|se|cung) ky\b|\bky (?:thoa thuan|hiep dinh|hiep uoc|hop dong|ban ghi nho|bien ban|tuyen bo|van kien)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PageCooperation();

    // The two sides of a bilateral relation meeting or named as such: "hai nước", "hai bên", "song phương", talks and
    // courtesy calls ("hội đàm", "hội kiến"), a visit ("chuyến thăm", "thăm chính thức/cấp nhà nước"), a partner, a
    // delegation, a signing ceremony ("lễ ký"): a state visit's page tells the ceremonies and names cooperation only twice.
    [GeneratedRegex(@"\b(?:hai nuoc|hai ben|song phuong|hoi dam|hoi kien|chuyen tham|tham chinh thuc|tham cap nha nuoc|doi tac|doan dai bieu|le ky)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SidesMeeting();

    [GeneratedRegex(@"\b(?:hop tac|linh vuc|nganh|ho tro|chuyen giao|vien tro|ky ket|ky|mua|ban|hop dong|thoa thuan|ghi nho|hiep dinh|lien doanh|dau tu vao|giup do|trao doi|doi tac|tang cuong|thuc day|phat trien)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CoreCue();

    // The cues that open a field's name in areas.tsv and frame what follows as a line of cooperation or a sector in a
    // list: "hợp tác y tế", "lĩnh vực y tế", "ngành y tế" (facts.md names "hợp tác y tế", "lĩnh vực y tế" as health).
    [GeneratedRegex(@"^(?:hop tac|linh vuc|nganh)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex FramingCue();
}
