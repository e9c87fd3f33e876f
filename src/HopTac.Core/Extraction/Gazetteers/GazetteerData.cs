namespace HopTac.Core.Extraction.Gazetteers;

/// <summary>
/// The gazetteers shipped with HopTac (data files under <c>Data/</c>, embedded): states (value: ISO 3166-1 alpha-2),
/// international organisations and blocs (value: actor code such as ASEAN, EU, UN), offices and state bodies
/// (value: the name). Loaded once, on first use.
/// </summary>
public static class GazetteerData
{
    private static readonly Lazy<Gazetteer> CountriesLazy = new(() => new Gazetteer(Gazetteer.ReadResource("countries.tsv"), caseSensitiveCapitals: true));
    private static readonly Lazy<Gazetteer> BlocsLazy = new(() => new Gazetteer(Gazetteer.ReadResource("blocs.tsv"), caseSensitiveCapitals: true));
    private static readonly Lazy<Gazetteer> TitlesLazy = new(() => new Gazetteer(Gazetteer.ReadResource("titles.tsv"), caseSensitiveCapitals: false));
    private static readonly Lazy<Gazetteer> AgenciesLazy = new(() => new Gazetteer(Gazetteer.ReadResource("agencies.tsv"), caseSensitiveCapitals: true));
    private static readonly Lazy<Gazetteer> MinistryFieldsLazy = new(() => new Gazetteer(Gazetteer.ReadResource("ministry-fields.tsv"), caseSensitiveCapitals: true));
    private static readonly Lazy<Gazetteer> PlacesLazy = new(() => new Gazetteer(Gazetteer.ReadResource("places-vn.tsv"), caseSensitiveCapitals: true));
    private static readonly Lazy<Gazetteer> OrganizationTailsLazy = new(() => new Gazetteer(Gazetteer.ReadResource("organization-tails.tsv"), caseSensitiveCapitals: true));
    private static readonly Lazy<Gazetteer> OrganizationHeadsLazy = new(() => new Gazetteer(Gazetteer.ReadResource("organization-heads.tsv"), caseSensitiveCapitals: true));

    /// <summary>States and territories; the value is the ISO 3166-1 alpha-2 code ("Liên bang Nga" → RU).</summary>
    public static Gazetteer Countries => CountriesLazy.Value;

    /// <summary>International organisations and blocs; the value is the actor code ("Liên minh châu Âu" → EU).</summary>
    public static Gazetteer Blocs => BlocsLazy.Value;

    /// <summary>Offices and roles ("Bộ trưởng", "Đại sứ Đặc mệnh toàn quyền"); matched in any case.</summary>
    public static Gazetteer Titles => TitlesLazy.Value;

    /// <summary>State bodies ("Bộ Y tế", "Quốc hội", "Hội đồng An ninh") and ministries' short forms ("Ngoại giao").</summary>
    public static Gazetteer Agencies => AgenciesLazy.Value;

    /// <summary>Ministries' short forms written after an office without "Bộ" ("Bộ trưởng Ngoại giao").</summary>
    public static Gazetteer MinistryFields => MinistryFieldsLazy.Value;

    /// <summary>Words that open an organisation's name ("Bệnh viện", "Tập đoàn", "Bộ").</summary>
    public static Gazetteer OrganizationHeads => OrganizationHeadsLazy.Value;

    /// <summary>Provinces, cities and regions of Viet Nam ("Đồng Nai", "Nha Trang"): capitalised like names, never people.</summary>
    public static Gazetteer Places => PlacesLazy.Value;

    /// <summary>Words that make a capitalised run an organisation's name ("Airlines", "Group", "FC").</summary>
    public static Gazetteer OrganizationTails => OrganizationTailsLazy.Value;

    /// <summary>The ISO code of a state named exactly <paramref name="name"/> ("Hoa Kỳ" → US), or null.</summary>
    public static string? StateCode(string? name) => Countries.Lookup(name)?.Value;

    /// <summary>The actor code of a state or organisation named <paramref name="name"/> ("LB Nga" → RU, "WHO" → WHO), or null.</summary>
    public static string? ActorCode(string? name) => StateCode(name) ?? Blocs.Lookup(name)?.Value;

    /// <summary>The states and organisations named in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<GazetteerMatch> FindActors(string? text)
    {
        var states = Countries.FindAll(text);
        var blocs = Blocs.FindAll(text);
        return [.. states.Concat(blocs.Where(b => !states.Any(s => s.Start < b.End && b.Start < s.End))).OrderBy(m => m.Start)];
    }
}
