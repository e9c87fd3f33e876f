using System.CommandLine;
using HopTac.Web;
using HopTac.Web.Hosting;

namespace HopTac.Cli.Commands;

/// <summary><c>hoptac serve</c>: the web app and JSON API over the same store file as the other commands.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliConsole console, CommonOptions common)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (semicolon-separated URLs).",
            DefaultValueFactory = _ => DefaultUrls,
        };
        urls.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value) || value.Split(';').Any(u => !Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                result.AddError($"--urls must be http(s) URLs such as {DefaultUrls}, not '{value}'.");
            }
        });
        var open = new Option<bool>("--public") { Description = "Let visitors read without an account (pages, search, API reads); curating and accounts still need sign-in." };
        var command = new Command("serve", "Serve the web app and JSON API (first start creates the admin: HOPTAC_ADMIN_PASSWORD, or a one-time code printed here).")
        {
            urls,
            open,
            common.Db,
        };
        command.SetAction(async (parse, ct) =>
        {
            var db = parse.GetValue(common.Db)!;
            try
            {
                var app = await HopTacApp.BuildAsync(["--urls", parse.GetValue(urls)!, $"--{HopTacWebOptions.Section}:Db", db, $"--{HopTacWebOptions.Section}:Public", parse.GetValue(open) ? "true" : "false"], new HopTacAppOverrides { Console = console.Out }, ct)
                    .ConfigureAwait(false);
                await using (app.ConfigureAwait(false))
                {
                    try
                    {
                        await app.RunAsync().WaitAsync(ct).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (ct.IsCancellationRequested)
                    {
                        // Asked to stop (Ctrl+C, or the caller's token): a clean shutdown, not a failure.
                        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                    }
                }

                return ExitCodes.Ok;
            }
            catch (Exception e) when (StoreOpener.IsStorageFailure(e))
            {
                console.Fail($"the store {db} failed: {e.Message}");
                return ExitCodes.StorageFailure;
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException e)
            {
                console.Fail(e.Message);
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
