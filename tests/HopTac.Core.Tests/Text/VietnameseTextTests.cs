using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HopTac.Core.Text;

namespace HopTac.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    // Every Vietnamese vowel letter with each of the six tones (level, grave, acute, hook, tilde, dot), as NFC.
    public static TheoryData<string, string> Vowels()
    {
        var data = new TheoryData<string, string>();
        var rows = new (string Base, string Toned)[]
        {
            ("a", "aàáảãạ"), ("a", "ăằắẳẵặ"), ("a", "âầấẩẫậ"), ("e", "eèéẻẽẹ"), ("e", "êềếểễệ"),
            ("i", "iìíỉĩị"), ("o", "oòóỏõọ"), ("o", "ôồốổỗộ"), ("o", "ơờớởỡợ"), ("u", "uùúủũụ"),
            ("u", "ưừứửữự"), ("y", "yỳýỷỹỵ"),
        };
        foreach (var (b, toned) in rows)
        {
            foreach (var c in toned)
            {
                data.Add(c.ToString(), b);
                data.Add(c.ToString().ToUpperInvariant(), b);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vowels))]
    public void Fold_strips_every_tone_and_vowel_mark(string letter, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(letter));

    [Theory]
    [InlineData("đ", "d")]
    [InlineData("Đ", "d")]
    [InlineData("\u00D0", "d")]
    public void Fold_turns_d_with_stroke_into_d(string letter, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(letter));

    [Fact]
    public void Fold_makes_hop_tac_y_te_match_its_accented_form() =>
        Assert.Equal("hop tac y te", VietnameseText.Fold("Hợp tác Y tế"));

    [Fact]
    public void Fold_of_decomposed_text_equals_fold_of_composed_text()
    {
        const string composed = "Bộ trưởng Trần Thị Ngọc Ánh hội đàm với Cộng hòa Séc";
        Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(composed.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Normalize_composes_replaces_eth_and_removes_invisible_characters()
    {
        var input = "Ho\u0302\u0323i\u00A0đa\u0300m\u200B \u00D0a\u0300 Na\u0306\u0303ng\uFEFF";
        Assert.Equal("Hội đàm Đà Nẵng", VietnameseText.Normalize(input));
    }

    [Theory]
    [InlineData("Dòng một\r\nDòng hai", "Dòng một\nDòng hai")]
    [InlineData("Dòng một\rDòng hai", "Dòng một\nDòng hai")]
    [InlineData("Dòng một\r \nDòng hai", "Dòng một\n \nDòng hai")]
    public void Normalize_turns_every_line_end_into_a_line_feed(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Fact]
    public void Normalize_is_idempotent_on_mixed_text()
    {
        const string input = "Thủ tướng\u00A0Phạm Minh Chính\u200D tham dự";
        var once = VietnameseText.Normalize(input);
        Assert.Equal(once, VietnameseText.Normalize(once));
    }

    [FsCheck.Xunit.Property]
    public Property Fold_preserves_the_length_of_normalised_text(string? input)
    {
        var normalized = VietnameseText.Normalize(input);
        return (VietnameseText.Fold(input).Length == normalized.Length).ToProperty();
    }

    [FsCheck.Xunit.Property]
    public Property Fold_is_idempotent(string? input)
    {
        var once = VietnameseText.Fold(input);
        return (VietnameseText.Fold(once) == once).ToProperty();
    }

    [FsCheck.Xunit.Property]
    public Property Fold_of_Vietnamese_letters_is_ascii_lower_case()
    {
        const string alphabet = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ ";
        var gen = Gen.Elements(alphabet.ToCharArray()).ArrayOf().Select(cs => new string(cs));
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var folded = VietnameseText.Fold(s.ToUpperInvariant());
            return folded.All(c => c == ' ' || (c >= 'a' && c <= 'z'));
        });
    }

    [Fact]
    public void FoldedWords_splits_folded_text_at_everything_but_letters_and_digits() =>
        Assert.Equal(["hop", "tac", "y", "te", "covid", "19", "ha", "noi"], VietnameseText.FoldedWords("Hợp tác Y tế (Covid-19), Hà Nội."));
}
