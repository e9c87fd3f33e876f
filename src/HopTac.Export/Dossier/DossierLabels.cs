namespace HopTac.Export.Dossier;

/// <summary>
/// The dossier's words in Vietnamese (the default: dossiers are written for Vietnamese officials) and English.
/// The Export library has no resource files; these few fixed phrases live here in both languages side by side.
/// </summary>
internal sealed record DossierLabels(
    bool English,
    string Title,
    string Period,
    string AllPeriods,
    string Area,
    string CuratedOnly,
    string Generated,
    string SummaryHeading,
    string TimelineHeading,
    string AgreementsHeading,
    string FiguresHeading,
    string PeopleHeading,
    string TheirPeople,
    string OurPeople,
    string OpenItemsHeading,
    string YearNotKnownHeading,
    string ReferencesHeading,
    string None,
    string Accepted,
    string Edited,
    string Document,
    string Type,
    string Date,
    string PeriodColumn,
    string State,
    string Sources,
    string InForce,
    string ExpiringSoon,
    string Expired,
    string UnknownState,
    string NoPeriod,
    string Undated,
    string LastSeen,
    string Page,
    string Evidence)
{
    public static DossierLabels Vietnamese { get; } = new(
        false,
        "Hồ sơ quan hệ hợp tác với {0}",
        "Giai đoạn",
        "toàn bộ thời gian",
        "Lĩnh vực",
        "Chỉ các dữ kiện đã được biên tập viên duyệt hoặc sửa.",
        "Lập ngày",
        "Tóm tắt",
        "Diễn biến",
        "Văn kiện đã ký",
        "Cam kết và số liệu",
        "Quan chức đã gặp",
        "Phía đối tác",
        "Phía Việt Nam",
        "Việc sắp tới",
        "Năm chưa rõ",
        "Nguồn",
        "Không có.",
        "đã duyệt",
        "đã sửa",
        "Văn kiện",
        "Loại",
        "Ngày",
        "Thời hạn",
        "Hiệu lực",
        "Nguồn",
        "còn hiệu lực",
        "sắp hết hạn",
        "đã hết hạn",
        "chưa rõ",
        "không rõ thời hạn",
        "không rõ ngày",
        "lần cuối",
        "trang",
        "câu dẫn");

    public static DossierLabels EnglishLabels { get; } = new(
        true,
        "Cooperation dossier: {0}",
        "Period",
        "all time",
        "Area",
        "Only facts a curator accepted or edited.",
        "Prepared on",
        "Summary",
        "Timeline",
        "Agreements signed",
        "Commitments and figures",
        "Officials met",
        "The partner's side",
        "Vietnam's side",
        "Open items",
        "Year not known",
        "References",
        "None.",
        "accepted",
        "edited",
        "Document",
        "Type",
        "Date",
        "Period",
        "Status",
        "Sources",
        "in force",
        "expiring soon",
        "expired",
        "unknown",
        "no period known",
        "undated",
        "last seen",
        "page",
        "evidence");

    public static DossierLabels For(bool english) => english ? EnglishLabels : Vietnamese;

    private static readonly Dictionary<string, (string Vi, string En)> EventTypes = new(StringComparer.Ordinal)
    {
        ["talks"] = ("Hội đàm", "Talks"),
        ["meeting"] = ("Hội kiến, tiếp", "Meeting"),
        ["call"] = ("Điện đàm", "Call"),
        ["visit"] = ("Chuyến thăm", "Visit"),
        ["signing"] = ("Lễ ký", "Signing"),
        ["conference"] = ("Hội nghị, diễn đàn", "Conference"),
        ["aid"] = ("Hỗ trợ, viện trợ", "Aid"),
        ["partnership"] = ("Thiết lập, nâng cấp quan hệ", "Partnership"),
        ["other"] = ("Hoạt động khác", "Other"),
    };

    private static readonly Dictionary<string, (string Vi, string En)> AgreementTypes = new(StringComparer.Ordinal)
    {
        ["memorandum"] = ("Bản ghi nhớ", "Memorandum"),
        ["agreement"] = ("Hiệp định, thỏa thuận", "Agreement"),
        ["treaty"] = ("Hiệp ước", "Treaty"),
        ["joint_statement"] = ("Tuyên bố chung", "Joint statement"),
        ["declaration"] = ("Tuyên bố", "Declaration"),
        ["action_plan"] = ("Kế hoạch hành động", "Action plan"),
        ["strategy"] = ("Chiến lược", "Strategy"),
        ["roadmap"] = ("Lộ trình", "Roadmap"),
        ["plan"] = ("Kế hoạch, chương trình", "Plan"),
        ["contract"] = ("Hợp đồng", "Contract"),
    };

    public string EventType(string type) => Word(EventTypes, type);

    public string AgreementType(string type) => Word(AgreementTypes, type);

    public string StateText(AgreementState state) => state switch
    {
        AgreementState.InForce => InForce,
        AgreementState.ExpiringSoon => ExpiringSoon,
        AgreementState.Expired => Expired,
        _ => UnknownState,
    };

    /// <summary>The mark a curated fact carries; empty for facts only the machine has read.</summary>
    public string Mark(string status) => status switch
    {
        "accepted" => "✔ " + Accepted,
        "edited" => "✎ " + Edited,
        _ => string.Empty,
    };

    private string Word(Dictionary<string, (string Vi, string En)> words, string key) =>
        words.TryGetValue(key, out var w) ? English ? w.En : w.Vi : key;
}
