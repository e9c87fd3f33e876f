using Microsoft.Extensions.Logging;

namespace HopTac.Cli;

/// <summary>Console logging to standard error; Warning and above unless --verbose.</summary>
internal static class Logging
{
    public static ILoggerFactory Create(bool verbose) => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning)
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.IncludeScopes = false;
        })
        .AddFilter("Microsoft", LogLevel.Warning));
}
