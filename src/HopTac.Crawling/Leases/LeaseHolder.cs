using System.Diagnostics;
using System.Globalization;

namespace HopTac.Crawling.Leases;

/// <summary>
/// Names a crawler in the host leases: machine, process id and a random part, so that two crawlers of one process
/// differ and a lease left by a process of this machine that no longer runs (killed) can be taken at once instead of
/// after it lapses.
/// </summary>
internal static class LeaseHolder
{
    /// <summary>A new holder name for this process.</summary>
    public static string NewName() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    /// <summary>
    /// Whether <paramref name="holder"/> names a process of this machine that has ended. A name from another machine,
    /// or a process id in use again, reads as alive: its lease is then waited out, which is slow but never unsafe.
    /// </summary>
    public static bool IsDeadHere(string holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var parts = holder.Split('/');
        if (parts.Length != 3 || !string.Equals(parts[0], Environment.MachineName, StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
