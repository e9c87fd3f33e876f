using System.Text.RegularExpressions;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Events;

/// <summary>
/// The parts of a sentence that say something beside the event, whose states and people are not its sides or
/// participants (session-12 corpus audit: sides and participants lent from them were the largest class of wrong
/// bilateral events): a direct quotation the event word stands outside of ("“Tôi tin rằng tướng A đang hợp tác với
/// Ankara ...”, thượng nghị sĩ Mỹ phát biểu trong chuyến thăm Thổ Nhĩ Kỳ": grammar, direct speech is what was said)
/// and a clause of circumstance after the event ("Chuyến thăm diễn ra trong bối cảnh ... sức ép từ Mỹ", "diễn ra khi
/// ...": grammar, an adverbial of time or setting, not a party). Blanked with spaces so offsets stay.
/// </summary>
internal static partial class EventAside
{
    /// <summary><paramref name="text"/> with the asides of the trigger at <paramref name="start"/>..<paramref name="end"/> blanked.</summary>
    public static string Blank(string text, int start, int end)
    {
        try
        {
            var chars = text.ToCharArray();
            foreach (Match quote in Quotation().Matches(text))
            {
                // Direct speech only: a quotation introduced by a colon or followed by its speaker's verb. A quoted title
                // ("ký “Hiệp định Đối tác ...”") names the document signed, and keeps its parties.
                var inside = start >= quote.Index && start < quote.Index + quote.Length;
                // A quotation right after the event word is its object, a name ("ký kết “Bản ghi nhớ ...”").
                var title = quote.Index >= end && quote.Index - end <= 12;
                if (!inside && !title && (SpeakerAfter().IsMatch(text.AsSpan(quote.Index + quote.Length)) || ColonBefore().IsMatch(text.AsSpan(0, quote.Index))))
                {
                    Array.Fill(chars, ' ', quote.Index, quote.Length);
                }
            }

            var folded = VietnameseText.Fold(text);
            var circumstance = Circumstance().Match(folded, Math.Min(end, text.Length));
            if (circumstance.Success && folded.Length == text.Length)
            {
                Array.Fill(chars, ' ', circumstance.Index, text.Length - circumstance.Index);
            }

            return new string(chars);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    [GeneratedRegex(@"[“""][^”""]{12,600}[”""]", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Quotation();

    // ", thượng nghị sĩ Mỹ phát biểu", ", ông A nói", "Reuters dẫn lời ...": the speaker's verb within the clause after the quotation.
    [GeneratedRegex(@"^\s*[,.]?\s*[^,;.]{0,80}?(?<![\p{L}\p{M}])(?:nói|phát biểu|cho biết|tuyên bố|khẳng định|nhấn mạnh|viết|dẫn lời|chia sẻ|bình luận|nhận định)(?![\p{L}\p{M}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SpeakerAfter();

    [GeneratedRegex(@":\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ColonBefore();

    // On folded text: "diễn ra trong bối cảnh", "diễn ra khi", "trong bối cảnh", "giữa lúc", "đúng lúc".
    [GeneratedRegex(@"(?:\bdien ra (?:(?:dung|ngay|vao|giua) )?(?:khi|luc)\b|\btrong boi canh\b|\bgiua luc\b|\bdung vao luc\b|\bdung luc\b)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Circumstance();
}
