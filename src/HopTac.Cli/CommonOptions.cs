using HopTac.Core.Facts;
using System.CommandLine;
using System.Globalization;
using HopTac.Core.Extraction.Dates;
using HopTac.Ingestion;

namespace HopTac.Cli;

/// <summary>Options shared by several commands. Each command adds the ones it takes.</summary>
internal sealed class CommonOptions
{
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print details (each page's outcome, stack traces of failures) to standard error.",
        Recursive = true,
    };

    public Option<string> Db { get; } = new("--db")
    {
        Description = "The store: a SQLite file (default hoptac.db in the current folder; only ingest creates it) or a PostgreSQL database "
            + "as postgres://user@host:port/database; HOPTAC_DB gives the default.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(HopTac.Storage.Stores.Variable) is { Length: > 0 } named ? named : "hoptac.db",
    };

    public Option<string?> Published { get; } = CreatePublished();

    /// <summary>
    /// --page-timeout: the CPU seconds one page may take (IngestOptions.PageTimeout; the time a page waits for a core
    /// on a loaded machine is not counted). The bound on hostile input stays, only its length is chosen. One option for
    /// extract and ingest, so both read it and check it alike.
    /// </summary>
    public Option<double> PageTimeout { get; } = CreatePageTimeout();

    /// <summary>--symlinks follow|never: how a folder walk treats symbolic links (IngestOptions.Symlinks).</summary>
    public Option<string> Symlinks { get; } = CreateSymlinks();

    /// <summary>The reading options the command line chose, over the defaults: time budget, links, publication date.</summary>
    public IngestOptions Reading(System.CommandLine.ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return IngestOptions.Default with
        {
            DefaultPublished = parse.GetValue(Published),
            PageTimeout = TimeSpan.FromSeconds(parse.GetValue(PageTimeout)),
            Symlinks = string.Equals(parse.GetValue(Symlinks), "never", StringComparison.Ordinal) ? SymlinkPolicy.Never : SymlinkPolicy.FollowOnce,
        };
    }

#pragma warning disable CA1822 // an instance member so every command reads its options from one place
    public Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>A --from or --to filter: a date with its year (YYYY, YYYY-MM, YYYY-MM-DD), read by the one date parser.</summary>
    public Option<string?> DateFilter(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && PartialDate.Parse(value) is not { HasYear: true, IsRange: false })
            {
                result.AddError($"{name} must be a date like 2016, 2016-05 or 2016-05-25, not '{value}'.");
            }
        });
        return option;
    }

    /// <summary>
    /// An --area filter: an area's name in lower case (health, vaccines, education_training), the rule the API's
    /// <c>area</c> follows; anything else is refused rather than matching nothing in silence.
    /// </summary>
    public Option<string?> AreaFilter(string description)
    {
        var option = new Option<string?>("--area") { Description = description };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && (value.Length is < 2 or > 40 || !value.All(c => c is (>= 'a' and <= 'z') or '_')))
            {
                result.AddError($"--area must be an area's name in lower case such as health, vaccines or education_training, not '{value}'.");
            }
        });
        return option;
    }

    /// <summary>A --type filter: an event or agreement type of facts.md, refused with the list otherwise.</summary>
    public Option<string?> TypeFilter(string description)
    {
        var option = new Option<string?>("--type") { Description = description };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !FactTypes.IsEvent(value) && !FactTypes.IsAgreement(value))
            {
                result.AddError($"--type must be an event type ({string.Join(", ", FactTypes.Events)}) or an agreement type ({string.Join(", ", FactTypes.Agreements)}), not '{value}'.");
            }
        });
        return option;
    }
#pragma warning restore CA1822

    private static Option<double> CreatePageTimeout()
    {
        var option = new Option<double>("--page-timeout")
        {
            Description = $"CPU seconds one page may take (wall time: 12 times that) before it is rejected with a reason while the batch goes on (default {IngestOptions.Default.PageTimeout.TotalSeconds:0}, at most 3600).",
            DefaultValueFactory = _ => IngestOptions.Default.PageTimeout.TotalSeconds,
        };
        option.Validators.Add(r =>
        {
            var seconds = r.GetValueOrDefault<double>();
            if (!(seconds > 0 && seconds <= 3600))
            {
                r.AddError($"--page-timeout must be more than 0 and at most 3600 seconds, not {seconds.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
        return option;
    }

    private static Option<string> CreateSymlinks()
    {
        var option = new Option<string>("--symlinks")
        {
            Description = "Symbolic links found in folders: follow (default; once: not a link found through a link, and each file or folder "
                + "is read once however many links reach it, so loops end) or never (skipped, each named with the reason). A path named on the command line is always read.",
            DefaultValueFactory = _ => "follow",
        };
        option.AcceptOnlyFromAmong("follow", "never");
        return option;
    }

    private static Option<string?> CreatePublished()
    {
        var option = new Option<string?>("--published")
        {
            Description = "Publication date (YYYY-MM-DD) for pages that show none; also the anchor for dates written without a year.",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                && !DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--published must be a date like 2024-10-08, not '{value}'.");
            }
        });
        return option;
    }
}
