namespace HopTac.Web;

/// <summary>The web app's log messages: ids, names and paths, never page bodies or secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Created the first admin account '{Name}' (password from environment: {FromEnvironment}).")]
    public static partial void AdminCreated(ILogger logger, string name, bool fromEnvironment);

    [LoggerMessage(2, LogLevel.Warning, "Failed sign-in for '{Name}'.")]
    public static partial void SignInFailed(ILogger logger, string name);

    [LoggerMessage(3, LogLevel.Information, "Curation {Action} on {FactId} by {Who}: {Result}.")]
    public static partial void Curated(ILogger logger, string action, string factId, string who, string result);

    [LoggerMessage(4, LogLevel.Information, "Serving the store {Db}.")]
    public static partial void Serving(ILogger logger, string db);

    [LoggerMessage(5, LogLevel.Warning, "Could not record the last use of {Count} API tokens (kept for the next try): {Reason}")]
    public static partial void TokenUseNotRecorded(ILogger logger, int count, string reason);

    [LoggerMessage(6, LogLevel.Warning, "Too many attempts for '{Key}': refused.")]
    public static partial void Throttled(ILogger logger, string key);

    [LoggerMessage(7, LogLevel.Warning, "Refused to {Action} account {Id}: it is the last enabled admin.")]
    public static partial void LastAdminProtected(ILogger logger, string action, long id);
}
