using System.Text;

namespace HopTac.Storage.Tests;

/// <summary>Builds Vietnamese-shaped syllables (initial, vowel with tone, final) from random bytes.</summary>
internal static class RandomWords
{
    private static readonly string[] Initials = ["", "b", "c", "ch", "d", "đ", "g", "gh", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x", "Đ", "Tr"];
    private static readonly string[] Vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ươ", "iê", "uô", "oa"];
    private static readonly string[] Finals = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"];

    // Combining tone marks: none, grave, acute, hook above, tilde, dot below. NFC composes them with the vowel.
    private static readonly string[] Tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

    public static string Build(byte initial, byte vowel, byte tone, byte final)
    {
        var nucleus = Vowels[vowel % Vowels.Length];
        var marked = nucleus[..1] + Tones[tone % Tones.Length] + nucleus[1..];
        var word = Initials[initial % Initials.Length] + marked + Finals[final % Finals.Length];
        return word.Normalize(NormalizationForm.FormC);
    }
}
