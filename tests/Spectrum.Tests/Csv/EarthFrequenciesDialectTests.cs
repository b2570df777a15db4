using Spectrum.Csv;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

/// <summary>
/// The raw EarthFrequencies <c>allocations.tsv</c> files (commit 4db0109) read as they are. The excerpts below are
/// copied byte for byte from the three files, so these tests do not depend on anything outside the repository.
/// </summary>
public class EarthFrequenciesDialectTests
{
    private const string Region1Excerpt =
        "region\tsub-table\tlower_frequency\tupper_frequency\tcategory\tservice\tfootnotes\n" +
        "ITU Region 1\t\t0\t9000\t\t-\t5.53,5.54\n" +
        "ITU Region 1\t\t9000\t14000\tp\tRadionavigation\t\n" +
        "ITU Region 1\t\t14000\t19950\t\t-\t5.55,5.56\n" +
        "ITU Region 1\t\t14000\t19950\tp\tFixed\t\n" +
        "ITU Region 1\t\t14000\t19950\tp\tMaritime Mobile\t5.57\n" +
        "ITU Region 1\t\t19950\t20050\tp\tStandard Frequency And Time Signal (20 kHz)\t\n" +
        "ITU Region 1\t\t20050\t70000\t\t-\t5.56,5.58\n" +
        "ITU Region 1\t\t20050\t70000\tp\tFixed\t\n" +
        "ITU Region 1\t\t20050\t70000\tp\tMaritime Mobile\t5.57\n" +
        "ITU Region 1\t\t70000\t72000\tp\tRadionavigation\t5.6\n" +
        "ITU Region 1\t\t72000\t84000\t\t-\t5.56\n" +
        "ITU Region 1\t\t3300000000\t3400000000\t\t-\t5.149,5.429,5.430\n" +
        "ITU Region 1\t\t3300000000\t3400000000\tp\tRadiolocation\t\n" +
        "ITU Region 1\t\t3400000000\t3600000000\t\t-\t5.431\n" +
        "ITU Region 1\t\t3400000000\t3600000000\tp\tFixed\t\n" +
        "ITU Region 1\t\t3400000000\t3600000000\tp\tFixed-Satellite (space-to-Earth)\t\n" +
        "ITU Region 1\t\t3400000000\t3600000000\ts\tMobile\t5.340A\n" +
        "ITU Region 1\t\t3400000000\t3600000000\ts\tRadiolocation\t\n" +
        "ITU Region 1\t\t23600000000\t24000000000\t\t-\t5.34\n" +
        "ITU Region 1\t\t28500000000\t29100000000\t\t-\t5.54\n" +
        "ITU Region 1\t\t130000000000\t134000000000\tp\tEarth Exploration-Satellite (active) \t5.562E\n";

    private const string Region2Excerpt =
        "legion\tsub-table\tlower_frequency\tupper_frequency\tcategory\tservice\tfootnotes\n" +
        "ITU Region 2\t\t0\t9000\t\t-\t5.53,5.54\n" +
        "ITU Region 2\t\t9000\t14000\tp\tRadionavigation\t\n" +
        "ITU Region 2\t\t415000\t495000\ts\tAeronautical Radionavigation\t5.8\n";

    private const string Region3Excerpt =
        "region\tsub-table\tlower_frequency\tupper_frequency\tCategory\tservice\tfootnotes\n" +
        "itu3\t\t0\t9000\t\t-\t5.53,5.54\n" +
        "itu3\t\t9000\t14000\tp\tRadionavigation\t\n";

    [Fact]
    public void The_Region_1_file_reads_as_it_is_row_for_row()
    {
        var import = ImportTables(Region1Excerpt, "itu1/allocations.tsv");

        Assert.True(import.IsValid, string.Join("\n", import.Errors));
        Assert.Equal(new TableRowCounts("ITU Region 1", "current", "R1", 21, 13, 8), Assert.Single(import.Counts));
        var table = Assert.Single(import.Values);
        Assert.Equal(AreaCode.Region(1), table.Area);
        Assert.Equal(21, table.Allocations.Count + table.BandFootnotes.Count);
    }

    [Fact]
    public void Its_category_column_gives_the_status_and_its_comma_separated_footnotes_are_read()
    {
        var table = ReadTable(Region1Excerpt, "itu1/allocations.tsv");

        var mobile = table.Allocations.Single(a => a.Service.Kind == ServiceKind.Mobile);
        Assert.Equal(AllocationStatus.Secondary, mobile.Status);
        Assert.Equal("5.340A", Assert.Single(mobile.Footnotes).Value);
        Assert.Equal(["5.55", "5.56"], table.BandFootnotes[1].Footnotes.Select(f => f.Value));
    }

    [Fact]
    public void Trailing_spaces_after_a_service_are_ignored()
    {
        var table = ReadTable(Region1Excerpt, "itu1/allocations.tsv");

        Assert.Contains(table.Allocations, a => a.Service.Name == "Earth Exploration-Satellite (active)");
    }

    [Fact]
    public void Footnote_ids_stored_as_numbers_get_their_trailing_zero_back_and_the_row_says_so()
    {
        var table = ReadTable(Region1Excerpt, "itu1/allocations.tsv");

        var at70kHz = table.Allocations.Single(a => a.Range.LowerHz == 70_000);
        Assert.Equal("5.60", Assert.Single(at70kHz.Footnotes).Value);
        Assert.Equal("allocations.tsv; repaired: 5.6 read as 5.60", at70kHz.Provenance.Source);
        Assert.Equal(Confidence.High, at70kHz.Provenance.Confidence);
        Assert.Equal("5.340", Assert.Single(table.BandFootnotes.Single(b => b.Range.LowerHz == 23_600_000_000).Footnotes).Value);
        Assert.Equal("5.540", Assert.Single(table.BandFootnotes.Single(b => b.Range.LowerHz == 28_500_000_000).Footnotes).Value);
        // Below 30 MHz 5.53 to 5.99 are footnotes as written.
        Assert.Equal(["5.53", "5.54"], table.BandFootnotes[0].Footnotes.Select(f => f.Value));
        Assert.Equal("allocations.tsv", table.BandFootnotes[0].Provenance.Source);
    }

    [Fact]
    public void Region_2_spells_its_table_column_legion()
    {
        var table = ReadTable(Region2Excerpt, "itu2/allocations.tsv");

        Assert.Equal(("ITU Region 2", AreaCode.Region(2)), (table.Name, table.Area));
        Assert.Equal("5.80", table.Allocations.Single(a => a.Range.LowerHz == 415_000).Footnotes[0].Value);
    }

    [Fact]
    public void Region_3_names_its_table_itu3_and_capitalises_its_category_column()
    {
        var table = ReadTable(Region3Excerpt, "itu3/allocations.tsv");

        Assert.Equal(("itu3", AreaCode.Region(3)), (table.Name, table.Area));
        Assert.Equal(AllocationStatus.Primary, Assert.Single(table.Allocations).Status);
    }

    [Fact]
    public void The_three_excerpts_read_together_from_a_folder_give_three_tables()
    {
        using var folder = new TempFolder();
        var paths = new[]
        {
            folder.Write("itu1/allocations.tsv", Region1Excerpt),
            folder.Write("itu2/allocations.tsv", Region2Excerpt),
            folder.Write("itu3/allocations.tsv", Region3Excerpt),
        };

        var areas = paths.Select(p => Assert.Single(new AllocationTableReader().Read(p)).Area).ToArray();

        Assert.Equal([AreaCode.Region(1), AreaCode.Region(2), AreaCode.Region(3)], areas);
    }
}
