using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using HopTac.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace HopTac.Web.Tests.Hardening;

/// <summary>
/// Walks every route the app maps (read from its endpoint data sources, so a new route is walked without editing this
/// test) with hostile values in each route and query parameter, form field and JSON body field, anonymously and as a
/// signed-in admin, and asserts that nothing answers 5xx: bad input is a 4xx, never a crash.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private TestSite site = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => site = await TestSite.StartAsync();

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    /// <summary>Values that have broken parsers before: impossible dates, numbers past every type, control characters, traversal, length.</summary>
    public static readonly IReadOnlyList<string> Hostile =
    [
        "2016-13-45", "0000-00-00", "2023-02-29", "9999-99-99T99:99:99", "-0001-01-01",
        "99999999999999999999999999", "-9223372036854775809", "9223372036854775807", "-1", "0", "1e400", "NaN", "0x7fffffff",
        "\0", "\t\r\n", "\u001b[31m", "\u202e\u200b", "\ufeff",
        "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/\t/x", "//evil.example/", "\\\\evil",
        new string('a', 5000), new string('đ', 1000), string.Concat(Enumerable.Repeat("Đại sứ ", 300)),
        "<script>alert(1)</script>", "' OR 1=1 --", "\"", "*", "NEAR(a b", "a AND OR NOT (", "{\"a\":", "[]", "%", "%zz", "E99999999999999999999",
    ];

    /// <summary>Percent sequences a client can send but no .NET string holds: a lone surrogate and invalid UTF-8.</summary>
    private static readonly IReadOnlyList<string> RawEncoded = ["%ED%A0%80", "%FF%FE%00", "%C0%AF"];

    private sealed record Route(string Method, RoutePattern Pattern, string? Handler, IReadOnlyList<string> Query, IReadOnlyList<string> Body, bool Json);

    [Fact]
    public async Task No_route_answers_5xx_to_hostile_parameters()
    {
        var routes = Routes();
        Assert.True(routes.Count >= 30, $"only {routes.Count} routes found: the walk reads the endpoints wrongly");
        Assert.Contains(routes, r => r.Pattern.RawText!.Contains("lang", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Pattern.RawText!.Contains("account/login", StringComparison.Ordinal) && r.Method == "POST");

        var failures = new List<string>();
        var count = 0;
        var cookies = new CookieContainer();
        using var admin = await site.SignedInAsync("admin", TestSite.AdminPassword, cookies);
        var antiforgery = TestSite.AntiforgeryToken(await admin.GetStringAsync(new Uri("/account/tokens", UriKind.Relative), Ct));
        using var anonymous = site.Anonymous();
        using var bearer = site.WithToken(site.AdminToken);
        foreach (var route in routes)
        {
            // Signing out would end the walk's own session; it is walked anonymously.
            var isSignOut = route.Pattern.RawText!.Contains("logout", StringComparison.Ordinal);
            var clients = isSignOut ? [anonymous] : new[] { anonymous, bearer, admin };
            foreach (var client in clients)
            {
                foreach (var request in Requests(route, antiforgery))
                {
                    count++;
                    using var message = request();
                    using var response = await client.SendAsync(message, Ct);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} {message.Method} {Shorten(message.RequestUri!.OriginalString)}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} requests answered 5xx:\n" + string.Join('\n', failures.Distinct().Take(30)));

        // The walk's own credentials lasted to the end, so the signed-in requests reached the handlers throughout.
        foreach (var client in new[] { admin, bearer })
        {
            using var me = await client.GetAsync(new Uri("/api/me", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        Assert.True(count > 2000, $"only {count} requests were made");
    }

    [Theory]
    [InlineData("/lang/en?returnUrl=/%09/x")]
    [InlineData("/lang/en?returnUrl=/%0d%0aSet-Cookie:%20x=y")]
    [InlineData("/lang/en?returnUrl=//evil.example")]
    [InlineData("/lang/vi?returnUrl=/\\evil.example")]
    public async Task The_language_switch_goes_home_when_the_return_address_is_not_a_local_path(string url)
    {
        using var client = site.Anonymous();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("from", "2016-13-45")]
    [InlineData("to", "2023-02-29")]
    [InlineData("from", "2016-00")]
    [InlineData("to", "0000")]
    public async Task Search_facets_refuse_dates_that_do_not_exist(string facet, string value)
    {
        using var client = site.WithToken(site.ViewerToken);
        using var response = await client.GetAsync(new Uri($"/api/search?partner=LA&{facet}={value}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(facet, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2016-12")]
    [InlineData("2024-02-29")]
    public async Task Search_facets_take_real_dates_and_prefixes(string value)
    {
        using var client = site.WithToken(site.ViewerToken);
        using var response = await client.GetAsync(new Uri($"/api/search?partner=LA&from={value}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    /// <summary>Every request to make for one route: each parameter hostile in turn, then all at once, then raw bytes.</summary>
    private IEnumerable<Func<HttpRequestMessage>> Requests(Route route, string antiforgery)
    {
        var routeNames = route.Pattern.Parameters.Select(p => p.Name).ToList();
        var targets = routeNames.Concat(route.Query).Concat(route.Body).Distinct(StringComparer.Ordinal).ToList();
        if (targets.Count == 0)
        {
            targets.Add("culture");
        }

        foreach (var value in Hostile)
        {
            foreach (var target in targets)
            {
                yield return () => Build(route, antiforgery, name => name == target ? Uri.EscapeDataString(value) : null);
            }

            yield return () => Build(route, antiforgery, _ => Uri.EscapeDataString(value));
        }

        foreach (var raw in RawEncoded)
        {
            yield return () => Build(route, antiforgery, _ => raw);
        }

        if (route.Json)
        {
            foreach (var body in new[] { "", "null", "[]", "{", "{\"a\":1}", new string('[', 5000), "{\"why\":" + new string('9', 400) + "}" })
            {
                yield return () =>
                {
                    var message = Build(route, antiforgery, _ => null);
                    message.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    return message;
                };
            }
        }
    }

    /// <summary>A request with <paramref name="valueOf"/>'s (already escaped) value where it gives one, a plausible value elsewhere.</summary>
    private HttpRequestMessage Build(Route route, string antiforgery, Func<string, string?> valueOf)
    {
        var path = new StringBuilder();
        foreach (var segment in route.Pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => valueOf(parameter.Name) ?? Plausible(route, parameter),
                    _ => string.Empty,
                });
            }
        }

        var query = new List<string>();
        if (route.Handler is not null)
        {
            query.Add("handler=" + route.Handler);
        }

        var inQuery = route.Method == "GET" || route.Json ? route.Query : [];
        query.AddRange(inQuery.Select(name => (name, value: valueOf(name))).Where(p => p.value is not null).Select(p => p.name + "=" + p.value));
        var url = (path.Length == 0 ? "/" : path.ToString()) + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        var message = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(url, UriKind.Relative));
        message.Headers.Add("RequestVerificationToken", antiforgery);
        if (route.Json)
        {
            var body = route.Body.Select(name => (name, value: valueOf(name))).Where(p => p.value is not null)
                .ToDictionary(p => p.name, p => Uri.UnescapeDataString(p.value!), StringComparer.Ordinal);
            message.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }
        else if (route.Method == "POST")
        {
            var form = route.Body.Select(name => (name, value: valueOf(name))).Where(p => p.value is not null)
                .Select(p => p.name + "=" + p.value).Append("__RequestVerificationToken=" + Uri.EscapeDataString(antiforgery));
            message.Content = new StringContent(string.Join('&', form), Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        return message;
    }

    /// <summary>A value that passes the parameter's constraint and names something that exists, so the hostile one next to it gets deep.</summary>
    private string Plausible(Route route, RoutePatternParameterPart parameter)
    {
        var isLong = route.Pattern.ParameterPolicies.TryGetValue(parameter.Name, out var policies)
            && policies.Any(p => p.Content is "long" or "int");
        return parameter.Name switch
        {
            "code" => "LA",
            "culture" => "en",
            "documentName" => "v1",
            _ when isLong && route.Method == "DELETE" => "424242", // never revoke the walk's own token
            _ when isLong => site.PageIds.Values.First().ToString(CultureInfo.InvariantCulture),
            _ => "E1",
        };
    }

    /// <summary>The app's routes: minimal API endpoints with their method's parameters, and Razor pages with their handlers'.</summary>
    private List<Route> Routes()
    {
        var routes = new List<Route>();
        var sources = ((IEndpointRouteBuilder)site.App).DataSources;
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is { } page)
            {
                routes.AddRange(PageRoutes(pattern, page.ViewEnginePath));
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var handler = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
            var (query, body) = handler is null ? ([], []) : Parameters(handler.GetParameters(), pattern);
            foreach (var method in methods)
            {
                routes.Add(new Route(method, pattern, null, query, body, body.Count > 0 || method is "POST" or "PUT" or "DELETE"));
            }
        }

        return routes;
    }

    private static IEnumerable<Route> PageRoutes(RoutePattern pattern, string viewEnginePath)
    {
        var typeName = "HopTac.Web.Pages" + viewEnginePath.Replace('/', '.') + "Model";
        var model = typeof(HopTacApp).Assembly.GetType(typeName);
        Assert.True(model is not null && typeof(PageModel).IsAssignableFrom(model), $"no page model {typeName}");
        foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var match = System.Text.RegularExpressions.Regex.Match(method.Name, "^On(Get|Post)(.*?)(Async)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            if (!match.Success)
            {
                continue;
            }

            var names = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).Select(p => p.Name!)
                .Where(n => pattern.GetParameter(n) is null).ToList();
            var verb = match.Groups[1].Value.ToUpperInvariant();
            var handler = match.Groups[2].Value is { Length: > 0 } h ? h : null;
            yield return new Route(verb, pattern, handler, verb == "GET" ? names : [], verb == "POST" ? names : [], Json: false);
        }
    }

    /// <summary>Query names (simple parameters, and those of an [AsParameters] record) and JSON body names (a body record's properties).</summary>
    private static (IReadOnlyList<string> Query, IReadOnlyList<string> Body) Parameters(ParameterInfo[] parameters, RoutePattern pattern)
    {
        var query = new List<string>();
        var body = new List<string>();
        foreach (var parameter in parameters)
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (pattern.GetParameter(parameter.Name!) is not null)
            {
                continue;
            }

            if (IsSimple(type))
            {
                query.Add(parameter.Name!);
            }
            else if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                query.AddRange(type.GetConstructors()[0].GetParameters().Select(p => p.Name!.ToLowerInvariant()));
            }
            else if (type.Assembly == typeof(HopTacApp).Assembly && type.Namespace == "HopTac.Web.Api")
            {
                body.AddRange(type.GetProperties().Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)));
            }
        }

        return (query, body);
    }

    private static bool IsSimple(Type type) => type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal);
}
