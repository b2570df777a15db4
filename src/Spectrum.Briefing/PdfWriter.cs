using System.Diagnostics;

namespace Spectrum.Briefing;

/// <summary>
/// Writes the briefing as a PDF: the HTML briefing printed by headless Chromium, with its print style (A4 landscape,
/// page numbers, a page per item, repeated table headers). Chromium, because the PDF then has the very layout a
/// delegate sees in the browser and prints, from the one HTML writer, and it prints the whole briefing in seconds.
/// Written through <see cref="OutputFile"/>: whole or not at all.
/// </summary>
public static class PdfWriter
{
    public const string FileName = "brief.pdf";

    private static readonly string[] Browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <exception cref="BriefingException">No Chromium on the PATH, or Chromium could not print the page.</exception>
    public static async Task<string> WriteAsync(BriefingPack pack, string folder, CancellationToken cancellationToken)
    {
        var browser = FindBrowser()
            ?? throw new BriefingException("brief --format pdf prints the HTML briefing with Chromium, which is not on the PATH (Debian package chromium)");
        var work = Directory.CreateTempSubdirectory("spectrum-pdf-").FullName;
        try
        {
            var page = Path.Combine(work, "brief.html");
            await File.WriteAllTextAsync(page, HtmlWriter.Render(pack, folder), cancellationToken);
            var printed = Path.Combine(work, FileName);
            var start = new ProcessStartInfo(browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(work, "profile")}",
                $"--print-to-pdf={printed}", new Uri(page).AbsoluteUri,
            ])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0 || !File.Exists(printed))
            {
                var last = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
                throw new BriefingException($"Chromium could not print the briefing to PDF (exit {process.ExitCode}): {last ?? "no message"}");
            }

            var path = Path.Combine(folder, FileName);
            OutputFile.Write(path, stream =>
            {
                using var source = File.OpenRead(printed);
                source.CopyTo(stream);
            });
            return path;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string? FindBrowser() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => Browsers.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}
