using System.Diagnostics;

namespace Spectrum.Cli.Tests;

/// <summary>
/// The programs people open Spectrum's files with, run headless from their Debian packages (installed by
/// <c>.ci/install</c>): LibreOffice Calc, rsvg-convert (librsvg, as GNOME, Inkscape's import and LibreOffice's SVG
/// filter use it) and Chromium. Each run has a profile of its own, so parallel runs never share a lock.
/// </summary>
internal static class DesktopClients
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Opens <paramref name="file"/> in LibreOffice Calc and saves its first sheet as UTF-8 CSV, every text cell quoted
    /// (a number is written bare, as Calc holds it); returns that CSV. <paramref name="importOptions"/> are those of the
    /// CSV import filter (null for a workbook).
    /// </summary>
    public static async Task<string> CalcAsCsvAsync(string file, string? importOptions = null)
    {
        var soffice = Installed("LibreOffice Calc (Debian package libreoffice-calc)", "/usr/bin/soffice", "/usr/bin/libreoffice");
        var folder = Directory.CreateTempSubdirectory("spectrum-calc-").FullName;
        try
        {
            string[] import = importOptions is null ? [] : [$"--infilter=CSV:{importOptions}"];
            await RunAsync(soffice, [$"-env:UserInstallation={new Uri(Path.Combine(folder, "profile")).AbsoluteUri}", "--headless", "--norestore",
                .. import, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true", "--outdir", folder, file]);
            var csv = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".csv");
            return File.Exists(csv) ? await File.ReadAllTextAsync(csv) : throw new InvalidOperationException($"LibreOffice wrote no {csv}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Renders an SVG with librsvg at its own size, on white; returns the PNG's path.</summary>
    public static async Task<string> RsvgAsync(string svg)
    {
        var rsvg = Installed("rsvg-convert (Debian package librsvg2-bin)", "/usr/bin/rsvg-convert");
        var png = Path.ChangeExtension(svg, ".rsvg.png");
        await RunAsync(rsvg, ["--background-color", "white", "--output", png, svg]);
        return png;
    }

    /// <summary>Chromium's screenshot of <paramref name="svg"/> drawn as an image <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static async Task<string> ChromiumAsync(string svg, int width, int height)
    {
        var chromium = Installed("Chromium (Debian package chromium)", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        var page = Path.ChangeExtension(svg, ".html");
        await File.WriteAllTextAsync(page,
            $"<!DOCTYPE html><html><body style=\"margin:0;background:white\"><img src=\"{Path.GetFileName(svg)}\" width=\"{width}\" height=\"{height}\" style=\"display:block\"></body></html>");
        var png = Path.ChangeExtension(svg, ".chromium.png");
        var profile = Directory.CreateTempSubdirectory("spectrum-chromium-").FullName;
        try
        {
            await RunAsync(chromium, [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", $"--user-data-dir={profile}",
                $"--window-size={width},{height}", $"--screenshot={png}", new Uri(page).AbsoluteUri]);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }

        return File.Exists(png) ? png : throw new InvalidOperationException($"Chromium wrote no {png}");
    }

    private static string Installed(string what, params string[] paths) =>
        paths.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException($"{what} is not installed: run bash .ci/install");

    private static async Task RunAsync(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} was still running after {Patience}; killed");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited {process.ExitCode}: {await output}{await error}");
        }
    }
}
