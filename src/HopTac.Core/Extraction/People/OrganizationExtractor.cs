using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Extraction.Sentences;
using HopTac.Core.Facts;

namespace HopTac.Core.Extraction.People;

/// <summary>
/// Finds ministries, agencies, hospitals, institutes, companies and funds with the state they belong to: a known
/// state body ("Bộ Y tế"), or a head word ("Bệnh viện", "Tập đoàn") with its name, or a capitalised run ending in a
/// company word ("Sunrise Airlines"), then the state written after it ("Bộ Y tế Cộng hòa Belarus" → BY). One record
/// per name per page, with the first sentence naming it. International organisations carry their actor code.
/// Never throws on messy text.
/// </summary>
public static class OrganizationExtractor
{
    private const int MaxNameWords = 5;

    public static IReadOnlyList<Organization> Extract(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new List<Organization>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences.Take(PersonExtractor.MaxSentences))
        {
            if (sentence.Text.Length > MentionFinder.MaxSentenceLength)
            {
                continue;
            }

            foreach (var (name, country) in Find(sentence.Text))
            {
                if (seen.Add(CanonicalText.PhraseKey(name)))
                {
                    result.Add(new Organization(name, country, sentence.Text, sentence.Start));
                }
            }
        }

        return result;
    }

    private static IEnumerable<(string Name, string? Country)> Find(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var i = 0;
        while (i < tokens.Count)
        {
            int n;
            int end;
            string? country = null;
            if ((n = GazetteerData.Blocs.MatchAt(tokens, i, out var bloc)) > 0)
            {
                yield return (Span(text, tokens, i, i + n), bloc!.Value);
                i += n;
                continue;
            }

            if ((n = GazetteerData.Agencies.MatchAt(tokens, i, out _)) > 0)
            {
                end = i + n;
            }
            else if (tokens[i].IsCapitalized && GazetteerData.Titles.MatchAt(tokens, i, out _) == 0
                && (n = GazetteerData.OrganizationHeads.MatchAt(tokens, i, out _)) > 0)
            {
                end = NameEnd(tokens, i + n);
                if (!Enumerable.Range(i + n, end - i - n).Any(k => tokens[k].IsCapitalized))
                {
                    // A head word with no proper name ("Bộ", "Hội nghị", "Viện liên quan") names no one body.
                    i += n;
                    continue;
                }
            }
            else if (tokens[i].IsCapitalized && TailAt(tokens, i, out var tailEnd))
            {
                end = tailEnd;
            }
            else
            {
                i++;
                continue;
            }

            // The state it belongs to, written after it: "Bộ Y tế Lào", "Bộ Y tế nước Cộng hòa ... Việt Nam".
            var k = end < tokens.Count && tokens[end].IsWord && !tokens[end].IsCapitalized
                && string.Equals(tokens[end].Key, KeyNuoc, StringComparison.Ordinal) ? end + 1 : end;
            if ((n = GazetteerData.Countries.MatchAt(tokens, k, out var state)) > 0)
            {
                country = state!.Value;
                end = k + n;
            }

            yield return (Span(text, tokens, i, end), country);
            i = end;
        }
    }

    /// <summary>After a head word: its capitalised name ("Hữu Nghị"), or lower-case words then a brand ("sản xuất ô tô Rover").</summary>
    private static int NameEnd(IReadOnlyList<Token> tokens, int j)
    {
        var start = j;
        j = MentionFinder.OrganizationEnd(tokens, j);
        var words = j - start;
        while (j < tokens.Count && words < MaxNameWords && tokens[j].IsCapitalized
            && GazetteerData.Countries.MatchAt(tokens, j, out _) == 0
            && GazetteerData.Titles.MatchAt(tokens, j, out _) == 0
            && MentionFinder.HonorificLength(tokens, j) == 0
            && !NameParts.IsVietnameseSurname(tokens[j].Text))
        {
            j++;
            words++;
        }

        return j;
    }

    /// <summary>A run of capitalised words that ends in a company word: "Sunrise Airlines", "Minh Long Group".</summary>
    private static bool TailAt(IReadOnlyList<Token> tokens, int i, out int end)
    {
        end = i;
        if (i > 0 && tokens[i - 1].IsCapitalized)
        {
            return false;
        }

        for (var k = i; k < tokens.Count && k < i + MaxNameWords && tokens[k].IsCapitalized; k++)
        {
            if (k > i && GazetteerData.OrganizationTails.MatchAt(tokens, k, out _) > 0)
            {
                end = k + 1;
                return true;
            }
        }

        return false;
    }

    private static string Span(string text, IReadOnlyList<Token> tokens, int start, int end) => text[tokens[start].Start..tokens[end - 1].End];

    private static readonly string KeyNuoc = CanonicalText.Key("nước");
}
