using Npgsql;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary><c>import --skip-invalid</c>: a file with bad rows stores the rest, reports each row left out and exits 1.</summary>
[Collection(PostGisCollection.Name)]
public sealed class ImportSkipInvalidTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    // A regulator's table in the national layout (Netherlands' 3.3-3.41 GHz rows) with two rows gone wrong; the region
    // cell (an ISO code) names the table and its area.
    private const string Table =
        "region\tsub-table\tlower_frequency\tupper_frequency\tservice\tcategory\tfootnotes\tapplications\tsource\tconfidence\n" +
        "NL\t\t3300000000\t3400000000\tRADIOLOCATION\tp\t\t\ttest copy of the Netherlands table\tmedium\n" +
        "NL\t\t3400000000\t3410000000\tAmateurs\ts\t\t\ttest copy of the Netherlands table\tmedium\n" +
        "NL\t\t3410000000\t3400000000\tFIXED\tp\t\t\ttest copy of the Netherlands table\tmedium\n" +
        "NL\t\t3400000000\t3410000000\tAmateur\ts\t\t\ttest copy of the Netherlands table\tmedium\n";

    private readonly CommandLine spectrum = store.Spectrum;

    private async Task<string> WriteAsync()
    {
        var file = Path.Combine(spectrum.Home, "lenient", "regulator.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, Table);
        return file;
    }

    [Fact]
    public async Task Skip_invalid_stores_the_valid_rows_reports_each_skipped_row_and_exits_1()
    {
        var file = await WriteAsync();

        var import = await spectrum.RunAsync("import", file, "--skip-invalid", "--edition", "TEST-LENIENT");

        Assert.Equal(1, import.ExitCode);
        var reported = import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, reported.Length);
        Assert.StartsWith($"{file}:3:5: service: 'Amateurs' is not a radiocommunication service", reported[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:4:", reported[1], StringComparison.Ordinal);
        Assert.All(reported, line => Assert.Contains("; expected ", line, StringComparison.Ordinal));
        Assert.Contains("50.0% of rows stored (2 of 4; 2 left out)", import.Output, StringComparison.Ordinal);
        Assert.Equal(["Amateur", "Radiolocation"], await ServicesAsync("TEST-LENIENT"));
    }

    [Fact]
    public async Task Strict_import_of_the_same_file_stores_nothing_and_exits_2()
    {
        var file = await WriteAsync();

        var import = await spectrum.RunAsync("import", file, "--edition", "TEST-STRICT");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains($"{file}:3:5", import.Error, StringComparison.Ordinal);
        Assert.Empty(await ServicesAsync("TEST-STRICT"));
    }

    [Fact]
    public async Task Skip_invalid_on_valid_files_exits_0()
    {
        var import = await spectrum.RunAsync("import", Path.Combine(ImportedStore.Data, "national", "nl"), "--skip-invalid");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal("", import.Error);
    }

    private async Task<List<string>> ServicesAsync(string edition)
    {
        await using var command = store.Database.DataSource.CreateCommand(
            "SELECT a.service FROM allocation a JOIN allocation_table t ON t.id = a.table_id WHERE t.name = 'NL' AND t.edition = $1 ORDER BY a.service");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = edition });
        var services = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            services.Add(reader.GetString(0));
        }

        return services;
    }
}
