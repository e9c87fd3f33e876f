using System.CommandLine;

namespace HopTac.Cli.Workers;

/// <summary>The command-line options of the queued ingest (<c>ingest --workers</c>, <c>worker</c>), made and checked in one place.</summary>
internal static class WorkerOptions
{
    public const int MaxWorkers = 64;

    public static Option<int?> Workers()
    {
        var option = new Option<int?>("--workers")
        {
            Description = "On PostgreSQL: the pages go to the job table and N workers in this process ingest them (threads sharing one "
                + "connection pool; `hoptac worker` processes on other machines may help with the same queue); each page is stored once, "
                + "and a worker that dies leaves its pages to the others. On a SQLite file: N pages are read at once and the file's one writer stores them.",
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } n && n is < 1 or > MaxWorkers)
            {
                r.AddError($"--workers must be between 1 and {MaxWorkers}, not {n}.");
            }
        });
        return option;
    }

    public static Option<int> Batch()
    {
        var option = new Option<int>("--batch")
        {
            Description = $"Pages a worker claims and stores at a time: one transaction and one knowledge-base flush each (default {WorkerSettings.DefaultBatch}).",
            DefaultValueFactory = _ => WorkerSettings.DefaultBatch,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError("--batch must be between 1 and 1000.");
            }
        });
        return option;
    }

    public static Option<double> Lease()
    {
        var option = new Option<double>("--lease")
        {
            Description = $"Seconds a claim holds before another worker may take the pages (renewed while the worker is alive; default {WorkerSettings.DefaultLease.TotalSeconds:0}). "
                + "A worker killed mid-batch delays its pages by about this long.",
            DefaultValueFactory = _ => WorkerSettings.DefaultLease.TotalSeconds,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is not (>= 1 and <= 86_400))
            {
                r.AddError("--lease must be between 1 and 86400 seconds.");
            }
        });
        return option;
    }

    public static Option<double> Reconnect()
    {
        var option = new Option<double>("--reconnect")
        {
            Description = $"Seconds a worker that lost its database connection keeps trying to get it back (waits doubling from 0.5 s to 15 s) "
                + $"before it stops with exit code 3 (default {WorkerSettings.DefaultReconnect.TotalSeconds:0}); its claimed pages go back to the queue when its lease runs out.",
            DefaultValueFactory = _ => WorkerSettings.DefaultReconnect.TotalSeconds,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is not (>= 0 and <= 86_400))
            {
                r.AddError("--reconnect must be between 0 and 86400 seconds.");
            }
        });
        return option;
    }
}
