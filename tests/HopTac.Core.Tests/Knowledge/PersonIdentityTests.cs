using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HopTac.Core.Knowledge;

namespace HopTac.Core.Tests.Knowledge;

public sealed class PersonIdentityTests
{
    [Theory]
    [InlineData("Nguyễn Văn Hoà", "Nguyễn Văn Hòa")]
    [InlineData("Lê Thị Thuý", "Lê Thị Thúy")]
    [InlineData("ĐÀO HỒNG LAN", "Đào Hồng Lan")]
    [InlineData("  Đào   Hồng  Lan ", "Đào Hồng Lan")]
    [InlineData("ông Trần Quốc Khánh", "Trần Quốc Khánh")]
    [InlineData("Bà Tôn Thị Ngọc Hạnh", "Tôn Thị Ngọc Hạnh")]
    [InlineData("ngài Vladimir Putin", "Vladimir Putin")]
    [InlineData("V.Putin", "V. Putin")]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    public void Key_is_the_same_for_spellings_of_one_name(string a, string b) =>
        Assert.Equal(PersonIdentity.Key(b), PersonIdentity.Key(a));

    [Fact]
    public void Key_is_the_same_in_NFD_and_NFC()
    {
        const string name = "Phạm Bình Minh";
        Assert.Equal(PersonIdentity.Key(name), PersonIdentity.Key(name.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Key_spells_syllables_with_vowel_quality_and_a_tone_digit() =>
        Assert.Equal("nguyên4 thi5 hoa1", PersonIdentity.Key("Nguyễn Thị Hoà"));

    [Theory]
    [InlineData("Đào Hồng Lan", "Đào Hồng Lân")]
    [InlineData("Lê Văn Tám", "Lê Văn Tâm")]
    [InlineData("Nguyễn Thị Hà", "Nguyễn Thị Hạ")]
    [InlineData("Trần Văn Sơn", "Trần Văn Son")]
    public void Key_keeps_vowel_quality_and_tones_apart(string a, string b) =>
        Assert.NotEqual(PersonIdentity.Key(a), PersonIdentity.Key(b));

    [Theory]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("V. Putin", "Vladimir Putin")]
    [InlineData("V.Putin", "Vladimir Putin")]
    [InlineData("ông Putin", "Vladimir Putin")]
    [InlineData("Obama", "Barack Obama")]
    [InlineData("B. Obama", "Barack Hussein Obama")]
    [InlineData("Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc")]
    [InlineData("Đào Hồng Lan", "bà Đào Hồng Lan")]
    public void Compatible_relates_short_forms_to_full_ones(string a, string b)
    {
        Assert.True(PersonIdentity.Compatible(a, b));
        Assert.True(PersonIdentity.Compatible(b, a));
    }

    [Theory]
    [InlineData("Lan", "Đào Hồng Lan")]
    [InlineData("Phúc", "Nguyễn Xuân Phúc")]
    [InlineData("Hà", "Vũ Quang Hà")]
    [InlineData("Hà", "Thanh Hà")]
    [InlineData("Thanh", "Vu Van Thanh")]
    [InlineData("Vladimir Putin", "Alexander Putin")]
    [InlineData("A. Putin", "Vladimir Putin")]
    [InlineData("Kim Jong-un", "Kim Jong-il")]
    [InlineData("Đào Hồng Lan", "Đào Hồng Lân")]
    [InlineData("Vladimir", "Vladimir Putin")]
    [InlineData("", "Vladimir Putin")]
    [InlineData(null, null)]
    public void Compatible_refuses_different_people_and_bare_Vietnamese_given_names(string? a, string? b)
    {
        Assert.False(PersonIdentity.Compatible(a, b));
        Assert.False(PersonIdentity.Compatible(b, a));
    }

    [Theory]
    [InlineData("Vladimir Putin", true)]
    [InlineData("Nguyễn Xuân Phúc", true)]
    [InlineData("Putin", false)]
    [InlineData("V. Putin", false)]
    [InlineData("ông Putin", false)]
    [InlineData("", false)]
    public void IsFull_needs_two_words_and_no_initial(string name, bool full) =>
        Assert.Equal(full, PersonIdentity.IsFull(name));

    [Fact]
    public void Hostile_names_are_bounded_and_never_throw()
    {
        var huge = string.Concat(Enumerable.Repeat("Nguyễn ", 50_000)) + "\uD800\u0301\u0301";
        Assert.NotNull(PersonIdentity.Key(huge));
        Assert.False(PersonIdentity.Compatible(huge, "\u0300\u0301"));
    }

    // Old and new tone placement differ only in which vowel of "oa", "oe", "uy" carries the mark.
    private static readonly (string Old, string New)[] TonePlacements =
    [
        ("Hoà", "Hòa"), ("Hoá", "Hóa"), ("Hoả", "Hỏa"), ("Hoạ", "Họa"), ("Thuý", "Thúy"), ("Thuỷ", "Thủy"),
        ("Khoẻ", "Khỏe"), ("Tuỵ", "Tụy"), ("Xoà", "Xòa"),
    ];

    private static readonly string[] Syllables = ["Nguyễn", "Thị", "Lân", "Lan", "Đức", "Hương", "Ngọc", "Bình", "Mạnh", "Vladimir", "Putin"];

    [FsCheck.Xunit.Property]
    public Property Key_is_invariant_under_NFD_case_spacing_and_tone_placement()
    {
        var syllable = Gen.OneOf(
            Gen.Elements(TonePlacements).Select(p => (A: p.Old, B: p.New)),
            Gen.Elements(Syllables).Select(s => (A: s, B: s)));
        var gen = syllable.NonEmptyListOf()
            .Zip(Gen.Elements(true, false))
            .Zip(Gen.Elements(" ", "  ", "\u00A0", " \t"));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var ((parts, upper), space) = t;
            var a = string.Join(' ', parts.Select(p => p.A));
            var b = string.Join(space, parts.Select(p => p.B)).Normalize(NormalizationForm.FormD);
            b = upper ? b.ToUpperInvariant() : b.ToLowerInvariant();
            return PersonIdentity.Key(a) == PersonIdentity.Key(b) && PersonIdentity.Compatible(a, b);
        });
    }

    [Theory]
    [InlineData("Juan Pérez García", "Juan Perez Garcia")]
    [InlineData("José Ramos-Horta", "Jose Ramos - Horta")]
    [InlineData("Moon Jae - in", "Moon Jae-in")]
    public void Key_ignores_a_foreign_name_s_accents_and_hyphen_spacing(string a, string b) =>
        Assert.Equal(PersonIdentity.Key(b), PersonIdentity.Key(a));

    [Theory]
    [InlineData("Nguyễn Văn Lán", "Nguyễn Văn Lan")]
    [InlineData("Trần Thị Hà", "Trần Thị Há")]
    public void Key_keeps_the_tones_of_Vietnamese_syllables(string a, string b) =>
        Assert.NotEqual(PersonIdentity.Key(b), PersonIdentity.Key(a));
}
