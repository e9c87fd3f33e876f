using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HopTac.Storage;
using HopTac.Storage.Accounts;
using HopTac.Storage.Knowledge;
using HopTac.Storage.Sqlite;
using HopTac.Storage.Watchlists;
using HopTac.Web.Api;
using HopTac.Web.Auth;
using HopTac.Web.Curation;
using HopTac.Web.Dashboard;
using HopTac.Web.Hosting;
using HopTac.Web.Localization;
using HopTac.Web.Search;
using HopTac.Web.Watchlists;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace HopTac.Web;

/// <summary>
/// Builds the HopTac web app: Razor pages for people, the JSON API under /api, OpenAPI and its reference. The host
/// (the web project's Program, <c>hoptac serve</c>, the tests) calls <see cref="BuildAsync"/> and runs the result.
/// </summary>
public static class HopTacApp
{
    public static readonly IReadOnlyList<CultureInfo> Cultures = [new("vi"), new("en")];

    /// <summary>The rate-limit policy of the sign-in form.</summary>
    internal const string SignInRateLimit = "sign-in";

    /// <summary>Builds the app from command-line style arguments (<c>--urls</c>, <c>--HopTac:Db</c>) and the environment.</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, HopTacAppOverrides? overrides, CancellationToken cancellationToken)
    {
        overrides ??= new HopTacAppOverrides();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Razor pages are compiled into this assembly; naming it keeps part discovery right whatever process hosts the app.
            ApplicationName = typeof(HopTacApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (Environment.GetEnvironmentVariable("HOPTAC_ADMIN_PASSWORD") is { Length: > 0 } adminPassword)
        {
            builder.Configuration[$"{HopTacWebOptions.Section}:{nameof(HopTacWebOptions.AdminPassword)}"] = adminPassword;
        }

        builder.Services.AddOptions<HopTacWebOptions>().Bind(builder.Configuration.GetSection(HopTacWebOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(HopTacWebOptions.Section).Get<HopTacWebOptions>() ?? new HopTacWebOptions();
        var clock = overrides.Clock ?? TimeProvider.System;

        var ownsStore = overrides.Store is null;
        // --db (or HOPTAC_DB) names a SQLite file or a postgres:// database (Stores decides); accounts, watchlists and
        // the crawler's sources live beside the pages, in the same database.
        var store = overrides.Store ?? await Stores.OpenAsync(options.Db, clock, cancellationToken).ConfigureAwait(false);
        var address = store is SqlitePageStore sqlite ? sqlite.FilePath : options.Db;
        var accounts = overrides.Accounts ?? Stores.OpenAccounts(address, clock);
        var crawl = overrides.Crawl ?? await Stores.OpenCrawlAsync(address, clock, cancellationToken).ConfigureAwait(false);

        var services = builder.Services;
        services.AddSingleton(clock);
        if (ownsStore)
        {
            // Built by a factory, so the container disposes the store with the app.
            services.AddSingleton(_ => store);
        }
        else
        {
            services.AddSingleton(store);
        }

        services.AddSingleton(store.Knowledge);
        if (overrides.Accounts is null)
        {
            // Built by a factory, so the container disposes it (the PostgreSQL one holds a connection pool).
            services.AddSingleton(_ => accounts);
        }
        else
        {
            services.AddSingleton(accounts);
        }
        services.AddSingleton(crawl);
        services.AddSingleton<SearchService>();
        services.AddSingleton<CurationService>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<AccountThrottle>();
        services.AddSingleton<TokenUsage>();
        services.AddHostedService(sp => sp.GetRequiredService<TokenUsage>());
        services.AddSingleton<DashboardService>();
        services.AddSingleton(Stores.OpenWatchlists(address, clock));
        services.AddSingleton<WatchlistService>();
        services.AddSingleton<PartnerPageCache>();
        services.AddHopTacAuth(options);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "hoptac.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "RequestVerificationToken";
        });
        if (options.ForwardedHeaders)
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                if (options.KnownProxies.Count > 0)
                {
                    o.KnownIPNetworks.Clear();
                    o.KnownProxies.Clear();
                    foreach (var proxy in options.KnownProxies)
                    {
                        o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
                    }
                }
            });
        }
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages().AddViewLocalization();
        // Razor encodes every non-ASCII letter by default; Vietnamese stays readable, markup characters are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<BadInputExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityScheme>());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Only attempts count: loading the form is free, so reloading a page never locks anyone out.
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("form")
                : System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = options.SignInsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("vi");
            o.SupportedCultures = [.. Cultures];
            o.SupportedUICultures = [.. Cultures];
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HopTac.Web");
        var validated = app.Services.GetRequiredService<IOptions<HopTacWebOptions>>().Value;
        Log.Serving(logger, store is SqlitePageStore s ? s.FilePath : validated.Db);
        await AdminBootstrap.EnsureAdminAsync(accounts, validated, overrides.Console ?? Console.Out, logger, cancellationToken).ConfigureAwait(false);

        if (validated.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // A browser gets an HTML page for an error status (an unknown fact, page or partner); the API keeps ProblemDetails.
        // Registered after (so inside) the ProblemDetails writer: it sees the empty error response first.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseAntiforgery();

        app.MapAssetEndpoints();
        app.MapHealthEndpoints();
        app.MapSearchEndpoints();
        app.MapPartnerEndpoints();
        app.MapFactEndpoints();
        app.MapPageEndpoints();
        app.MapPeopleEndpoints();
        app.MapAccountEndpoints();
        app.MapDashboardEndpoints();
        app.MapFactExportEndpoints();
        app.MapDossierEndpoints();
        app.MapWatchlistEndpoints();
        app.MapLanguageEndpoints();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o =>
        {
            o.Title = "HopTac API";
            o.DefaultFonts = false;
            o.Telemetry = false;
        }).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
