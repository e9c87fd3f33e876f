using System.Runtime.InteropServices;

namespace HopTac.Ingestion.Guards;

/// <summary>
/// The CPU time one thread has used, readable from any thread: Linux's per-thread CPU clock (POSIX
/// <c>pthread_getcpuclockid</c> and <c>clock_gettime</c>). A page's time budget is counted on it (<see cref="PageBudget"/>),
/// so that a page that waits for a core on a loaded machine is not charged for the wait. Written here rather than
/// taken from a library: .NET exposes a thread's CPU time only for the calling thread or for a whole process.
/// </summary>
internal sealed partial class ThreadCpuClock
{
    private readonly int _clockId;

    private ThreadCpuClock(int clockId) => _clockId = clockId;

    /// <summary>The calling thread's clock, or null where the system has none (not Linux, or the call failed).</summary>
    public static ThreadCpuClock? ForCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return NativeMethods.PthreadGetCpuClockId(NativeMethods.PthreadSelf(), out var clockId) == 0 ? new ThreadCpuClock(clockId) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The CPU time the thread has used since it started, or null if the clock cannot be read.</summary>
    public TimeSpan? Used() =>
        NativeMethods.ClockGetTime(_clockId, out var time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / TimeSpan.NanosecondsPerTick))
            : null;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static partial class NativeMethods
    {
        [LibraryImport("libc", EntryPoint = "pthread_self")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial nuint PthreadSelf();

        [LibraryImport("libc", EntryPoint = "pthread_getcpuclockid")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial int PthreadGetCpuClockId(nuint thread, out int clockId);

        [LibraryImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial int ClockGetTime(int clockId, out TimeSpec time);
    }
}
