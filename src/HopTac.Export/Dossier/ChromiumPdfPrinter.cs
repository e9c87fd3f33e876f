using System.Diagnostics;
using System.Globalization;

namespace HopTac.Export.Dossier;

/// <summary>
/// Prints an HTML page to PDF with the system's Chromium (headless), as the web end-to-end tests drive it. Failure is
/// a value (the reason), not an exception: a missing or crashing browser is an expected condition on a server.
/// </summary>
public static class ChromiumPdfPrinter
{
    /// <summary>Where Debian and the CI install Chromium; HOPTAC_CHROMIUM names another.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("HOPTAC_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdfPath"/>; returns null when done, else why not.</summary>
    public static async Task<string?> PrintAsync(string html, string pdfPath, string? chromium, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfPath);
        var browser = chromium ?? DefaultPath;
        if (!File.Exists(browser))
        {
            return $"Chromium not found at {browser} (install chromium or set HOPTAC_CHROMIUM)";
        }

        var work = Path.Combine(Path.GetTempPath(), "hoptac-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var page = Path.Combine(work, "dossier.html");
            await File.WriteAllTextAsync(page, html, cancellationToken).ConfigureAwait(false);
            var target = Path.GetFullPath(pdfPath);
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                "--user-data-dir=" + Path.Combine(work, "profile"), "--no-pdf-header-footer", "--print-to-pdf=" + target,
                new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return $"Chromium did not finish within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
            }

            if (process.ExitCode != 0 || !File.Exists(target) || new FileInfo(target).Length == 0)
            {
                var error = await stderr.ConfigureAwait(false);
                return $"Chromium exited with {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {error.Split('\n').FirstOrDefault(l => l.Length > 0) ?? "no message"}";
            }

            return null;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A profile file still held by a dying browser: the temp folder is cleaned by the system later.
            }
        }
    }
}
