namespace HopTac.Core.Extraction.Figures;

/// <summary>
/// The words a figure may count, as general Vietnamese vocabulary (no page's wording). Matching is on lower-case
/// syllables, longest entry first. An entry maps to the unit written on the figure: the head word for measure
/// words and classifiers ("suất học bổng" is counted in "suất"), the whole compound for compound nouns
/// ("máy bay", "khách hàng"), which Vietnamese cannot shorten without changing the meaning.
/// </summary>
internal static class UnitLexicon
{
    /// <summary>Measure words and classifiers: whatever follows, the unit is this word alone.</summary>
    private static readonly string[] Heads =
    [
        "người", "suất", "lượt", "liều", "chiếc", "quả", "con", "tấm", "cuốn", "bức", "ngôi", "căn", "ca",
        "mũi", "lô", "kiện", "gói", "hộp", "lọ", "chai", "vỉ", "viên", "bộ", "tàu", "xe", "tấn", "kg", "ha",
        "hecta", "héc-ta", "lít", "quân", "lính", "hộ", "nước", "tỉnh", "huyện", "xã", "trường", "nhà", "ngành",
        "học bổng", "container", "MW", "GW", "kW", "megawatt", "thùng", "bao", "cặp", "đôi", "cơ sở", "máy",
        "chuyến", "trường hợp", "dự án", "doanh nghiệp", "công ty", "hợp đồng", "văn kiện",
        "tổ chức", "đơn vị", "cổ phần", "cổ phiếu", "vụ", "cuộc", "phiếu", "trạm", "mẫu", "tòa", "toà", "chỗ", "đứa",
        "cây", "khẩu", "đội", "đoàn", "bản", "loại", "test", "kit",
    ];

    /// <summary>Compound nouns counted as a whole; the unit is the compound as written.</summary>
    private static readonly string[] Compounds =
    [
        "lưu sinh viên", "lưu học sinh", "nghiên cứu sinh", "sinh viên", "học sinh", "học viên", "giảng viên",
        "giáo viên", "giáo sư", "bác sĩ", "bác sỹ", "y bác sĩ", "y bác sỹ", "y tá", "điều dưỡng", "dược sĩ",
        "nhân viên", "cán bộ", "chuyên gia", "công nhân", "lao động", "bệnh nhân", "bệnh nhi", "trẻ em",
        "phụ nữ", "thanh niên", "thành viên", "đại biểu", "tập đoàn", "chương trình", "thỏa thuận", "thoả thuận",
        "bản ghi nhớ", "hiệp định", "quốc gia", "vùng lãnh thổ", "tỉnh thành", "địa phương", "thành phố",
        "trường đại học", "bệnh viện", "phòng khám", "trung tâm", "giường bệnh", "máy thở", "máy bay", "tàu bay",
        "khẩu trang", "sinh phẩm", "khách du lịch", "du khách", "hành khách", "khách hàng", "đường bay",
        "chuyến bay", "tiểu đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "binh sĩ", "binh sỹ", "binh lính",
        "sĩ quan", "quân nhân", "chiến sĩ", "chiến sỹ", "hộ dân", "hộ gia đình", "gia đình", "nạn nhân",
        "sản phẩm", "mặt hàng", "căn hộ", "công trình", "hội viên", "đối tác", "nhà đầu tư", "nhà khoa học",
        "nhà báo", "phóng viên", "vận động viên", "cầu thủ", "tình nguyện viên", "chuyên ngành", "đề tài",
        "bài báo", "sáng chế", "bằng sáng chế", "sáng kiến", "nhà máy", "đồng bào", "kiều bào", "du học sinh",
        "thực tập sinh", "nghiệp đoàn", "hiệp hội", "ngân hàng", "tổ chức tín dụng", "cử tri", "thí sinh",
        "hạng mục", "gian hàng", "tác phẩm", "hiện vật", "đầu sách", "thiết bị", "trang thiết bị", "máy móc",
        "ô tô", "xe máy", "tên lửa", "máy bay chiến đấu", "trực thăng",
        "khóa học", "khoá học", "lớp học", "lớp đào tạo", "khóa đào tạo", "khoá đào tạo", "cơ quan", "bộ ngành",
        "kit xét nghiệm", "mẫu xét nghiệm", "giáo trình", "điểm trường", "phòng học",
        "kỹ sư", "kĩ sư", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ", "nghệ sĩ", "nghệ sỹ", "nhà nghiên cứu",
        "học giả", "doanh nhân", "chỉ tiêu", "văn bản", "biên bản", "hộ sinh", "nữ hộ sinh", "phòng thí nghiệm", "nông dân", "ngư dân", "công dân", "cư dân", "ca nô", "người mẫu", "đồng hồ", "đồng chí",
    ];

    /// <summary>Currencies, as written; the unit is the currency's own spelling.</summary>
    private static readonly string[] Currencies =
    [
        "USD", "đ", "đô la Mỹ", "đô-la Mỹ", "đôla Mỹ", "đô la", "đô-la", "đôla", "đô", "VND", "VNĐ", "đồng", "euro",
        "EUR", "Euro", "rúp", "ruble", "yên", "Yên", "nhân dân tệ", "NDT", "CNY", "bảng Anh", "bảng", "GBP",
        "won", "baht", "bạt", "kíp", "riel", "ringgit", "rupee", "peso", "franc", "SGD", "AUD", "JPY", "KRW",
        "RUB", "đô la Singapore", "đô la Úc", "đô la Australia", "đô la Canada", "đô la Hồng Kông",
    ];

    internal enum Kind
    {
        Head,
        Compound,
        Currency,
    }

    internal sealed record Entry(string[] Words, Kind Kind);

    /// <summary>The longest entry starting at <paramref name="words"/>[<paramref name="index"/>], or null.</summary>
    internal static Entry? Match(IReadOnlyList<string> words, int index)
    {
        if (index >= words.Count)
        {
            return null;
        }

        Entry? best = null;
        foreach (var key in new[] { words[index], words[index].ToLowerInvariant() })
        {
            if (!EntriesByFirst.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                if (best is not null && best.Words.Length >= entry.Words.Length)
                {
                    continue;
                }

                if (Matches(entry, words, index))
                {
                    best = entry;
                }
            }
        }

        return best;
    }

    private static bool Matches(Entry entry, IReadOnlyList<string> words, int index)
    {
        if (index + entry.Words.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Words.Length; k++)
        {
            var word = words[index + k];
            var expected = entry.Words[k];
            // Acronyms (USD, MW) must keep their case; ordinary words may start a line in upper case.
            var ok = IsAcronym(expected)
                ? string.Equals(word, expected, StringComparison.Ordinal)
                : string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.Skip(1).Any(char.IsUpper);

    private static readonly Dictionary<string, List<Entry>> EntriesByFirst = BuildIndex();

    private static Dictionary<string, List<Entry>> BuildIndex()
    {
        var index = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        void Add(string text, Kind kind)
        {
            var words = text.Split(' ');
            var key = IsAcronym(words[0]) ? words[0] : words[0].ToLowerInvariant();
            if (!index.TryGetValue(key, out var list))
            {
                list = [];
                index[key] = list;
            }

            list.Add(new Entry(words, kind));
        }

        foreach (var w in Heads)
        {
            Add(w, Kind.Head);
        }

        foreach (var w in Compounds)
        {
            Add(w, Kind.Compound);
        }

        foreach (var w in Currencies)
        {
            Add(w, Kind.Currency);
        }

        return index;
    }
}
