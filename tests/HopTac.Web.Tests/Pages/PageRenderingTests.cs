using System.Net;
using System.Text.RegularExpressions;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Pages;

public sealed partial class PageRenderingTests(SiteFixture fixture) : IClassFixture<SiteFixture>
{
    private TestSite Site => fixture.Site;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<img", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTag();

    [Fact]
    public async Task A_page_whose_text_holds_script_and_img_onerror_renders_them_as_text()
    {
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var html = await client.GetStringAsync(new Uri($"/pages/{Site.PageId(ComposedPages.Hostile())}", UriKind.Relative), Ct);
        Assert.DoesNotMatch(ScriptTag(), html);
        Assert.DoesNotMatch(ImageTag(), html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_titles_stay_text_in_search_results_and_the_dashboard()
    {
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        foreach (var path in new[] { "/search?q=bai+viet+thu", "/", "/partners/KR" })
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
            Assert.DoesNotMatch(ImageTag(), html);
            Assert.DoesNotMatch(ScriptTag(), html);
        }
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy()
    {
        using var client = Site.Anonymous();
        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative), Ct);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_page_view_highlights_each_facts_evidence_in_the_text()
    {
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var record = ComposedPages.LaosHealth();
        var html = await client.GetStringAsync(new Uri($"/pages/{Site.PageId(record)}", UriKind.Relative), Ct);
        var signing = record.Agreements[0];
        Assert.Contains($"<mark class=\"ev k-event\" id=\"at-{signing.EvidenceStart}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"#at-{signing.EvidenceStart}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/facts/{await Site.AgreementIdAsync("LA")}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_in_one_sentence_link_to_their_own_consolidated_person()
    {
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var html = await client.GetStringAsync(new Uri($"/pages/{Site.PageId(ComposedPages.LaosHealth())}", UriKind.Relative), Ct);
        var lan = await Site.PersonIdAsync("Đào Hồng Lan");
        var bounfeng = await Site.PersonIdAsync("Bounfeng");
        Assert.NotEqual(lan, bounfeng);
        Assert.Contains($"href=\"/facts/{lan}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/facts/{bounfeng}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_redirect_to_sign_in_when_signed_out()
    {
        using var client = Site.Anonymous();
        using var response = await client.GetAsync(new Uri("/search?q=hop+tac", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        using var client = Site.Anonymous();
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "viewer", ["password"] = "wrong-password", ["__RequestVerificationToken"] = TestSite.AntiforgeryToken(form),
        });
        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sai tên hoặc mật khẩu", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_without_the_antiforgery_token_are_refused()
    {
        using var client = Site.Anonymous();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "viewer", ["password"] = TestSite.ViewerPassword });
        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_interface_is_Vietnamese_by_default_and_English_on_request()
    {
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var vietnamese = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Contains("Tổng quan", vietnamese, StringComparison.Ordinal);

        using var switched = await client.GetAsync(new Uri("/lang/en?returnUrl=/search", UriKind.Relative), Ct);
        Assert.Equal("/search", switched.Headers.Location!.OriginalString);
        var english = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Contains(">Dashboard<", english, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        using var client = Site.Anonymous();
        using var response = await client.GetAsync(new Uri("/lang/en?returnUrl=//evil.example/", UriKind.Relative), Ct);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_partner_page_draws_the_timeline_as_svg_and_lists_facts()
    {
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var html = await client.GetStringAsync(new Uri("/partners/LA", UriKind.Relative), Ct);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains(">2024<", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/facts/{await Site.AgreementIdAsync("LA")}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/facts/{await Site.EventIdAsync("LA", "talks")}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"no-facts\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_page_works_without_diacritics_and_marks_the_hits()
    {
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var html = await client.GetStringAsync(new Uri("/search?q=vac+xin", UriKind.Relative), Ct);
        Assert.Contains("Nhật Bản trao tặng thêm vắc-xin cho Việt Nam", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"hit\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=hop+tac")]
    [InlineData("/search?partner=LA&area=health")]
    [InlineData("/partners")]
    [InlineData("/partners/JP")]
    [InlineData("/people?name=lan")]
    [InlineData("/facts/{talks}")]
    [InlineData("/facts/{agreement}")]
    [InlineData("/facts/{person}")]
    [InlineData("/account/tokens")]
    [InlineData("/account/password")]
    public async Task Every_page_renders_for_a_viewer(string path)
    {
        path = path.Replace("{talks}", await Site.EventIdAsync("LA", "talks"), StringComparison.Ordinal)
            .Replace("{agreement}", await Site.AgreementIdAsync("LA"), StringComparison.Ordinal)
            .Replace("{person}", await Site.PersonIdAsync("Đào Hồng Lan"), StringComparison.Ordinal);
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_lists_consolidated_events_linking_to_their_facts()
    {
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Contains("id=\"latest-events\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/facts/{await Site.EventIdAsync("LA", "talks")}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/partners/LA\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"no-events\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/facts/E999")]
    [InlineData("/facts/zzz")]
    [InlineData("/pages/99999")]
    [InlineData("/partners/!!")]
    public async Task Unknown_pages_are_404(string path)
    {
        using var client = await Site.SignedInAsync("viewer", TestSite.ViewerPassword);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    public async Task Admin_pages_are_refused_to_an_editor(string path)
    {
        using var client = await Site.SignedInAsync("editor", TestSite.EditorPassword);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
