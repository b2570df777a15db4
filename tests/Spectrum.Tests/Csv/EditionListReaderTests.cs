using Spectrum.Csv;
using Spectrum.Tests.Data;

namespace Spectrum.Tests.Csv;

public sealed class EditionListReaderTests : IDisposable
{
    private const string Header = "edition,base,amendments,description,source";

    private readonly TempFolder _folder = new();

    public EditionListReaderTests()
    {
        _folder.Write("itu/r1.csv", "table,area,lower_hz,upper_hz,service,status\nITU Region 1,R1,100,200,Fixed,primary\n");
        _folder.Write("amendments/a.csv", "conference,area,lower_hz,upper_hz,service,action,status\nWRC-15,R1,100,150,Mobile,add-allocation,secondary\n");
    }

    public void Dispose() => _folder.Dispose();

    private ImportResult<Spectrum.Conference.EditionDefinition> Import(params string[] rows) =>
        EditionListReader.Import(_folder.Write("editions.csv", $"{Header}\n{string.Join("\n", rows)}\n"));

    [Fact]
    public void The_shipped_editions_read_with_their_bases_and_amendment_files_in_order()
    {
        var editions = EditionListReader.Read(Repository.DataPath("editions.csv"));

        Assert.Equal(["RR-2012", "RR-2020", "RR-2024"], editions.Select(e => e.Name));
        Assert.Null(editions[0].BaseEdition);
        Assert.Equal(
            ["itu/rr-2012-region-1.csv", "itu/rr-2012-region-2.csv", "itu/rr-2012-region-3.csv", "itu/rr-2012-footnotes.csv"],
            editions[0].BaseFiles);
        Assert.Empty(editions[0].AmendmentFiles);
        Assert.Equal("RR-2012", editions[1].BaseEdition);
        Assert.Equal(["amendments/wrc-15.csv", "amendments/wrc-19.csv"], editions[1].AmendmentFiles);
        Assert.Equal("RR-2020", editions[2].BaseEdition);
        Assert.StartsWith("RR-2012 with the WRC-15", editions[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_edition_and_amendment_files_validate_as_their_own_kinds()
    {
        var editions = DataFileReader.Import(Repository.DataPath("editions.csv"));
        Assert.Equal((DataFileKind.Editions, true, 3), (editions.Kind, editions.IsValid, editions.Rows));

        foreach (var file in Directory.GetFiles(Repository.DataPath("amendments"), "*.csv"))
        {
            var import = DataFileReader.Import(file);
            Assert.Equal(DataFileKind.Amendments, import.Kind);
            Assert.True(import.IsValid, string.Join("\n", import.Errors));
        }
    }

    [Fact]
    public void An_edition_may_name_a_base_defined_further_down()
    {
        var import = Import("B,A,amendments/a.csv,,src", "A,itu/r1.csv,,,src");

        Assert.True(import.IsValid, string.Join("\n", import.Errors));
        Assert.Equal("A", import.Values[0].BaseEdition);
    }

    [Fact]
    public void An_unknown_base_edition_is_an_error_with_its_line_and_column()
    {
        var error = Assert.Single(Import("A,itu/r1.csv,,,src", "B,RR-2019,amendments/a.csv,,src").Errors);

        Assert.Equal((3, 2), (error.Line, error.Column));
        Assert.Contains("'RR-2019' is not an edition of this file", error.Problem, StringComparison.Ordinal);
        Assert.Contains("(A, B)", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Editions_based_on_each_other_are_a_cycle_reported_on_each_line()
    {
        var errors = Import("A,itu/r1.csv,,,src", "B,C,,,src", "C,B,,,src").Errors;

        Assert.Equal([3, 4], errors.Select(e => e.Line));
        Assert.Contains("edition B is based on itself: B → C → B", errors[0].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_based_on_itself_is_an_error()
    {
        var error = Assert.Single(Import("A,A,,,src").Errors);

        Assert.Equal(2, error.Line);
        Assert.Contains("based on itself", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_base_or_amendment_file_is_an_error_with_its_line_and_column()
    {
        var errors = Import("A,itu/r1.csv itu/r2.csv,,,src", "B,A,amendments/a.csv amendments/b.csv,,src").Errors;

        Assert.Equal([(2, 2), (3, 3)], errors.Select(e => (e.Line, e.Column)));
        Assert.Contains("no file itu/r2.csv", errors[0].Problem, StringComparison.Ordinal);
        Assert.Contains("no file amendments/b.csv", errors[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_defined_twice_is_an_error_naming_the_first_line()
    {
        var error = Assert.Single(Import("A,itu/r1.csv,,,src", "A,itu/r1.csv,,,src").Errors);

        Assert.Equal(3, error.Line);
        Assert.Contains("already defined at line 2", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_builds_the_editions_of_a_folder_and_reports_the_amendment_errors_with_their_file_and_line()
    {
        Import("A,itu/r1.csv,,,src", "B,A,amendments/a.csv,,src");
        var editions = EditionLoader.Load(Path.Combine(_folder.Path, "editions.csv"));

        Assert.Equal(["FIXED", "Mobile"], editions[1].Tables[0].Allocations.Where(a => a.Range.LowerHz == 100).Select(a => a.Service.Format(a.Status)));

        _folder.Write("amendments/a.csv", "conference,area,lower_hz,upper_hz,service,action,status\nWRC-15,R1,100,150,Fixed,add-allocation,secondary\n");
        var error = Assert.Single(Assert.Throws<ImportException>(() => EditionLoader.Load(Path.Combine(_folder.Path, "editions.csv"))).Errors);
        Assert.Equal((Path.Combine(_folder.Path, "amendments/a.csv"), 2), (error.File, error.Line));
        Assert.Contains("Fixed is already allocated (primary)", error.Problem, StringComparison.Ordinal);
    }
}
