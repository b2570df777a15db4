using Spectre.Console;
using Spectrum.Cli;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary>
/// Runs the program as a user would at a terminal, with what it prints recorded: plain text, 100 columns wide, its
/// output and its errors in the order they were written.
/// </summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 100;
        var exitCode = await SpectrumApp.RunAsync(args, console: console, errors: console);
        return (exitCode, output.ToString());
    }
}
