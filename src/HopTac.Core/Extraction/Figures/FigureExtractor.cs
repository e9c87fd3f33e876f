using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Numbers;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.Figures;

/// <summary>
/// Finds quantities (money, people, doses, scholarships, percentages, counts) in a page's sentences.
/// A figure is a number (with scale words: "4,7 tỷ") followed by a percent sign, a currency or a counted noun the
/// <see cref="UnitLexicon"/> knows; a number without such a unit (years, durations, ordinals, model names) is not
/// one. Each (value, unit) is reported once per page, with the first sentence that gives it as evidence.
/// </summary>
public static partial class FigureExtractor
{
    /// <summary>Sentences longer than this are cut: a figure sits in prose, not in a megabyte without full stops.</summary>
    private const int MaxSentenceLength = 5_000;

    private const int MaxFiguresPerPage = 1_000;

    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "gần", "hơn", "khoảng", "trên", "dưới", "chừng", "xấp", "xỉ", "ngót", "ít", "tối", "đa", "thiểu", "ước",
        "cỡ", "tới", "nhất",
    };

    // A number after one of these names or orders something ("lần thứ 16", "khóa 5", "Điều 3", "năm 2024").
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "thứ", "số", "khóa", "khoá", "điều", "khoản", "chương", "mục", "phiên", "kỳ", "kì", "năm", "tháng", "ngày",
        "quý", "đợt", "hạng", "top", "lúc", "đoạn", "lớp", "tập", "trang", "tuần", "giờ", "phút", "quận", "phường",
        "đường", "phố", "tầng", "phòng", "mã", "model", "version", "lần", "ngõ", "hẻm", "kiệt", "ấp", "thôn",
    };

    private static readonly HashSet<string> Periods = new(StringComparer.OrdinalIgnoreCase)
    {
        "năm", "tháng", "tuần", "ngày", "quý", "giờ", "đêm", "vụ", "mùa", "khóa", "khoá", "kỳ", "đợt",
    };

    private static readonly HashSet<string> RateWords = new(StringComparer.OrdinalIgnoreCase) { "mỗi", "hằng", "hàng", "một" };

    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "và", "hoặc", ",", "trên", "hay" };

    /// <summary>Figures of all <paramref name="sentences"/>, in text order. Never throws on messy text.</summary>
    public static IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new List<Figure>();
        var seen = new HashSet<(decimal, string)>();
        foreach (var sentence in sentences)
        {
            if (sentence.Text is null)
            {
                continue;
            }

            foreach (var figure in ExtractFrom(sentence))
            {
                if (result.Count < MaxFiguresPerPage && seen.Add((figure.Value, figure.Unit.ToLowerInvariant())))
                {
                    result.Add(figure);
                }
            }
        }

        return result;
    }

    /// <summary>Figures of one sentence, in text order, duplicates kept.</summary>
    public static IReadOnlyList<Figure> ExtractFrom(Sentence sentence)
    {
        var text = sentence.Text ?? string.Empty;
        var scanned = text.Length > MaxSentenceLength ? text[..MaxSentenceLength] : text;
        var tokens = Tokenize(scanned);
        var words = tokens.Select(t => t.Text).ToArray();
        var figures = new List<Figure>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var isNumber = tokens[i].Kind == TokenKind.Number && StandsAlone(scanned, tokens, i);
            if (!isNumber && !IsWordNumberBeforeScale(tokens, i))
            {
                continue;
            }

            var reading = Read(scanned, tokens, words, i, depth: 0);
            if (reading is null)
            {
                continue;
            }

            var hedgeStart = i;
            while (hedgeStart > 0 && hedgeStart > i - 3 && Hedges.Contains(words[hedgeStart - 1]))
            {
                hedgeStart--;
            }

            var per = reading.Per ?? RateBefore(words, hedgeStart);
            var start = tokens[hedgeStart].Start;
            var figureText = scanned[start..reading.End];
            figures.Add(new Figure(reading.Value, reading.Unit, per, figureText, text, sentence.Start));
        }

        return figures;
    }

    private sealed record Reading(decimal Value, string Unit, string? Per, int End);

    private static Reading? Read(string text, List<Token> tokens, string[] words, int i, int depth)
    {
        decimal value;
        if (tokens[i].Kind == TokenKind.Word)
        {
            if (VietnameseNumber.OfWord(tokens[i].Text) is not { } spelled)
            {
                return null;
            }

            value = spelled;
        }
        else if (!VietnameseNumber.TryParse(tokens[i].Text, out value))
        {
            return null;
        }

        var j = i + 1;
        var scaled = false;
        while (j < tokens.Count && tokens[j].Kind == TokenKind.Word && VietnameseNumber.ScaleOf(words[j]) is { } scale)
        {
            // "trăm" is a scale only right after the number ("5 trăm"), never after another scale word.
            if (scale == 100m && scaled)
            {
                break;
            }

            if (!VietnameseNumber.TryScale(value, scale, out value))
            {
                return null;
            }

            scaled = true;
            j++;
        }

        if (j >= tokens.Count)
        {
            return null;
        }

        if (words[j] == "%")
        {
            return new Reading(value, "%", null, tokens[j].End);
        }

        if (j + 1 < tokens.Count && words[j].Equals("phần", StringComparison.OrdinalIgnoreCase)
            && words[j + 1].Equals("trăm", StringComparison.OrdinalIgnoreCase))
        {
            return new Reading(value, "%", null, tokens[j + 1].End);
        }

        if (UnitLexicon.Match(words, j) is { } entry && !IsDoubtfulMoney(entry, value, scaled))
        {
            var last = j + entry.Words.Length - 1;
            var unit = text[tokens[j].Start..tokens[last].End];
            if (unit is "đ" or "Đ")
            {
                unit = "đồng";
            }

            return new Reading(value, unit, RateAfter(tokens, words, last + 1), tokens[last].End);
        }

        // "10, 15 và 5 chuyên ngành", "30 trên 1.000 suất": the first numbers borrow the unit of the last.
        if (!scaled && depth < 4 && j + 1 < tokens.Count && Joiners.Contains(words[j])
            && tokens[j + 1].Kind == TokenKind.Number && StandsAlone(text, tokens, j + 1))
        {
            var next = Read(text, tokens, words, j + 1, depth + 1);
            if (next is not null && next.Unit != "%" && !IsMoney(next.Unit))
            {
                return new Reading(value, next.Unit, next.Per, tokens[i].End);
            }
        }

        return null;
    }

    private static bool IsGluedUnit(List<Token> tokens, int k) =>
        VietnameseNumber.ScaleOf(tokens[k].Text) is > 100m
        || (UnitLexicon.Match([tokens[k].Text], 0) is { } entry
            && (entry.Kind == UnitLexicon.Kind.Currency || tokens[k].Text is "ha" or "kg" or "tấn" or "MW" or "GW" or "kW"));

    // "hai triệu liều", "một tỷ USD": a number word counts only before a scale word; alone ("hai nước", "ba bên")
    // it is too often part of a phrase to be a figure.
    private static bool IsWordNumberBeforeScale(List<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && VietnameseNumber.OfWord(tokens[i].Text) is not null && i + 1 < tokens.Count
        && VietnameseNumber.ScaleOf(tokens[i + 1].Text) is > 100m
        && (i == 0 || !LabelWords.Contains(tokens[i - 1].Text));

    // "bảng" is also a table or a tournament group ("4 bảng đấu"); as pounds it comes with large amounts.
    private static bool IsDoubtfulMoney(UnitLexicon.Entry entry, decimal value, bool scaled) =>
        entry.Kind == UnitLexicon.Kind.Currency && entry.Words.Length == 1
        && entry.Words[0] is "bảng" or "yên" or "đô" && !scaled && value < 1000m;

    private static bool IsMoney(string unit) =>
        UnitLexicon.Match(unit.Split(' '), 0) is { Kind: UnitLexicon.Kind.Currency };

    // A rate's denominator written after the unit: "liều/tháng", "suất mỗi năm", "quân mỗi sư đoàn".
    private static string? RateAfter(List<Token> tokens, string[] words, int k)
    {
        if (k + 1 < tokens.Count && words[k] == "/" && tokens[k + 1].Kind == TokenKind.Word)
        {
            return UnitOrWord(words, k + 1);
        }

        for (var m = k; m < tokens.Count - 1 && m < k + 4; m++)
        {
            // "lượt khách/năm": the rate may follow the words that qualify the unit.
            if (words[m] == "/" && tokens[m + 1].Kind == TokenKind.Word)
            {
                return UnitOrWord(words, m + 1);
            }

            if (tokens[m].Kind != TokenKind.Word)
            {
                break;
            }

            if (RateWords.Contains(words[m]) && tokens[m + 1].Kind == TokenKind.Word)
            {
                if (Periods.Contains(words[m + 1]))
                {
                    return words[m + 1].ToLowerInvariant();
                }

                if (!words[m].Equals("một", StringComparison.OrdinalIgnoreCase)
                    && !words[m].Equals("hàng", StringComparison.OrdinalIgnoreCase)
                    && UnitLexicon.Match(words, m + 1) is { Kind: not UnitLexicon.Kind.Currency } entry)
                {
                    return string.Join(' ', words.AsSpan(m + 1, entry.Words.Length).ToArray());
                }
            }
        }

        return null;
    }

    // "Quy mô đào tạo mỗi năm khoảng 600 ...": a rate named shortly before the number.
    private static string? RateBefore(string[] words, int start)
    {
        for (var m = start - 1; m >= 1 && m >= start - 8; m--)
        {
            if (words[m] is "." or ";" or "%")
            {
                break;
            }

            if (Periods.Contains(words[m]) && RateWords.Contains(words[m - 1])
                && !words[m - 1].Equals("một", StringComparison.OrdinalIgnoreCase))
            {
                return words[m].ToLowerInvariant();
            }
        }

        return null;
    }

    private static string UnitOrWord(string[] words, int k) =>
        UnitLexicon.Match(words, k) is { } entry
            ? string.Join(' ', words.AsSpan(k, entry.Words.Length).ToArray())
            : words[k].ToLowerInvariant();

    // A number inside a name ("Covid-19", "A321"), a date ("12/9", "2-2016"), a time ("9:30", "9h30") or after a
    // label ("lần thứ 16", "năm 2024", "số 5") is not a quantity.
    private static bool StandsAlone(string text, List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Start > 0)
        {
            var before = text[token.Start - 1];
            if (char.IsLetterOrDigit(before))
            {
                return false;
            }

            if (before is '-' or '/' or '.' or ':' or ',' or '_' or '–' && token.Start > 1 && char.IsLetterOrDigit(text[token.Start - 2]))
            {
                return false;
            }
        }

        if (token.End < text.Length)
        {
            var after = text[token.End];
            // "500.000đ", "3ha", "100MW", "2tỷ" glue a unit to the number; "5G", "9h30", "3D" are names and times.
            if (char.IsLetter(after) && !(i + 1 < tokens.Count && IsGluedUnit(tokens, i + 1)))
            {
                return false;
            }

            if (after is '/' or '-' or ':' or '.' or '–' or '_' && token.End + 1 < text.Length && char.IsDigit(text[token.End + 1]))
            {
                return false;
            }
        }

        if (i > 0 && LabelWords.Contains(tokens[i - 1].Text))
        {
            var rate = i > 1 && Periods.Contains(tokens[i - 1].Text) && RateWords.Contains(tokens[i - 2].Text);
            var figureWord = i > 1 && tokens[i - 1].Text.Equals("số", StringComparison.OrdinalIgnoreCase)
                && tokens[i - 2].Text.Equals("con", StringComparison.OrdinalIgnoreCase);
            if (!rate && !figureWord)
            {
                return false;
            }
        }

        return true;
    }

    private enum TokenKind
    {
        Number,
        Word,
        Symbol,
    }

    private readonly record struct Token(string Text, int Start, TokenKind Kind)
    {
        public int End => Start + Text.Length;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            var kind = char.IsAsciiDigit(m.Value[0]) ? TokenKind.Number
                : char.IsLetter(m.Value[0]) ? TokenKind.Word
                : TokenKind.Symbol;
            tokens.Add(new Token(m.Value, m.Index, kind));
        }

        return tokens;
    }

    [GeneratedRegex(@"[0-9]+(?:[.,][0-9]+)*|[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
