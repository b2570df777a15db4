using Spectrum.Tests.Csv;
using Spectrum.Tests.Data;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public async Task Validating_the_shipped_ITU_folder_exits_0_and_prints_the_counts_of_each_file()
    {
        var (exitCode, output) = await CliRunner.RunAsync("validate", Repository.DataPath("itu"));

        Assert.Equal(0, exitCode);
        Assert.Contains("rr-2012-footnotes.csv: footnotes, valid", output);
        Assert.Contains("506 footnotes", output);
        Assert.Contains("rr-2012-region-1.csv: allocation table, valid", output);
        Assert.Matches(@"ITU Region 1 │ RR-2012 │ R1\s+│\s+1687 │\s+1326 │\s+361 │", output);
        Assert.Matches(@"ITU Region 2 │ RR-2012 │ R2\s+│\s+1699 │", output);
        Assert.Matches(@"ITU Region 3 │ RR-2012 │ R3\s+│\s+1708 │", output);
        Assert.Contains("4 files, all valid", output);
        Assert.All(output.Split('\n'), line => Assert.True(line.Length <= 100, line));
    }

    [Fact]
    public async Task Files_in_a_folder_are_taken_recursively_in_order_and_only_csv_and_tsv()
    {
        using var folder = new TempFolder();
        folder.Write("b/table.tsv", "lower_hz\tupper_hz\tservice\tarea\n1000\t2000\tFIXED\tR1\n");
        folder.Write("a.csv", "id,text\n5.340,Text.\n");
        folder.Write("c/countries.CSV", "iso,name,itu_region\nNL,Netherlands,1\n");
        folder.Write("notes.txt", "not data");

        var (exitCode, output) = await CliRunner.RunAsync("validate", folder.Path);

        Assert.Equal(0, exitCode);
        var a = output.IndexOf("a.csv: footnotes, valid", StringComparison.Ordinal);
        var b = output.IndexOf("table.tsv: allocation table, valid", StringComparison.Ordinal);
        var c = output.IndexOf("countries.CSV: countries list, valid", StringComparison.Ordinal);
        Assert.True(a >= 0 && b > a && c > b, output);
        Assert.Contains("1 country", output);
        Assert.DoesNotContain("notes.txt", output);
    }

    [Fact]
    public async Task A_bad_file_exits_1_and_prints_each_error_with_file_line_and_column()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.csv", """
            lower_hz,upper_hz,service,status,area
            1000,2000,FIXED,p,R1
            2000,1000,FIXED,p,R1
            3000,4000,Fixd,p,R1
            """);

        var (exitCode, output) = await CliRunner.RunAsync("validate", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("bad.csv: allocation table, 2 errors", output);
        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith($"  {path}:3:2: upper_hz: the upper edge 1 kHz is not above the lower edge 2 kHz;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"  {path}:4:3: service: 'Fixd' is not a radiocommunication service: did you mean 'Fixed'?", StringComparison.Ordinal));
        Assert.Contains("1 file: 0 valid, 1 invalid", output);
    }

    [Fact]
    public async Task One_bad_file_among_good_ones_exits_1()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.csv", "id,text\n5.340,Text.\n");
        var bad = folder.Write("bad.csv", "colour,size\na,b\n");

        var (exitCode, output) = await CliRunner.RunAsync("validate", good, bad);

        Assert.Equal(1, exitCode);
        Assert.Contains("bad.csv: unrecognised, 1 error", output);
        Assert.Contains("2 files: 1 valid, 1 invalid", output);
    }

    [Fact]
    public async Task Errors_beyond_the_limit_are_counted_as_and_N_more()
    {
        using var folder = new TempFolder();
        var rows = string.Concat(Enumerable.Range(0, 130).Select(i => $"{i},x,FIXED,R1\n"));
        var path = folder.Write("many.csv", "lower_hz,upper_hz,service,area\n" + rows);

        var (exitCode, output) = await CliRunner.RunAsync("validate", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("many.csv: allocation table, 130 errors", output);
        Assert.Contains("… and 30 more", output);
    }

    [Fact]
    public async Task The_table_edition_and_area_options_apply_to_files_without_those_columns()
    {
        using var folder = new TempFolder();
        var path = folder.Write("nl.csv", "lower_hz,upper_hz,service\n1000,2000,FIXED\n");

        var (withoutArea, noAreaOutput) = await CliRunner.RunAsync("validate", path);
        var (withArea, output) = await CliRunner.RunAsync("validate", path, "--table", "Netherlands", "--edition", "2024", "--area", "NL");

        Assert.Equal(1, withoutArea);
        Assert.Contains("no area for table 'nl'", noAreaOutput);
        Assert.Equal(0, withArea);
        Assert.Matches(@"Netherlands │ 2024\s+│ NL\s+│\s+1 │\s+1 │\s+0 │", output);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "spectrum-no-such-" + Guid.NewGuid().ToString("N"), "table.csv");

        var (exitCode, output) = await CliRunner.RunAsync("validate", Repository.DataPath("itu"), missing);

        Assert.Equal(2, exitCode);
        Assert.Contains($"'{missing}': no such file or folder", output.Replace("\n", ""));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "data", "--no-such-option")]
    public async Task Bad_arguments_exit_2_with_the_reason(params string[] args)
    {
        var (exitCode, output) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.True(output.Contains("missing required argument 'paths'", StringComparison.Ordinal)
            || output.Contains("Unknown option 'no-such-option'", StringComparison.Ordinal), output);
    }

    [Fact]
    public async Task An_area_option_that_is_not_an_area_exits_2()
    {
        var (exitCode, output) = await CliRunner.RunAsync("validate", Repository.DataPath("itu"), "--area", "Region 9");

        Assert.Equal(2, exitCode);
        Assert.Contains("--area 'Region 9' is not an area", output);
    }

    [Fact]
    public async Task A_folder_without_data_files_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write("readme.txt", "nothing here");

        var (exitCode, output) = await CliRunner.RunAsync("validate", folder.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains("no .csv or .tsv files", output);
    }

    [Fact]
    public async Task The_help_of_validate_lists_its_arguments_and_options()
    {
        var (exitCode, output) = await CliRunner.RunAsync("validate", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("<paths>", output);
        Assert.Contains("--table <NAME>", output);
        Assert.Contains("--edition <EDITION>", output);
        Assert.Contains("--area <CODE>", output);
        Assert.Contains("every .csv and .tsv file under it", output);
    }

    [Fact]
    public async Task The_programs_help_lists_the_validate_command()
    {
        var (exitCode, output) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("validate", output);
    }
}
