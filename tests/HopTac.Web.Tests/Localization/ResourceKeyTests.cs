using System.Text.RegularExpressions;
using System.Xml.Linq;
using HopTac.Web.Pages;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Localization;

/// <summary>
/// Every interface string is in both languages: the two resource files hold the same keys, every key the pages and
/// models ask for literally is there, and so is every key built from a value (an event type, a status, an audit
/// action). A missing key would show its English name on the Vietnamese pages.
/// </summary>
public sealed partial class ResourceKeyTests
{
    private static readonly string Root = RepositoryRoot.Path;

    [GeneratedRegex(@"(?:\bT|localizer|Localizer)\[""(?<key>[^""]+)""\]")]
    private static partial Regex LiteralKey();

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Root, "src/HopTac.Web/Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Vietnamese = Read("SharedResource.resx");
    private static readonly Dictionary<string, string> English = Read("SharedResource.en.resx");

    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_value()
    {
        Assert.Empty(Vietnamese.Keys.Except(English.Keys).Select(k => "only in Vietnamese: " + k));
        Assert.Empty(English.Keys.Except(Vietnamese.Keys).Select(k => "only in English: " + k));
        var empty = Vietnamese.Concat(English).Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => "empty: " + p.Key).ToList();
        Assert.Empty(empty);
    }

    [Fact]
    public void Every_key_the_pages_ask_for_is_in_both_languages()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Root, "src/HopTac.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));
        var asked = files.SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value))).ToList();
        Assert.True(asked.Count > 100, $"only {asked.Count} keys found: the pattern no longer matches how pages ask");
        var missing = asked.Where(a => !Vietnamese.ContainsKey(a.Key) || !English.ContainsKey(a.Key)).Select(a => $"{a.File}: {a.Key}").Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_key_built_from_a_value_is_in_both_languages()
    {
        var agreementTypes = File.ReadLines(Path.Combine(Root, "src/HopTac.Core/Data/events/agreement-types.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')[0]).Distinct();
        string[] fields = ["actors", "aliases", "country", "date", "name", "participants", "per", "period", "place", "text", "title", "type", "unit", "value", "year_from"];
        string[] audit = ["sign-in", "sign-out", "account-create", "account-disable", "account-enable", "account-role", "password-change", "password-reset", "token-create", "token-revoke", "fact-accept", "fact-reject", "fact-edit", "fact-merge", "fact-split"];
        var keys = SearchModel.EventTypes.Select(t => "Event_" + t)
            .Concat(SearchModel.Areas.Select(a => "Area_" + a))
            .Concat(agreementTypes.Select(a => "Agreement_" + a))
            .Concat(new[] { "machine", "accepted", "rejected", "edited" }.Select(s => "Status_" + s))
            .Concat(HopTac.Web.Curation.CurationService.Actions.Select(a => "Action_" + a))
            .Concat(new[] { "event", "agreement", "figure", "person", "organization" }.Select(k => "Kind_" + k))
            .Concat(new[] { "viewer", "editor", "admin" }.Select(r => "Role_" + r))
            .Concat(new[] { "q", "partner", "area", "type", "from", "to", "limit" }.Select(p => "Problem_" + p))
            .Concat(fields.Select(f => "Field_" + f))
            .Concat(audit.Select(a => "Audit_" + a))
            .Concat(HopTac.Storage.Knowledge.FactEdits.ErrorCodes.Select(c => "EditError_" + c))
            .Concat(HopTac.Storage.Knowledge.CurationRefusals.All.Select(c => "CurationError_" + c))
            .ToList();
        var missing = keys.Where(k => !Vietnamese.ContainsKey(k) || !English.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void A_Vietnamese_value_is_not_left_in_English()
    {
        // Keys whose value is the same in both languages on purpose: names, abbreviations, format strings.
        var same = new HashSet<string>(StringComparer.Ordinal) { "Footer" };
        var untranslated = Vietnamese.Where(p => !same.Contains(p.Key) && string.Equals(p.Value, English[p.Key], StringComparison.Ordinal)
            && p.Value.Any(char.IsLetter) && p.Value.All(c => c < 128)).Select(p => $"{p.Key} = {p.Value}").ToList();
        Assert.Empty(untranslated);
    }
}
