using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>What <c>spectrum</c> printed and returned.</summary>
public sealed partial record CommandResult(int ExitCode, string Output, string Error)
{
    /// <summary>The output with every run of white space made one space: the console wraps and pads lines to its width.</summary>
    public string Text => Whitespace().Replace(Output, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>
/// Runs the built <c>spectrum</c> program as a user would, with nothing to read on its input (so no one is there to
/// answer a question), <c>SPECTRUM_HOME</c> set to a temporary directory, and no connection string configured unless
/// a test configures one. The directory, and any server started in it, is deleted at the end.
/// </summary>
public sealed class CommandLine : IAsyncDisposable
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "spectrum");

    private string? configuredConnectionString;

    public string Home { get; } = Directory.CreateTempSubdirectory("spectrum-cli-").FullName;

    /// <summary>Sets <c>ConnectionStrings:Spectrum</c> through the environment, as a deployment would.</summary>
    public void Configure(string connectionString) => configuredConnectionString = connectionString;

    /// <summary>The folder the program runs in; the test's own when null.</summary>
    public string? WorkingDirectory { get; set; }

    /// <summary>
    /// How long a run may take before it counts as hung: the process is then killed and the run fails. Only a guard
    /// against a test that would never end, never a measure of speed.
    /// </summary>
    public TimeSpan HangGuard { get; set; } = Timeout.InfiniteTimeSpan;

    public Task<CommandResult> RunAsync(params string[] args) => RunWithinAsync([], args);

    /// <summary>
    /// Runs the program as the last arguments of <paramref name="wrapper"/> (a program and its arguments, such as a
    /// shell script that prepares something around it), with the same environment.
    /// </summary>
    public async Task<CommandResult> RunWithinAsync(IReadOnlyList<string> wrapper, params string[] args)
    {
        using var process = wrapper.Count == 0 ? Start(args) : Start(wrapper[0], [.. wrapper.Skip(1), Program, .. args]);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"spectrum {string.Join(' ', args)} was still running after {HangGuard}; killed");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the program and leaves it running, for tests that stop or kill it; output is redirected.</summary>
    public Process Start(params string[] args) => Start(Program, args);

    private Process Start(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (WorkingDirectory is not null)
        {
            start.WorkingDirectory = WorkingDirectory;
        }

        start.Environment[SpectrumHome.Variable] = Home;
        start.Environment.Remove("ConnectionStrings__Spectrum");
        if (configuredConnectionString is not null)
        {
            start.Environment["ConnectionStrings__Spectrum"] = configuredConnectionString;
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    public async ValueTask DisposeAsync() => await new ManagedPostgres(Home).DestroyAsync();
}
