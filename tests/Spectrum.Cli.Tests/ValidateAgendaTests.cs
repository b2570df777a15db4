using Spectrum.Tests.Csv;
using Spectrum.Tests.Data;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary><c>spectrum validate</c> over agenda items, their bands and positions, checked against each other.</summary>
public sealed class ValidateAgendaTests : IDisposable
{
    private const string Items = """
        agenda_item,resolution,title,scope,source,confidence
        1.2,245 (WRC-19),IMT identification,5G/IMT,s,high
        1.5,235 (WRC-15),470-694 MHz,5G/IMT,s,high
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Validating_the_shipped_data_exits_0_and_prints_the_counts_of_the_agenda_files()
    {
        var (exitCode, output) = await CliRunner.RunAsync("validate", Repository.DataPath());

        Assert.Equal(0, exitCode);
        Assert.Contains("agenda-items.csv: agenda items, valid", output);
        Assert.Contains("  33 agenda items", output);
        Assert.Contains("agenda-bands.csv: agenda bands, valid", output);
        Assert.Contains("  110 agenda bands, each of a known agenda item", output);
        Assert.Contains("eu-positions.csv: positions, valid", output);
        Assert.Contains("  99 positions, each of a known agenda item", output);
        Assert.Matches(@"\d+ files, all valid", output);
    }

    [Fact]
    public async Task A_bad_positions_file_exits_1_and_prints_each_error_with_file_and_line()
    {
        var items = _folder.Write("agenda-items.csv", Items);
        var positions = _folder.Write("eu-positions.csv", """
            agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,source,confidence
            1.2,R1,6425000000,7025000000,support-with-conditions,protect incumbents,identified,high,s,medium
            1.5,R1,470000000,694000000,abstain,,,,s,medium
            1.6,R1,470000000,694000000,support,,,,s,medium
            """);

        var (exitCode, output) = await CliRunner.RunAsync("validate", items, positions);

        Assert.Equal(1, exitCode);
        Assert.Contains("eu-positions.csv: positions, 2 errors", output);
        var lines = output.Split('\n');
        var stance = Array.FindIndex(lines, l => l.StartsWith($"  {positions}:3:5: stance: 'abstain' is not a stance;", StringComparison.Ordinal));
        var item = Array.FindIndex(lines, l => l.StartsWith($"  {positions}:4:1: agenda_item: 1.6 is not an agenda item", StringComparison.Ordinal));
        Assert.True(stance >= 0 && item > stance, output);
        Assert.Contains("2 files: 1 valid, 1 invalid", output);
    }

    [Fact]
    public async Task A_position_on_an_agenda_item_none_of_the_files_has_exits_1_with_its_file_and_line()
    {
        var positions = _folder.Write("wrc23/eu-positions.csv", """
            agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,source,confidence
            1.2,R1,6425000000,7025000000,support-with-conditions,protect incumbents,identified,high,s,medium
            1.20,R1,6425000000,7025000000,support,,,,s,medium
            """);
        _folder.Write("wrc23/agenda-items.csv", Items);

        var (exitCode, output) = await CliRunner.RunAsync("validate", _folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("agenda-items.csv: agenda items, valid", output);
        Assert.Contains("eu-positions.csv: positions, 1 error", output);
        Assert.Contains(output.Split('\n'), l => l.StartsWith(
            $"  {positions}:3:1: agenda_item: 1.20 is not an agenda item of the agenda-item files; expected one of 1.2, 1.5",
            StringComparison.Ordinal));
        Assert.Contains("2 files: 1 valid, 1 invalid", output);
    }

    [Fact]
    public async Task Positions_without_an_agenda_items_file_are_valid_and_say_their_items_were_not_checked()
    {
        var positions = _folder.Write("eu-positions.csv", """
            agenda_item,area,lower_hz,upper_hz,stance
            1.20,R1,6425000000,7025000000,support
            """);

        var (exitCode, output) = await CliRunner.RunAsync("validate", positions);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 position; agenda items not checked: no agenda-items file given", output);
    }

    [Fact]
    public async Task Bands_are_not_checked_against_an_agenda_items_file_that_has_errors()
    {
        var items = _folder.Write("agenda-items.csv", Items + "\n1.2,245,again,5G/IMT,s,high\n");
        var bands = _folder.Write("agenda-bands.csv", """
            agenda_item,area,lower_hz,upper_hz,service,action
            1.20,R1,4400000000,4800000000,Mobile,protect
            """);

        var (exitCode, output) = await CliRunner.RunAsync("validate", items, bands);

        Assert.Equal(1, exitCode);
        Assert.Contains("agenda-items.csv: agenda items, 1 error", output);
        Assert.Contains($"  {items}:4:1: agenda_item: agenda item 1.2 is given twice (first on line 2)", output);
        Assert.Contains("1 agenda band; agenda items not checked: an agenda-items file given has errors", output);
    }
}
