using HopTac.Storage.Accounts;
using HopTac.Web.Hosting;

namespace HopTac.Web.Auth;

/// <summary>
/// First start: with no account yet, creates <c>admin</c>. Its password is HOPTAC_ADMIN_PASSWORD when set;
/// otherwise a one-time code is printed to the console, and the admin must choose a password after signing in. The
/// code signs in once; if the admin has still not chosen a password at the next start (the code was lost, or used in a
/// browser that was closed), that start prints a new code, so whoever reads the console is never locked out.
/// </summary>
internal static class AdminBootstrap
{
    public const string AdminName = "admin";

    public static async Task EnsureAdminAsync(IAccountStore accounts, HopTacWebOptions options, TextWriter console, ILogger logger, CancellationToken cancellationToken)
    {
        var fromEnvironment = !string.IsNullOrEmpty(options.AdminPassword);
        if (await accounts.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            await RenewCodeAsync(accounts, options, console, cancellationToken).ConfigureAwait(false);
            return;
        }

        var password = fromEnvironment ? options.AdminPassword! : PasswordHashing.NewOneTimeCode();
        var hash = PasswordHashing.Hash(password, options.PasswordIterations);
        var created = await accounts.CreateAsync(AdminName, Roles.Admin, hash, mustChangePassword: !fromEnvironment, cancellationToken).ConfigureAwait(false);
        if (created.Account is null)
        {
            // Another process created the first account between the count and the insert: nothing to do.
            return;
        }

        await accounts.AuditAsync("system", "account-create", "account:" + AdminName, fromEnvironment ? "first start, password from environment" : "first start, one-time code", cancellationToken).ConfigureAwait(false);
        Log.AdminCreated(logger, AdminName, fromEnvironment);
        if (!fromEnvironment)
        {
            // The code goes to the console only, never to the log: logs are often kept and shipped.
            await PrintCodeAsync(console, password, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task RenewCodeAsync(IAccountStore accounts, HopTacWebOptions options, TextWriter console, CancellationToken cancellationToken)
    {
        if (await accounts.FindForSignInAsync(AdminName, cancellationToken).ConfigureAwait(false) is not { Account: { MustChangePassword: true, Role: Roles.Admin } admin })
        {
            return;
        }

        var fromEnvironment = !string.IsNullOrEmpty(options.AdminPassword);
        var password = fromEnvironment ? options.AdminPassword! : PasswordHashing.NewOneTimeCode();
        await accounts.SetPasswordAsync(admin.Id, PasswordHashing.Hash(password, options.PasswordIterations), mustChangePassword: !fromEnvironment, cancellationToken).ConfigureAwait(false);
        await accounts.AuditAsync("system", "password-reset", "account:" + AdminName, fromEnvironment ? "setup unfinished, password from environment" : "setup unfinished, new one-time code", cancellationToken).ConfigureAwait(false);
        if (!fromEnvironment)
        {
            await PrintCodeAsync(console, password, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task PrintCodeAsync(TextWriter console, string code, CancellationToken cancellationToken)
    {
        await console.WriteLineAsync($"hoptac: first start — sign in as '{AdminName}' with the one-time code {code} and choose a password.").ConfigureAwait(false);
        await console.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
