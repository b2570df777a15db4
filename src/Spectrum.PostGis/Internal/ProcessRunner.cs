using System.ComponentModel;
using System.Diagnostics;

namespace Spectrum.PostGis.Internal;

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The last non-empty line of standard error, else of standard output: usually the one that explains a failure.</summary>
    public string LastMessageLine =>
        LastLine(StandardError) ?? LastLine(StandardOutput) ?? $"exit code {ExitCode}";

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}

/// <summary>Runs the PostgreSQL tools, optionally as another account (root cannot run initdb or pg_ctl).</summary>
internal static class ProcessRunner
{
    /// <summary>Runs a program to completion. Returns null when the program does not exist.</summary>
    public static async Task<ProcessResult?> TryRunAsync(
        string program, IEnumerable<string> arguments, string? asUser, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = StartInfo(program, arguments, asUser) };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return null;
        }

        // Nothing is ever typed into these tools; a closed input makes any unexpected prompt fail instead of hang.
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    public static async Task<ProcessResult> RunAsync(
        string program, IEnumerable<string> arguments, string? asUser, CancellationToken cancellationToken) =>
        await TryRunAsync(program, arguments, asUser, cancellationToken)
        ?? throw new ManagedPostgresException($"Cannot run {program}: it does not exist or is not executable.");

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, string? asUser)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The other account may not be allowed into the caller's working directory; the tools warn or fail there.
            WorkingDirectory = "/",
        };
        if (asUser is null)
        {
            info.FileName = program;
        }
        else
        {
            info.FileName = "runuser";
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(asUser);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // PGDATA, PGPORT and friends from the caller's shell would silently redirect the tools to another cluster.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        return info;
    }
}
