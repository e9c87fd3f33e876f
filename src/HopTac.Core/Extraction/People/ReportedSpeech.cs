using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Extraction.People;

/// <summary>
/// Whether a sentence reports what a person says or thinks ("Ông X cho biết Nga sẽ …", "Theo ông X, Nga …",
/// "“…”, ông X nói"). The states named in what a person says are the topic of the speech, not the state the speaker
/// acts for: a Polish minister explains what Russia would do, an American analyst what North Korea wants. They are no
/// evidence for the speaker's state.
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>At most this many words of an apposition (", Bộ trưởng Quốc phòng …,") between the name and the verb.</summary>
    private const int MaxAppositionWords = 12;

    // Verbs of saying, thinking and judging that take a clause or a quotation (the reporting verbs of Vietnamese
    // news; each opens reported content). "phát biểu" is left out: it is followed by where the person spoke.
    private static readonly string[] Verbs =
    [
        "nói", "cho biết", "cho rằng", "cho hay", "nhận định", "khẳng định", "tuyên bố", "nhấn mạnh", "cảnh báo",
        "lý giải", "giải thích", "hiểu rằng", "tin rằng", "nhận xét", "bình luận", "chia sẻ", "tiết lộ", "thừa nhận",
        "đánh giá", "dự báo", "nêu rõ", "viết", "lưu ý", "kêu gọi", "bày tỏ", "trả lời", "nhận thấy", "lập luận",
        "phân tích", "dự đoán", "nhắc lại", "cáo buộc", "đề nghị", "khuyến cáo", "ước tính",
    ];

    // Adverbs that may stand between the speaker and the verb ("ông X cũng cho biết", "bà Y đã nói").
    private static readonly string[] Adverbs = ["cũng", "đã", "vừa", "từng", "còn", "thì", "lại", "mới", "trước đó"];

    /// <summary>True where <paramref name="parts"/> name the speaker of <paramref name="sentence"/>.</summary>
    public static bool IsSpeaker(Sentence sentence, IReadOnlyList<string> parts)
    {
        var text = sentence.Text;
        var begin = text.IndexOf(parts[0], StringComparison.Ordinal);
        if (begin < 0)
        {
            return false;
        }

        var last = text.IndexOf(parts[^1], begin, StringComparison.Ordinal);
        if (last < 0)
        {
            return false;
        }

        var end = last + parts[^1].Length;
        if (text.StartsWith("Theo ", StringComparison.Ordinal) && text.IndexOf(',', StringComparison.Ordinal) is var comma
            && comma >= end && !text.AsSpan(end, comma - end).Contains(' '))
        {
            // "Theo ông X, …": what follows the comma is what X says.
            return true;
        }

        var rest = text.AsSpan(end).TrimStart(' ');
        if (rest.StartsWith(",", StringComparison.Ordinal))
        {
            // "ông X, Bộ trưởng Quốc phòng Ba Lan, cho biết": skip a short apposition closed by a comma.
            var close = rest[1..].IndexOf(',');
            if (close < 0 || rest[1..(close + 1)].Count(' ') > MaxAppositionWords)
            {
                return false;
            }

            rest = rest[(close + 2)..].TrimStart(' ');
        }

        foreach (var adverb in Adverbs)
        {
            if (StartsWithWord(rest, adverb))
            {
                rest = rest[adverb.Length..].TrimStart(' ');
                break;
            }
        }

        foreach (var verb in Verbs)
        {
            if (StartsWithWord(rest, verb))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));
}
