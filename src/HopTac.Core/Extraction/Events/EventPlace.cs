using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// Where an event took place, as the sentence names it after "tại" ("hội đàm tại Hà Nội", "gặp nhau tại Singapore",
/// "tại thủ đô Bắc Kinh"). A state, a capital the country list carries ("Bắc Kinh", "Điện Kremlin", "Nhà Trắng") or a
/// Vietnamese place is taken whole from the gazetteers; another capitalised name ("tại Osaka", "tại Buenos Aires") is
/// taken as written unless it is the head of a common noun written with a capital: a venue or a body ("tại Hội nghị",
/// "tại Trụ sở Liên Hợp Quốc", "tại Phủ Chủ tịch", "tại Văn phòng Chính phủ"), where the capitalised words stop in the
/// middle of the noun and were read as "Hội", "Trụ", "Phủ Chủ", "Văn" (35 of 134 places in base's extraction of
/// vietnews-train folders 500-549 were such heads, state forms cut short or a name after the place).
/// </summary>
internal static partial class EventPlace
{
    /// <summary>How far after "tại" a gazetteer name is looked for: the longest state form is four words.</summary>
    private const int Window = 48;

    /// <summary>The place named in <paramref name="sentence"/>, or null.</summary>
    public static string? Of(string sentence)
    {
        try
        {
            foreach (Match cue in Cue().Matches(sentence))
            {
                if (At(sentence, cue.Index + cue.Length, cue.Groups["city"]) is { } place)
                {
                    return place;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return null;
    }

    private static string? At(string sentence, int start, Group city)
    {
        var window = sentence.Substring(start, Math.Min(Window, sentence.Length - start));
        if (city.Success)
        {
            // "tại TP.HCM", "tại thành phố Hồ Chí Minh": the gazetteer may list the name with its city noun. Otherwise a
            // city noun says that a place's name follows, so the capitalised words are that name whatever they look like.
            var whole = sentence.Substring(city.Index, Math.Min(Window, sentence.Length - city.Index));
            return Known(whole) ?? Known(window) ?? (Run().Match(window) is { Success: true } named ? Opening(named.Value) ?? named.Value : null);
        }

        // "Vương quốc Thái Lan", "Cộng hòa Séc": the gazetteer lists some states with their form of state; for the
        // others the form is dropped and the state's short name looked up.
        if (Known(window) is { } known)
        {
            return known;
        }

        var form = StateForm().Match(window);
        if (form.Success && Known(window[form.Length..]) is { } state)
        {
            return state;
        }

        var run = Run().Match(window);
        if (!run.Success || form.Success)
        {
            return null;
        }

        // A state or place followed by a name the gazetteer does not split off ("tại Mỹ Thôi Thiên Khải": the ambassador
        // to the United States, then his name).
        if (Opening(run.Value) is { } opening)
        {
            return opening;
        }

        // The head of a body's or a venue's name: organisations open with these words (organization-heads.tsv), and
        // venues with the nouns of VenueHead; what follows belongs to the noun, not to a place.
        var first = run.Value.Split(' ')[0];
        if (GazetteerData.OrganizationHeads.FindAll(window).Any(m => m.Start == 0) || GazetteerData.OrganizationHeads.Lookup(first) is not null
            || VenueHead().IsMatch(window))
        {
            return null;
        }

        // An acronym ("UBND", "LHQ") that no gazetteer knows as a place names a body.
        if (first.Length > 1 && first.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return null;
        }

        // One Vietnamese syllable followed by a lower-case word ("tại Vương quốc", "tại Cộng đồng") is the head of a
        // common noun; Vietnamese places are in the gazetteer, and foreign one-word names ("Osaka") carry no marks.
        var after = window[run.Length..];
        if (!run.Value.Contains(' ', StringComparison.Ordinal) && Vietnamese().IsMatch(run.Value) && LowerNext().IsMatch(after))
        {
            return null;
        }

        return run.Value;
    }

    /// <summary>The longest opening words of a capitalised run (not all of it) that name a state or a place, or null.</summary>
    private static string? Opening(string run)
    {
        var words = run.Split(' ');
        for (var k = words.Length - 1; k >= 1; k--)
        {
            var opening = string.Join(' ', words[..k]);
            if (GazetteerData.Countries.Lookup(opening) is not null || GazetteerData.Places.Lookup(opening) is not null)
            {
                return opening;
            }
        }

        return null;
    }

    /// <summary>The state or Vietnamese place the window opens with, as written, or null.</summary>
    private static string? Known(string window)
    {
        var match = GazetteerData.Countries.FindAll(window).FirstOrDefault(m => m.Start == 0)
            ?? GazetteerData.Places.FindAll(window).FirstOrDefault(m => m.Start == 0);
        return match is null ? null : window.Substring(match.Start, match.Length);
    }

    /// <summary>"tại", with the city noun a place's name may follow ("tại thủ đô Bắc Kinh", "tại TP. Hồ Chí Minh").</summary>
    [GeneratedRegex(@"\btại (?<city>(?:thủ đô|Thủ đô|thành phố|Thành phố|TP\.?) ?)?(?=\p{Lu})", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Run();

    /// <summary>Forms of state written before a state's name (Vietnamese official names of states).</summary>
    [GeneratedRegex(@"^(?:Vương quốc|Cộng hòa|Cộng hoà|Liên bang|Hợp chủng quốc|Nhà nước|Đại công quốc|Công quốc|Quần đảo)\s+(?:(?:Nhân dân|Dân chủ|Xã hội chủ nghĩa|Hồi giáo|Liên bang)\s+)*", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex StateForm();

    /// <summary>
    /// Nouns of venues written with a capital at the head of their name: a seat or headquarters ("Trụ sở"), the
    /// presidential and government palaces ("Phủ Chủ tịch", "Phủ Thủ tướng"), a forum, an exhibition, a border gate, a
    /// hall, a square, a mausoleum, a building, a zone ("Khu phi quân sự", "Khu công nghiệp"; each a common noun, so
    /// its name goes on in lower case).
    /// </summary>
    [GeneratedRegex(@"^(?:Trụ sở|Phủ|Khu|Diễn đàn|Triển lãm|Cửa khẩu|Hội trường|Quảng trường|Lăng|Tòa nhà|Toà nhà|Tòa|Toà|Nhà khách|Nhà Quốc hội|Cung)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex VenueHead();

    /// <summary>A letter only Vietnamese spelling uses (a tone mark or a modified vowel, or đ).</summary>
    [GeneratedRegex(@"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Vietnamese();

    [GeneratedRegex(@"^ \p{Ll}", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LowerNext();
}
