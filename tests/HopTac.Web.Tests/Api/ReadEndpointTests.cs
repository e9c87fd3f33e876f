using System.Net;
using System.Text.Json;
using HopTac.Storage.Knowledge;
using HopTac.Web.Tests.Support;

namespace HopTac.Web.Tests.Api;

public sealed class ReadEndpointTests(SiteFixture fixture) : IClassFixture<SiteFixture>
{
    private TestSite Site => fixture.Site;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? token = null)
    {
        using var client = Site.WithToken(token ?? Site.ViewerToken);
        return await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
    }

    [Fact]
    public async Task Healthz_answers_without_sign_in()
    {
        using var client = Site.Anonymous();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await JsonAsync(response)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/api/search?q=hop+tac")]
    [InlineData("/api/partners")]
    [InlineData("/api/partners/LA")]
    [InlineData("/api/partners/LA/timeline")]
    [InlineData("/api/facts/E1")]
    [InlineData("/api/facts/E1/history")]
    [InlineData("/api/pages/1")]
    [InlineData("/api/people?name=lan")]
    [InlineData("/api/dashboard")]
    [InlineData("/api/me")]
    [InlineData("/api/tokens")]
    public async Task Every_read_endpoint_is_401_without_sign_in_or_token(string path)
    {
        using var client = Site.Anonymous();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_or_made_up_token_is_401()
    {
        using var response = await GetAsync("/api/search?q=hop+tac", "htk_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Search_without_diacritics_finds_the_Vietnamese_page_with_id_title_and_snippet()
    {
        using var response = await GetAsync("/api/search?q=hop+tac+y+te");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await JsonAsync(response)).GetProperty("results");
        var first = results[0];
        Assert.Equal(Site.PageId(ComposedPages.LaosHealth()), first.GetProperty("id").GetInt64());
        Assert.Equal("Việt Nam và Lào tăng cường hợp tác y tế", first.GetProperty("title").GetString());
        Assert.Contains("hợp tác y tế", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("highlights").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("partner=JP", "composed/nhat-ban-vac-xin.txt")]
    [InlineData("partner=la", "composed/lao-y-te-ban-tin-2.txt composed/lao-y-te.txt")]
    [InlineData("area=vaccines", "composed/nhat-ban-vac-xin.txt")]
    [InlineData("type=signing", "composed/lao-y-te.txt")]
    [InlineData("from=2024&to=2024-12", "composed/lao-y-te-ban-tin-2.txt composed/lao-y-te.txt")]
    public async Task Search_facets_keep_only_matching_pages(string facet, string sources)
    {
        using var response = await GetAsync("/api/search?q=viet+nam&" + facet);
        var results = (await JsonAsync(response)).GetProperty("results");
        Assert.Equal(sources, string.Join(' ', results.EnumerateArray().Select(r => r.GetProperty("source").GetString()).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Search_returns_the_total_and_pages_through_every_match_with_offset_and_limit()
    {
        using var all = await GetAsync("/api/search?q=viet+nam&limit=200");
        var whole = await JsonAsync(all);
        var total = whole.GetProperty("total").GetInt32();
        Assert.True(total >= 3, $"the composed pages should give several matches, not {total}");
        Assert.True(whole.GetProperty("total_is_exact").GetBoolean(), "a few matches are counted exactly");
        Assert.Equal(total, whole.GetProperty("count").GetInt32());

        var ids = new List<long>();
        for (var offset = 0; offset < total; offset += 2)
        {
            using var response = await GetAsync($"/api/search?q=viet+nam&limit=2&offset={offset}");
            var page = await JsonAsync(response);
            Assert.Equal((total, offset, 2), (page.GetProperty("total").GetInt32(), page.GetProperty("offset").GetInt32(), page.GetProperty("limit").GetInt32()));
            Assert.Equal(Math.Min(2, total - offset), page.GetProperty("count").GetInt32());
            ids.AddRange(page.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
        }

        Assert.Equal(whole.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()), ids);
    }

    [Fact]
    public async Task Facets_alone_list_the_matching_pages()
    {
        using var response = await GetAsync("/api/search?partner=KR");
        var results = (await JsonAsync(response)).GetProperty("results");
        Assert.Equal(1, results.GetArrayLength());
        Assert.Equal("composed/doc-hai.html", results[0].GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=a&limit=0", "limit")]
    [InlineData("/api/search?q=a&limit=5000", "limit")]
    [InlineData("/api/search?q=a&offset=-1", "offset")]
    [InlineData("/api/search?q=a&offset=10001", "offset")]
    [InlineData("/api/search?q=a&from=last+year", "from")]
    [InlineData("/api/search?q=a&partner=J%3CP%3E", "partner")]
    [InlineData("/api/search/export?q=a&format=xml", "format")]
    [InlineData("/api/partners/J!P/timeline", "code")]
    [InlineData("/api/partners/JP/timeline?from=yesterday", "from")]
    [InlineData("/api/partners/JP/timeline/export?format=pdf", "format")]
    [InlineData("/api/facts/not-an-id", "id")]
    [InlineData("/api/facts/E1x/history", "id")]
    [InlineData("/api/people", "name")]
    public async Task Bad_parameters_are_validation_problems(string path, string field)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_query_longer_than_the_bound_is_refused()
    {
        using var response = await GetAsync("/api/search?q=" + new string('a', 600));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/facts/E999")]
    [InlineData("/api/facts/E999/history")]
    [InlineData("/api/pages/999999")]
    [InlineData("/api/partners/ZZ")]
    public async Task Unknown_things_are_404_problems(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_exports_csv_and_json_lines()
    {
        using var csv = await GetAsync("/api/search/export?q=hop+tac&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,title,published,source,snippet", lines[0]);
        Assert.True(lines.Length >= 3);

        using var jsonl = await GetAsync("/api/search/export?q=hop+tac&format=jsonl");
        var rows = (await jsonl.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Length - 1, rows.Length);
        Assert.All(rows, r => Assert.True(JsonDocument.Parse(r).RootElement.TryGetProperty("id", out _)));
    }

    [Fact]
    public async Task Timeline_is_the_snake_case_Timeline_record()
    {
        using var response = await GetAsync("/api/partners/la/timeline");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal("LA", json.GetProperty("partner").GetString());
        var e = json.GetProperty("events")[0];
        foreach (var name in new[] { "id", "type", "date", "actors", "participants", "sources", "date_variants", "status", "conflict" })
        {
            Assert.True(e.TryGetProperty(name, out _), name);
        }

        Assert.Equal(1, json.GetProperty("agreements").GetArrayLength());
        Assert.True(e.GetProperty("sources")[0].TryGetProperty("evidence_start", out _));
    }

    [Fact]
    public async Task Timeline_is_byte_for_byte_the_knowledge_base_json_the_cli_prints()
    {
        using var response = await GetAsync("/api/partners/LA/timeline?from=2024");
        var expected = KnowledgeJson.Serialize(await Site.Knowledge.GetTimelineAsync(new TimelineQuery("LA", From: "2024"), Ct));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Timeline_exports_one_row_per_fact()
    {
        using var csv = await GetAsync("/api/partners/LA/timeline/export?format=csv");
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("kind,id,type,date", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 2 + 1 + 1, lines.Length);

        using var jsonl = await GetAsync("/api/partners/LA/timeline/export?format=jsonl");
        var rows = (await jsonl.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length);
        Assert.Equal("event", JsonDocument.Parse(rows[0]).RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Partners_list_and_overview_come_from_the_knowledge_base()
    {
        using var list = await GetAsync("/api/partners");
        var partners = (await JsonAsync(list)).GetProperty("partners");
        Assert.Contains(partners.EnumerateArray(), p => p.GetProperty("code").GetString() == "JP");

        using var overview = await GetAsync("/api/partners/LA");
        var json = await JsonAsync(overview);
        Assert.Equal(2, json.GetProperty("events").GetInt32());
        Assert.Equal(1, json.GetProperty("agreements").GetInt32());
    }

    [Fact]
    public async Task Page_returns_the_record_and_its_consolidated_facts()
    {
        var id = Site.PageId(ComposedPages.LaosHealth());
        using var response = await GetAsync($"/api/pages/{id}");
        var json = await JsonAsync(response);
        Assert.Equal(id, json.GetProperty("id").GetInt64());
        Assert.Contains("Bounfeng", json.GetProperty("record").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("facts").GetArrayLength() >= 4);
    }

    [Fact]
    public async Task People_are_found_without_diacritics()
    {
        using var response = await GetAsync("/api/people?name=dao+hong+lan");
        var people = (await JsonAsync(response)).GetProperty("people");
        Assert.Equal("Đào Hồng Lan", people[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Fact_and_history_are_returned()
    {
        var id = await Site.AgreementIdAsync("LA");
        using var fact = await GetAsync($"/api/facts/{id}");
        var json = await JsonAsync(fact);
        Assert.Equal("agreement", json.GetProperty("kind").GetString());
        Assert.Equal("memorandum", json.GetProperty("fields").GetProperty("type").GetString());
        Assert.Equal(Site.PageId(ComposedPages.LaosHealth()), json.GetProperty("sources")[0].GetProperty("page").GetInt64());

        // Nobody has curated it yet: the history holds only the machine's consolidation.
        using var history = await GetAsync($"/api/facts/{id}/history");
        var revisions = await JsonAsync(history);
        Assert.Equal(id, revisions.GetProperty("id").GetString());
        Assert.All(revisions.GetProperty("history").EnumerateArray(), r => Assert.Equal(TestSite.MachineAuthor, r.GetProperty("who").GetString()));
        Assert.Equal("create", revisions.GetProperty("history")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Dashboard_counts_pages_per_partner_and_year()
    {
        using var response = await GetAsync("/api/dashboard");
        var json = await JsonAsync(response);
        var la = json.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "LA");
        Assert.Equal(2, la.GetProperty("pages").GetInt32());
        Assert.Equal(2, la.GetProperty("events").GetInt32());
        Assert.DoesNotContain(json.GetProperty("partners").EnumerateArray(), p => p.GetProperty("code").GetString() == "VN");
        var y2024 = json.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetString() == "2024");
        Assert.Equal(2, y2024.GetProperty("pages").GetInt32());

        // The two reports of one talks are one event: two Laos events in 2024, however many pages tell of them.
        Assert.Equal(2, y2024.GetProperty("events").GetInt32());
        Assert.Equal(1, json.GetProperty("latest_events").EnumerateArray().Count(e => e.GetProperty("type").GetString() == "talks" && e.GetProperty("actors").EnumerateArray().Any(a => a.GetString() == "LA")));
    }

    [Fact]
    public async Task OpenApi_document_and_reference_are_served()
    {
        using var client = Site.Anonymous();
        using var doc = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, doc.StatusCode);
        var json = await JsonAsync(doc);
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/search", out _));
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/facts/{id}/accept", out _));
        var bearer = json.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        var accept = json.GetProperty("paths").GetProperty("/api/facts/{id}/accept").GetProperty("post");
        Assert.True(accept.GetProperty("security")[0].TryGetProperty("Bearer", out _));
        Assert.False(json.GetProperty("paths").GetProperty("/healthz").GetProperty("get").TryGetProperty("security", out _));

        using var reference = await client.GetAsync(new Uri("/scalar/v1", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}
