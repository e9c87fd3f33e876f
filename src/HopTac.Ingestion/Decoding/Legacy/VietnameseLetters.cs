using System.Collections.Frozen;
using System.Text;

namespace HopTac.Ingestion.Decoding.Legacy;

/// <summary>The hat a Vietnamese vowel carries besides its tone.</summary>
internal enum Hat
{
    None,
    Circumflex,
    Breve,
    Horn,
}

/// <summary>
/// A precomposed Vietnamese letter split into ASCII base, hat and tone (0 none, 1-5 acute, grave, hook, tilde, dot);
/// <see cref="Hatted"/> is the letter with its hat but without its tone (ấ → â).
/// </summary>
internal readonly record struct LetterParts(char Base, Hat Hat, int Tone, bool Upper, char Hatted);

/// <summary>Splits and builds the 134 precomposed Vietnamese vowels from Unicode's own decompositions.</summary>
internal static class VietnameseLetters
{
    /// <summary>Combining tone marks in tone order: acute, grave, hook above, tilde, dot below.</summary>
    public static readonly char[] ToneMarks = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

    private static readonly FrozenDictionary<char, LetterParts> Parts = Build();

    public static bool TryGet(char c, out LetterParts parts) => Parts.TryGetValue(c, out parts);

    public static char Compose(char baseLetter, Hat hat, int tone, bool upper)
    {
        var text = new StringBuilder(3).Append(upper ? char.ToUpperInvariant(baseLetter) : baseLetter);
        switch (hat)
        {
            case Hat.Circumflex: text.Append('\u0302'); break;
            case Hat.Breve: text.Append('\u0306'); break;
            case Hat.Horn: text.Append('\u031B'); break;
            default: break;
        }

        if (tone > 0)
        {
            text.Append(ToneMarks[tone - 1]);
        }

        var composed = text.ToString().Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? composed[0] : '\0';
    }

    private static FrozenDictionary<char, LetterParts> Build()
    {
        (char Base, Hat Hat)[] vowels =
        [
            ('a', Hat.None), ('a', Hat.Breve), ('a', Hat.Circumflex), ('e', Hat.None), ('e', Hat.Circumflex),
            ('i', Hat.None), ('o', Hat.None), ('o', Hat.Circumflex), ('o', Hat.Horn), ('u', Hat.None),
            ('u', Hat.Horn), ('y', Hat.None),
        ];
        var map = new Dictionary<char, LetterParts>();
        foreach (var upper in new[] { false, true })
        {
            foreach (var (b, hat) in vowels)
            {
                for (var tone = 0; tone <= 5; tone++)
                {
                    if (hat == Hat.None && tone == 0)
                    {
                        continue;
                    }

                    var c = Compose(b, hat, tone, upper);
                    if (c != '\0')
                    {
                        map[c] = new LetterParts(b, hat, tone, upper, Compose(b, hat, 0, upper));
                    }
                }
            }
        }

        return map.ToFrozenDictionary();
    }
}
