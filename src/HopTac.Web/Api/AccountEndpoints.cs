using System.Security.Claims;
using HopTac.Storage.Accounts;
using HopTac.Web.Auth;
using HopTac.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HopTac.Web.Api;

/// <summary>Who am I, API tokens (one's own; any as admin), accounts and the audit log (admin).</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Accounts");
        api.MapGet("/me", (ClaimsPrincipal user) =>
            TypedResults.Ok(new MeResponse(HopTacClaims.IdOf(user) ?? 0, HopTacClaims.NameOf(user), HopTacClaims.RoleOf(user) ?? string.Empty))).WithName("Me");

        api.MapGet("/tokens", async (ClaimsPrincipal user, IAccountStore accounts, CancellationToken ct) =>
            TypedResults.Ok(new TokensResponse(await accounts.ListTokensAsync(HopTacClaims.Can(user, Roles.Admin) ? null : HopTacClaims.IdOf(user) ?? -1, ct).ConfigureAwait(false))))
            .WithName("ListTokens");

        var writes = api.MapGroup("/").AddEndpointFilter<CookieAntiforgeryFilter>();
        writes.MapPost("/tokens", CreateTokenAsync).WithName("CreateToken");
        writes.MapDelete("/tokens/{id:long}", async Task<Results<NoContent, ProblemHttpResult>> (long id, ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
            await service.RevokeTokenAsync(user, id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : ApiProblems.NotFound($"no active token {id} of yours"))
            .WithName("RevokeToken");

        var admin = api.MapGroup("/").RequireAuthorization(AuthSetup.AdminPolicy);
        admin.MapGet("/users", async (IAccountStore accounts, CancellationToken ct) => TypedResults.Ok(new AccountsResponse(await accounts.ListAsync(ct).ConfigureAwait(false))))
            .WithName("ListUsers");
        admin.MapGet("/audit", async (int? limit, IAccountStore accounts, CancellationToken ct) =>
            TypedResults.Ok(new AuditResponse(await accounts.ListAuditAsync(limit ?? 100, ct).ConfigureAwait(false)))).WithName("Audit");
        var adminWrites = admin.MapGroup("/").AddEndpointFilter<CookieAntiforgeryFilter>();
        adminWrites.MapPost("/users", CreateUserAsync).WithName("CreateUser");
        adminWrites.MapPut("/users/{id:long}/role", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (long id, RoleBody body, ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
        {
            if (!Roles.IsKnown(body.Role))
            {
                return ApiProblems.Invalid("role", "viewer, editor or admin");
            }

            return await service.SetRoleAsync(user, id, body.Role!, ct).ConfigureAwait(false) switch
            {
                AccountChange.Done => TypedResults.NoContent(),
                AccountChange.LastAdmin => TypedResults.Problem(
                    detail: "this is the last enabled admin: make another admin first", statusCode: StatusCodes.Status409Conflict, title: "Last admin"),
                _ => ApiProblems.NotFound($"no account {id}"),
            };
        }).WithName("SetRole");
        return app;
    }

    private static async Task<Results<Ok<IssuedTokenResponse>, ValidationProblem, ForbidHttpResult>> CreateTokenAsync(
        TokenBody body, ClaimsPrincipal user, AccountService service, IOptions<HopTacWebOptions> options, CancellationToken cancellationToken)
    {
        var name = body.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 64)
        {
            return ApiProblems.Invalid("name", "a label of 1 to 64 characters");
        }

        if (body.Scope is not null && !TokenScopes.IsKnown(body.Scope))
        {
            return ApiProblems.Invalid("scope", "read or curate");
        }

        var maxDays = options.Value.TokenDays;
        if (body.Days is { } days && (days < 1 || days > maxDays))
        {
            return ApiProblems.Invalid("days", $"from 1 to {maxDays}");
        }

        var accountId = body.AccountId ?? HopTacClaims.IdOf(user) ?? -1;

        // A read token makes no tokens: it would otherwise mint itself the rights its scope withholds.
        if ((accountId != HopTacClaims.IdOf(user) && !HopTacClaims.Can(user, Roles.Admin))
            || string.Equals(HopTacClaims.TokenScopeOf(user), TokenScopes.Read, StringComparison.Ordinal))
        {
            return TypedResults.Forbid();
        }

        var issued = await service.IssueTokenAsync(user, accountId, name, body.Scope, body.Days, cancellationToken).ConfigureAwait(false);
        return issued is null ? ApiProblems.Invalid("account_id", "no such account") : TypedResults.Ok(new IssuedTokenResponse(issued.Token, issued.Secret));
    }

    private static async Task<Results<Created<Account>, ValidationProblem>> CreateUserAsync(
        AccountBody body, ClaimsPrincipal user, AccountService service, CancellationToken cancellationToken)
    {
        if (!Roles.IsKnown(body.Role))
        {
            return ApiProblems.Invalid("role", "viewer, editor or admin");
        }

        var result = await service.CreateAsync(user, body.Name ?? string.Empty, body.Role!, body.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        return result.Account is { } account
            ? TypedResults.Created($"/api/users/{account.Id}", account)
            : ApiProblems.Invalid("account", result.Error ?? "cannot create this account");
    }
}
