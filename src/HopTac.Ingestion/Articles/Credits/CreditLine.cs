using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Text;
using HopTac.Ingestion.Articles.TextDumps;

namespace HopTac.Ingestion.Articles.Credits;

/// <summary>
/// Reads one line that may close an article as a credit: a person byline ("Minh Châu - Đức Anh", "NGUYỄN HỒNG",
/// "Vũ Anh (Theo AFP)", "Tin, ảnh: Thu Hà", "Hải Bình thực hiện"), an agency line ("Theo TTXVN", "Nguồn:
/// chinhphu.vn"), or another credit ("Ảnh: VIỆT DŨNG", "Thiết kế: …"). Photographers and designers are not authors.
/// Only asked about lines in closing positions (<see cref="ClosingCredits"/>). Never throws.
/// </summary>
internal readonly partial record struct CreditLine(CreditKind Kind, IReadOnlyList<string> Names, bool Marked)
{
    private const int MaxLength = 120;

    private static readonly CreditLine NotCredit = new(CreditKind.None, [], false);

    /// <summary>
    /// Reads <paramref name="line"/>. <see cref="Marked"/> is true when the line carries a credit's own mark (a label,
    /// "(Theo …)", "(Tổng hợp)", "/TTXVN"), so it is a credit wherever it stands; a bare name is one only at the end.
    /// </summary>
    public static CreditLine Read(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > MaxLength)
        {
            return NotCredit;
        }

        // A name closed by a full stop is a caption naming someone ("Lê Văn Tâm."), not a byline.
        var endsSentence = line.TrimEnd().EndsWith('.') && !line.TrimEnd().EndsWith(')');
        var text = Byline.Clean(line);
        try
        {
            var credit = ReadClean(text);
            return credit.Kind == CreditKind.Persons && !credit.Marked && endsSentence ? NotCredit : credit;
        }
        catch (RegexMatchTimeoutException)
        {
            return NotCredit;
        }
    }

    private static CreditLine ReadClean(string text)
    {
        if (text.Length < 2)
        {
            return NotCredit;
        }

        var folded = VietnameseText.Fold(text);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (IsAgency(text, folded, words))
        {
            return new CreditLine(CreditKind.Agency, [], true);
        }

        if (words <= 8 && OtherLabel().Match(text) is { Success: true })
        {
            return new CreditLine(CreditKind.Other, [], true);
        }

        if (words <= 6 && Desk().IsMatch(text))
        {
            // A newsroom desk signs the article ("Ban Thời sự", "Nhóm PV Quốc hội"): no person is named.
            return new CreditLine(CreditKind.Other, [], true);
        }

        if (words <= 3 && Compiled().IsMatch(text))
        {
            return new CreditLine(CreditKind.Other, [], true);
        }

        var marked = false;
        var label = PersonLabel().Match(text);
        if (label.Success)
        {
            text = text[label.Length..].Trim();
            marked = true;
        }

        // "Vũ Anh (Theo AFP)", "Mộc Miên (Tổng hợp)", "Hải Bình thực hiện": the mark after the names.
        var suffix = Suffix().Match(text);
        if (suffix.Success && suffix.Index > 0)
        {
            text = text[..suffix.Index].Trim();
            marked = true;
        }

        var agency = AgencyTail().Match(text);
        if (agency.Success && agency.Index > 0)
        {
            text = text[..agency.Index].Trim();
            marked = true;
        }

        var parts = Separator().Split(text);
        if (parts.Length is < 1 or > 4)
        {
            return NotCredit;
        }

        var names = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var name = Byline.Clean(part);
            if (!IsName(name, marked))
            {
                return label.Success && words <= 6 ? new CreditLine(CreditKind.Other, [], true) : NotCredit;
            }

            names.Add(name);
        }

        return new CreditLine(CreditKind.Persons, names, marked);
    }

    /// <summary>
    /// A person's name: the byline shapes <see cref="Byline.IsPersonName"/> knows, not a place or a state. With a
    /// credit's mark a pen name of one word or initials ("H.Y (Tổng hợp)") is enough.
    /// </summary>
    private static bool IsName(string name, bool marked)
    {
        // Tuổi Trẻ, Thanh Niên and Nhân Dân print bylines in capitals ("THU HƯƠNG"); the shapes below read written case.
        if (name.Length > 2 && name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper))
        {
            name = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        }

        if (GazetteerData.Places.Lookup(name) is not null || GazetteerData.Countries.Lookup(name) is not null
            || GazetteerData.Blocs.Lookup(name) is not null)
        {
            return false;
        }

        if (Byline.IsPersonName(name))
        {
            return true;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalised = words.Length is >= 2 and <= 4 && Array.TrueForAll(words, w => w.Length <= 8 && CapitalisedWord().IsMatch(w));
        if (capitalised && (marked || !NotNameFirst.Contains(words[0])))
        {
            // "Vũ Hoàng", "Huyền Lê", "Tử Quỳnh": names whose first word folds like an office or place word ("Vụ",
            // "Huyện", "Tổ") that Byline's folded test turns away; the word as written tells them apart.
            return GazetteerData.OrganizationHeads.FindAll(name) is not { Count: > 0 } heads || heads[0].Start > 0;
        }

        return marked && (Initials().IsMatch(name) || PenName().IsMatch(name));
    }

    // First words, written with their marks, that open offices, places, labels and polite formulas rather than names
    // ("Huyện Lê Thủy" but "Huyền Lê", "Vụ Hợp tác" but "Vũ Hoàng"); a line of capitalised words opening so is no byline.
    private static readonly HashSet<string> NotNameFirst = new(
        ["Theo", "Ảnh", "Nguồn", "Bộ", "Sở", "Cục", "Vụ", "Ban", "Báo", "Tin", "Bài", "Đọc", "Xem", "Thứ", "Chủ", "Tổng", "Ông", "Bà",
         "Tỉnh", "Quận", "Huyện", "Xã", "Phường", "Thị", "Liên", "Công", "Hội", "Trung", "Đại", "Học", "Viện", "Tập", "Ngân", "Quỹ",
         "Tổ", "Ủy", "Uỷ", "Phòng", "Văn", "Kênh", "Hãng", "Nhà", "Trường", "Bệnh", "Video", "Clip", "Chuyên", "Mục", "Trang", "Đảng",
         "Chính", "Quốc", "Thời", "Thế", "Xin", "Trân", "Cảm", "Mời", "Khoa", "Bản", "Sân", "Cửa", "Đường", "Phố", "Cầu",
         "Sông", "Núi", "Biển", "Vịnh", "Đảo", "Cảng", "Khu", "Làng", "Kết", "Phần", "Chương", "Điều", "Tags"],
        StringComparer.Ordinal);

    /// <summary>"Theo TTXVN", "(Theo Reuters)", "Nguồn: chinhphu.vn", "TTXVN": a source, not a sentence that opens with "Theo".</summary>
    private static bool IsAgency(string text, string folded, int words)
    {
        var key = folded.Trim('(', ')', '.', ' ');
        if (words <= 3 && key is "ttxvn" or "vna" or "pv" or "nhom pv" or "ctv" or "tpo" or "tto" or "ttxvn/vna" or "vov" or "vtv")
        {
            return true;
        }

        if (words <= 15 && folded.Contains(" dua tin tu ", StringComparison.Ordinal))
        {
            return true;
        }

        return words <= 9 && AgencyLine().IsMatch(text) && !text.EndsWith(':') && !Clause().IsMatch(text);
    }

    // A label that names writers: "Tin, ảnh:", "Bài và ảnh:", "Nhóm phóng viên:", "Thực hiện:".
    [GeneratedRegex(@"^(?:(?:tin|bài)(?:\s*(?:,|và|/|&|-)\s*ảnh)?|ảnh\s*(?:,|và|/|&)\s*(?:tin|bài)|tác\s+giả|phóng\s+viên|nhóm\s+phóng\s+viên|nhóm\s+pv|người\s+viết|thực\s+hiện|ghi\s+chép|ghi|bài\s+viết)\s*:\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PersonLabel();

    // A label that credits work other than the writing: photographs, video, graphics, design, translation.
    [GeneratedRegex(@"^(?:ảnh|video|clip|đồ\s+họa|đồ\s+hoạ|thiết\s+kế|infographic|minh\s+họa|minh\s+hoạ|trình\s+bày|dịch|biên\s+dịch|biên\s+tập|kỹ\s+thuật|quay\s+phim)\s*:\s*\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex OtherLabel();

    [GeneratedRegex(@"^(?:ban|nhóm)\s+(?:thời\s+sự|pv|phóng\s+viên|biên\s+tập|kinh\s+tế|quốc\s+tế|thế\s+giới|xã\s+hội|điện\s+tử|văn\s+hóa|văn\s+hoá|chính\s+trị|bạn\s+đọc)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Desk();

    // "(Tổng hợp)", "(t/h)", "(T.H)" alone: the article was compiled, nobody is named.
    [GeneratedRegex(@"^\(?\s*(?:tổng\s+hợp|t\s*/\s*h|t\.\s*h|lược\s+dịch|biên\s+dịch)\s*\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Compiled();

    // The mark after the names: a source or "compiled" in brackets, or "thực hiện" (the person who did the interview).
    [GeneratedRegex(@"\s*(?:\((?:\s*(?:theo|nguồn|video\s*:|ảnh\s*:|clip\s*:)\s*[^()]{1,60}|\s*(?:tổng\s+hợp|t\s*/\s*h|t\.\s*h|th|lược\s+dịch|dịch|biên\s+dịch|thực\s+hiện|tổng\s+hợp\s+từ[^()]{0,60}))\s*\)|\s+\(?thực\s+hiện\)?|\s*[-–]\s*(?:tổng\s+hợp|theo\s+[^()]{1,40}))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Suffix();

    // "Phương Hà/TTXVN", "Nguyễn Hồng (VOV)", "Minh Anh - TTXVN": an agency's short name after the persons.
    [GeneratedRegex(@"\s*(?:[/(]\s*|\s[-–]\s*)[A-ZĐ][A-ZĐ0-9.]{1,9}(?:\s*/\s*[A-ZĐ][A-ZĐa-z0-9.+]{1,9})?\)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AgencyTail();

    [GeneratedRegex(@"\s*(?:,|;|\s[-–]\s|\s+và\s+|\s+&\s+)\s*", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Separator();

    // "Theo TTXVN", "(Theo Reuters, AFP)", "Nguồn: chinhphu.vn", "Nguồn Bộ Ngoại giao".
    [GeneratedRegex(@"^\(?\s*(?:theo|nguồn)(?:\s*:\s*|\s+)\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AgencyLine();

    // "Theo ông Hùng, dự án …", "Theo kế hoạch, …": a clause with a verb after a comma, or a sentence inside.
    [GeneratedRegex(@"(?:,\s*\p{Ll}|\.\s+\p{Lu}|\b(?:ông|bà|anh|chị|kế\s+hoạch|quy\s+định|dự\s+kiến|thống\s+kê|đó|này)\b)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Clause();

    [GeneratedRegex(@"^(?:\p{Lu}\.\s?){1,3}\p{Lu}?\.?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Initials();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{1,10}$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex PenName();
}
