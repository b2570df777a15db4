using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary>The program packed as a .NET tool, installed as a user installs it, and run by its command name.</summary>
public sealed partial class ToolPackTests
{
    [Fact]
    public async Task The_packed_tool_installs_and_runs_as_spectrum()
    {
        var work = Directory.CreateTempSubdirectory("spectrum-tool-").FullName;
        try
        {
            var packages = Path.Combine(work, "packages");
            var tools = Path.Combine(work, "tools");
            await DotnetAsync("pack", Path.Combine(ImportedStore.Root, "src", "Spectrum.Cli"), "-c", "Release", "--no-restore", "-o", packages);
            // The package a user installs, and the one it points to on Linux x64, which holds the program.
            Assert.Equal(["Spectrum.Cli", "Spectrum.Cli.linux-x64"],
                Directory.GetFiles(packages, "*.nupkg").Select(p => VersionSuffix().Replace(Path.GetFileName(p), "")).Order(StringComparer.Ordinal));

            // What the README gives: dotnet tool install --global --add-source <folder> Spectrum.Cli (here into a folder of its own).
            await DotnetAsync("tool", "install", "--tool-path", tools, "--add-source", packages, "Spectrum.Cli");
            var spectrum = Path.Combine(tools, "spectrum");
            Assert.True(File.Exists(spectrum), $"{spectrum} was not installed");

            // Compiled ahead of time: the program's assembly carries native code (a ReadyToRun header).
            var program = Directory.GetFiles(tools, "spectrum.dll", SearchOption.AllDirectories);
            Assert.Single(program);
            Assert.True(IsReadyToRun(program[0]), $"{program[0]} is not ReadyToRun");

            var version = await RunAsync(spectrum, "--version");
            Assert.Matches(@"^\d+\.\d+\.\d+", version);
            Assert.Contains("brief", await RunAsync(spectrum, "--help"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    [GeneratedRegex(@"\.\d+\.\d+\.\d+.*\.nupkg$")]
    private static partial Regex VersionSuffix();

    private static Task<string> DotnetAsync(params string[] args) => RunAsync("dotnet", args);

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await output} {await error}");
        return await output;
    }
}
