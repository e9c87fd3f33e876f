using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Agreements;

/// <summary>
/// The words that sign, adopt or issue a document, read on the text as written (folded, "ký" is also "Kỳ" of Hoa
/// Kỳ), and whether a sentence tells that one document was signed.
/// </summary>
internal static partial class AgreementSigning
{
    /// <summary>
    /// The sentence tells that this document was signed or adopted: a signing verb before it ("đã ký một bản thoả
    /// thuận mở rộng hợp tác quốc phòng", "ký kết một số văn kiện …, bao gồm: thoả thuận …") or right after it
    /// ("thoả thuận hợp tác chiến lược ký năm 2013"). Reaching an agreement ("đạt được thoả thuận") is consensus
    /// as often as a document and does not count.
    /// </summary>
    internal static bool ToldAsSigned(string text, TriggerHit hit, int titleEnd)
    {
        return SigningVerb().IsMatch(text.AsSpan(0, hit.Start)) || IssuedRightBefore().IsMatch(text.AsSpan(0, hit.Start))
            || SignedRightAfter().IsMatch(text.AsSpan(titleEnd));
    }

    /// <summary>
    /// The sides sign the document: "ký"/"ký kết" right before it, with at most a counter or "bản" between ("ký kết gia
    /// hạn bản kế hoạch …" is not; "ký bản kế hoạch" is). Adopting is one body's act and does not count.
    /// </summary>
    internal static bool SignedRightBefore(string text, TriggerHit hit) => SignRightBefore().IsMatch(text.AsSpan(0, hit.Start));

    /// <summary>A verb of signing or adopting ("ký", "thông qua", "phê chuẩn") starts at <paramref name="index"/>.</summary>
    internal static bool IsSigningVerbAt(string text, int index) => SigningVerb().Match(text, index) is { Success: true } m && m.Index == index;

    // The signing and adopting words, read on the written text by every test of "is this sentence a signing": folded,
    // "ky" is also "kỳ" (Hoa Kỳ, nhiệm kỳ, kỳ họp), "kỷ" (thế kỷ) and "kỹ", and a sentence naming "Hoa Kỳ" was read as a
    // signing and dated with its other clause's date ("Tuyên bố Tầm nhìn chung Việt Nam - Hoa Kỳ" dated by the year of
    // the talks that mention it; session 11).
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(?:ký|kí|ký kết|thông qua|ban hành|công bố|đạt được|nhất trí|phê chuẩn|phê duyệt)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    internal static partial Regex SignedCue();

    // Verbs of signing and adopting, as written (folded, "ký" is also "Kỳ" of Hoa Kỳ and "kỹ" of kỹ thuật).
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(?:[Kk]ý|[Kk]í|thông qua|phê chuẩn|phê duyệt|ban hành)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SigningVerb();

    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(?:[Kk]ý|[Kk]í)(?: kết)?\s+(?:(?:một|các|bản)\s+)*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SignRightBefore();

    // "ra tuyên bố chung", "đưa ra một tuyên bố chung": a statement is adopted by issuing it.
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(?:ra|đưa ra)\s+(?:một\s+)?(?:bản\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex IssuedRightBefore();

    [GeneratedRegex(@"^\s*(?:(?:này|trên|đó|ấy)\s+)?(?:(?:đã|vừa|được|đã được|vừa được|mà \S+ (?:đã )?)\s*)?(?:ký|kí)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SignedRightAfter();
}
