using Spectre.Console;
using Spectrum.Cli;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary>
/// Every command given hostile arguments (unknown options, empty strings, huge numbers, negative and NaN frequencies,
/// SQL, wildcards, paths out of the folder, NUL characters): a clear error and exit code 2, never a stack trace, and
/// nothing changed in the store or written to the working folder.
/// </summary>
public sealed class HostileArgumentTests(BriefedStore store) : IClassFixture<BriefedStore>
{
    private const string Drop = "'; DROP TABLE allocation; --";

    private readonly CommandLine spectrum = store.Spectrum;

    [Theory]
    // The query: unknown options, ranges that are no range, and SQL or wildcards where names belong.
    [InlineData("query", "1GHz", "--no-such-option")]
    [InlineData("query", "")]
    [InlineData("query", "NaN GHz")]
    [InlineData("query", "-5-6GHz")]
    [InlineData("query", "6GHz to -5GHz")]
    [InlineData("query", "1e999GHz")]
    [InlineData("query", "99999999999999999999GHz")]
    [InlineData("query", "1GHz", "--country", Drop)]
    [InlineData("query", "1GHz", "--country", "")]
    [InlineData("query", "1GHz", "--group", "%")]
    [InlineData("query", "1GHz", "--edition", Drop)]
    [InlineData("query", "1GHz", "--edition", "RR-%")]
    [InlineData("query", "1GHz", "--service", Drop)]
    [InlineData("query", "1GHz", "--table", Drop)]
    [InlineData("query", "1GHz", "--region", "99999999999")]
    [InlineData("query", "1GHz", "--region", "NaN")]
    [InlineData("query", "1GHz", "--point", "NaN,NaN")]
    [InlineData("query", "1GHz", "--area", "")]
    [InlineData("query", "1GHz", "--area", "../../../../no/such/area.geojson")]
    [InlineData("query", "1GHz", "--region", "1", "--country", "NL")]
    [InlineData("query", "1GHz", "--format", "xml")]
    // Conflicts.
    [InlineData("conflicts")]
    [InlineData("conflicts", "1GHz", "--no-such-option")]
    [InlineData("conflicts", "1GHz", "--guard", "-5MHz")]
    [InlineData("conflicts", "1GHz", "--guard", "NaN MHz")]
    [InlineData("conflicts", "--agenda-item", Drop)]
    [InlineData("conflicts", "--agenda-item", "%")]
    [InlineData("conflicts", "1GHz", "--edition", Drop)]
    // Charts: sizes no renderer can hold, names that are no table or item, files no chart can be.
    [InlineData("chart", "1-2GHz", "--no-such-option", "--out", "{work}/c.png")]
    [InlineData("chart", "", "--out", "{work}/c.png")]
    [InlineData("chart", "1-2GHz", "--out", "{work}/c.gif")]
    [InlineData("chart", "1-2GHz", "--out", "/proc/c.png")]
    [InlineData("chart", "1-2GHz", "--out", "{work}/c.png", "--width", "99999999")]
    [InlineData("chart", "1-2GHz", "--out", "{work}/c.png", "--height", "0")]
    [InlineData("chart", "1-2GHz", "--out", "{work}/c.png", "--dpi", "NaN")]
    [InlineData("chart", "1-2GHz", "--out", "{work}/c.png", "--dpi", "1e30")]
    [InlineData("chart", "1-2GHz", "--out", "{work}/c.png", "--tables", "")]
    [InlineData("chart", "1-2GHz", "--out", "{work}/c.png", "--tables", Drop)]
    [InlineData("chart", "1-2GHz", "--out", "{work}/c.png", "--agenda-item", Drop)]
    [InlineData("chart", "1-2GHz", "--out", "{work}/c.png", "--date", "2026-13-45")]
    // The brief (its data already imported, so it imports nothing).
    [InlineData("brief", "--data", "{data}", "--out", "{work}/b", "--no-such-option")]
    [InlineData("brief", "--data", "{data}", "--out", "")]
    [InlineData("brief", "--data", "{data}", "--out", "/proc/b")]
    [InlineData("brief", "--data", "{data}", "--out", "{work}/b", "--agenda-item", "")]
    [InlineData("brief", "--data", "{data}", "--out", "{work}/b", "--agenda-item", Drop)]
    [InlineData("brief", "--data", "{data}", "--out", "{work}/b", "--agenda-item", "../../1.2")]
    [InlineData("brief", "--data", "{data}", "--out", "{work}/b", "--format", "rtf")]
    [InlineData("brief", "--data", "", "--out", "{work}/b")]
    // Watch refuses what the brief refuses before it starts watching.
    [InlineData("watch", "")]
    [InlineData("watch", "{data}", "--out", "")]
    [InlineData("watch", "{data}", "--out", "{work}/b", "--format", "rtf")]
    // The import, validation and the readers of what is stored.
    [InlineData("import")]
    [InlineData("import", "")]
    [InlineData("import", "../../../../no/such/file.csv")]
    [InlineData("import", "/etc/passwd")]
    [InlineData("import", "{data}", "--area", Drop)]
    [InlineData("import", "{data}", "--no-such-option")]
    [InlineData("validate", "")]
    [InlineData("positions", "--agenda-item", Drop)]
    [InlineData("positions", "--agenda-item", "%")]
    [InlineData("positions", "--format", "xml")]
    [InlineData("editions", "--format", Drop)]
    [InlineData("diff", Drop, "RR-2020")]
    [InlineData("diff", "RR-2020", "RR-%")]
    [InlineData("diff", "RR-2020", "RR-2024", "--region", "99999999999")]
    [InlineData("areas", "export", "--format", Drop)]
    [InlineData("areas", "export", "--out", "/proc/areas.geojson")]
    [InlineData("areas", "export", "--out", "{work}/no/such/folder/areas.geojson")]
    // The managed server's commands and the program itself.
    [InlineData("db", "status", "--db", Drop)]
    [InlineData("db", "reset")]
    [InlineData("db", "no-such-command")]
    [InlineData("no-such-command")]
    [InlineData("--no-such-option")]
    public async Task Hostile_arguments_get_one_clear_error_and_exit_code_2_and_change_nothing(params string[] args)
    {
        var result = await spectrum.RunAsync(Expand(args));

        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}: {result.Output}{result.Error}");
        AssertClearError(result);
        Assert.Equal(store.Before, await StoreSnapshot.TakeAsync(store.Database.DataSource));
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.WorkingDirectory));
    }

    [Theory]
    [InlineData("query", "1GHz", "--edition", "RR-2020{nul}")]
    [InlineData("query", "1GHz", "--country", "N{nul}L")]
    [InlineData("query", "1GHz", "--table", "ITU Region 1{nul}' OR TRUE --")]
    [InlineData("positions", "--agenda-item", "1.2{nul}")]
    [InlineData("chart", "1-2GHz", "--out", "{work}/chart{nul}.png")]
    [InlineData("brief", "--data", "{data}", "--out", "{work}/brief{nul}")]
    [InlineData("import", "{data}{nul}")]
    public async Task A_NUL_character_in_an_argument_is_refused_with_exit_code_2_and_changes_nothing(params string[] args)
    {
        // No command line can carry a NUL (an argument ends there), but a program can pass one in-process.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });

        var exit = await SpectrumApp.RunAsync([.. Expand(args), "--db", store.Database.ConnectionString], console: console);

        Assert.Equal(2, exit);
        Assert.Equal(store.Before, await StoreSnapshot.TakeAsync(store.Database.DataSource));
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.WorkingDirectory));
    }

    [Fact]
    public async Task A_wildcard_or_quote_in_a_name_is_matched_as_written()
    {
        // "ITU Region _" and "ITU Region %" would match every Region table as LIKE patterns; as names they match none.
        foreach (var table in new[] { "ITU Region _", "ITU Region %", "ITU Region 1' OR '1'='1" })
        {
            var result = await spectrum.RunAsync("query", "23.6-24GHz", "--table", table);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"unknown table '{table}'", result.Error, StringComparison.Ordinal);
        }

        var exact = await spectrum.RunAsync("query", "23.6-24GHz", "--table", "ITU Region 1", "--format", "csv");
        Assert.Equal(0, exact.ExitCode);
        Assert.All(exact.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), row => Assert.StartsWith("ITU Region 1,", row, StringComparison.Ordinal));
    }

    private string[] Expand(string[] args) =>
    [
        .. args.Select(a => a
            .Replace("{data}", ImportedStore.Data, StringComparison.Ordinal)
            .Replace("{work}", store.WorkingDirectory, StringComparison.Ordinal)
            .Replace("{nul}", "\0", StringComparison.Ordinal)),
    ];

    // Something is said, in words: no exception's name or stack, and at most one line on standard error.
    internal static void AssertClearError(CommandResult result)
    {
        var said = (result.Output + result.Error).Trim();
        Assert.NotEqual("", said);
        Assert.DoesNotContain("Exception", said, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at \S", said);
        Assert.True(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 1, result.Error);
    }
}
