using System.Reflection;
using Spectre.Console;

namespace Spectrum.Cli.Hosting;

/// <summary>
/// The consoles the program writes to. A terminal's width is its own, unless <c>COLUMNS</c> says otherwise; output
/// piped to a file or another program has no width of its own, so it takes <c>COLUMNS</c> or a wide line that keeps
/// help examples and tables whole, and no colour or cursor movement.
/// </summary>
internal static class Terminal
{
    /// <summary>The width of piped output when <c>COLUMNS</c> gives none.</summary>
    public const int PipedWidth = 160;

    /// <summary>The program's version, as built (<c>1.0.0</c>, with the commit where the build knows it).</summary>
    public static string Version { get; } =
        typeof(Terminal).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static IAnsiConsole Create(TextWriter writer)
    {
        var redirected = ReferenceEquals(writer, Console.Out) ? Console.IsOutputRedirected
            : ReferenceEquals(writer, Console.Error) ? Console.IsErrorRedirected
            : true;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(writer),
        });
        if (Columns() is { } columns)
        {
            console.Profile.Width = columns;
        }
        else if (redirected)
        {
            console.Profile.Width = PipedWidth;
        }

        return console;
    }

    private static int? Columns() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns is >= 20 and <= 1000 ? columns : null;
}
