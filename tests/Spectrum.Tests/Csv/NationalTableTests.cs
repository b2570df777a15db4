using Spectrum.Csv;
using Spectrum.Tests.Data;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

/// <summary>
/// The national tables of the EarthFrequencies dataset (commit 4db0109, <c>national/&lt;code&gt;/allocations.tsv</c>)
/// read as they are. The excerpts are copied byte for byte from the named file and line, so these tests do not depend
/// on anything outside the repository; where a convention does not occur in the 41 tables, the test says which real
/// row it starts from and what it writes differently.
/// </summary>
public class NationalTableTests
{
    private const string Header = "region\tsub-table\tlower_frequency\tupper_frequency\tservice\tcategory\tfootnotes\tapplications\n";

    // lv/allocations.tsv lines 2-3: the band below 9 kHz, "NOT ALLOCATED " with a trailing space, status p, footnotes.
    private const string Latvia = Header +
        "lv\t\t0\t9000\t-\t\t\t\n" +
        "lv\t\t0\t9000\tNOT ALLOCATED \tp\t5.54, 5.53\t\n";

    // de/allocations.tsv lines 2-7 and 1706-1713: an application at a single frequency on a row without service, and
    // 6 525-7 075 MHz with both FSS directions in one cell.
    private const string Germany = Header +
        "de\t\t2275\t2275\t-\t\t\tEmergency detection\n" +
        "de\t\t2275\t2275\t\tp\t\t\n" +
        "de\t\t9000\t300000000000\t-\t\t\tISM\n" +
        "de\t\t9000\t300000000000\t\tp\t\t\n" +
        "de\t\t6425000000\t6525000000\t-\t\t\tPoint-to-Point\n" +
        "de\t\t6425000000\t6525000000\t\tp\t\t\n" +
        "de\t\t6525000000\t7075000000\t-\t\t\tPoint-to-Point,  FSS Earth stations\n" +
        "de\t\t6525000000\t7075000000\tFIXED\tp\t\t\n" +
        "de\t\t6525000000\t7075000000\tFIXED-SATELLITE (SPACE-TO-EARTH) (EARTH-TO-SPACE)\tp\t\t\n" +
        "de\t\t6700000000\t7075000000\t-\t\t\tFeeder links\n" +
        "de\t\t6700000000\t7075000000\tFIXED-SATELLITE (SPACE-TO-EARTH)\tp\t\t\n";

    private static readonly TableDefaults Nl = new(Area: AreaCode.Parse("NL"));

    [Fact]
    public void A_band_not_allocated_has_no_allocation_and_keeps_its_footnotes_as_the_bands()
    {
        var table = ReadTable(Latvia, "lv/allocations.tsv", Nl);

        Assert.Empty(table.Allocations);
        Assert.Equal(["5.54", "5.53"], table.BandFootnotes.SelectMany(b => b.Footnotes).Select(f => f.Value));
        Assert.All(table.BandFootnotes, b => Assert.Equal(FrequencyRange.FromHz(0, 9000), b.Range));
    }

    [Fact]
    public void Two_directions_in_one_cell_in_capitals_are_two_primary_allocations()
    {
        var table = ReadTable(Germany, "de/allocations.tsv", Nl);

        var fss = table.Allocations.Where(a => a.Range == FrequencyRange.FromHz(6_525_000_000, 7_075_000_000)
            && a.Service.Kind == ServiceKind.FixedSatellite).ToArray();
        Assert.Equal([LinkDirection.SpaceToEarth, LinkDirection.EarthToSpace], fss.Select(a => a.Service.Direction));
        Assert.All(fss, a => Assert.Equal(AllocationStatus.Primary, a.Status));
        Assert.Equal(4, table.Allocations.Count);
    }

    [Fact]
    public void Applications_form_their_own_layer_also_on_bands_without_a_service_and_at_a_single_frequency()
    {
        var import = ImportTables(Germany, "de/allocations.tsv", Nl);

        Assert.True(import.IsValid, string.Join("\n", import.Errors));
        var layer = Assert.Single(import.Applications);
        Assert.Equal(["Emergency detection", "ISM", "Point-to-Point", "Point-to-Point", "FSS Earth stations", "Feeder links"],
            layer.Applications.Select(a => a.Name));
        var beacon = layer.Applications[0];
        Assert.True(beacon.IsSingleFrequency);
        Assert.Equal(Frequency.FromHz(2275), beacon.Lower);
        Assert.Null(beacon.Range);
        Assert.Equal(["FSS Earth stations", "Feeder links", "ISM", "Point-to-Point"],
            layer.ApplicationsIn(FrequencyRange.FromHz(7_000_000_000, 7_010_000_000)).Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(6, Assert.Single(import.Counts).Applications);
    }

    [Fact]
    public void A_row_without_service_and_without_an_application_is_still_an_error()
    {
        var error = SingleError(Header + "de\t\t9000\t14000\t-\t\t\t\nde\t\t9000\t14000\t\tp\t\t\n", "de/allocations.tsv", Nl);

        Assert.Equal((3, 5), (error.Line, error.Column));
        Assert.Contains("the service is empty", error.Problem);
    }

    [Fact]
    public void A_service_at_a_single_frequency_is_an_error_as_only_an_application_may_be_one()
    {
        // kr/allocations.tsv line 1438: a band at 22.55 GHz whose upper edge the source lost.
        var error = SingleError(Header + "kr\t\t22550000000\t22550000000\tMOBILE\tp\t\t\n", "kr/allocations.tsv", Nl);

        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Contains("only an application may sit at a single frequency", error.Expected);
    }

    [Theory]
    // ad/allocations.tsv line 913 ("MOBILE " with 5.384A in the footnotes column), the id written in the service cell.
    [InlineData("ad\t\t1710000000\t1785000000\tMobile 5.384A\ts\t\t\n", new[] { "5.384A" })]
    [InlineData("ad\t\t13750000000\t14000000000\tFixed-Satellite  5.484A 5.516B\ts\t\t\n", new[] { "5.484A", "5.516B" })]
    [InlineData("ad\t\t450000000\t455000000\tMobile 5.286 AA\ts\t5.286\t\n", new[] { "5.286", "5.286AA" })]
    [InlineData("ad\t\t400050000\t400150000\tSTANDARD FREQUENCY AND TIME SIGNAL-SATELLITE (400.1 MHZ)\tp\t\t\n", new string[0])]
    public void Footnote_ids_after_the_service_in_its_cell_are_the_allocations_footnotes(string row, string[] footnotes)
    {
        var allocation = Assert.Single(ReadTable(Header + row, "ad/allocations.tsv", Nl).Allocations);

        Assert.Equal(footnotes, allocation.Footnotes.Select(f => f.Value));
        Assert.DoesNotContain("5.", allocation.Service.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_status_is_read_from_the_capitals()
    {
        // nl/allocations.tsv lines 993-994 with the category cells left empty (every row of the 41 tables has one).
        var table = ReadTable(Header +
            "nl\t\t3400000000\t3410000000\tAmateur\t\t\t\n" +
            "nl\t\t3400000000\t3410000000\tFIXED-SATELLITE (SPACE-TO-EARTH)\t\t\t\n", "nl/allocations.tsv", Nl);

        Assert.Equal([AllocationStatus.Secondary, AllocationStatus.Primary], table.Allocations.Select(a => a.Status));
    }

    [Fact]
    public void Column_orders_that_differ_read_the_same()
    {
        const string itu = "region\tsub-table\tlower_frequency\tupper_frequency\tcategory\tservice\tfootnotes\n" +
            "nl\t\t3400000000\t3410000000\ts\tAmateur\t\n" +
            "nl\t\t3400000000\t3410000000\tp\tFIXED-SATELLITE (SPACE-TO-EARTH)\t\n";
        const string national = Header +
            "nl\t\t3400000000\t3410000000\tAmateur\ts\t\t\n" +
            "nl\t\t3400000000\t3410000000\tFIXED-SATELLITE (SPACE-TO-EARTH)\tp\t\t\n";

        Assert.Equal(ReadTable(itu, "nl/allocations.tsv").Allocations, ReadTable(national, "nl/allocations.tsv").Allocations);
    }

    [Theory]
    [InlineData("nl", "NL")]
    [InlineData("CEPT", "CEPT")]
    public void A_region_column_holding_an_ISO_code_or_a_known_group_gives_the_area(string cell, string area)
    {
        var table = ReadTable(Header + $"{cell}\t\t3400000000\t3410000000\tAmateur\ts\t\t\n", "table.tsv");

        Assert.Equal(AreaCode.Parse(area), table.Area);
    }

    [Theory]
    [InlineData("Bosnia and Herzegovina", "BA")]
    [InlineData("CzechRepublic", "CZ")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Macedonia (FYROM)", "MK")]
    [InlineData("Moldova", "MD")]
    [InlineData("Serbia", "RS")]
    [InlineData("Kosovo", "XK")]
    public void A_country_named_in_the_metadata_is_found_in_the_projects_country_list(string name, string iso)
    {
        Assert.Equal(AreaCode.Parse(iso), AreaNames.Project.Resolve(name));
    }

    [Fact]
    public void A_name_the_lists_do_not_have_is_no_area()
    {
        Assert.Null(AreaNames.Project.Resolve("Atlantis"));
        Assert.Null(AreaNames.Project.ResolveCode("bo2"));
    }

    [Fact]
    public void The_metadata_beside_a_table_names_it_and_its_area_not_the_folder_code()
    {
        // data/national/ba is the dataset's folder bo: its rows say "bo" (Bolivia's ISO code), its metadata Bosnia.
        var table = Assert.Single(new AllocationTableReader().Read(Repository.DataPath("national", "ba", "allocations.tab")));

        Assert.Equal(("Bosnia and Herzegovina", "EFIS-2015", AreaCode.Parse("BA")), (table.Name, table.Edition, table.Area));
    }

    [Fact]
    public void A_metadata_name_of_no_known_country_is_an_error_naming_the_metadata_line()
    {
        using var folder = new TempFolder();
        folder.Write("metadata.tsv", "name\tvalue\niso2\tzz\nname_en\tAtlantis\n");
        var path = folder.Write("allocations.tsv", Header + "zz\t\t3400000000\t3410000000\tAmateur\ts\t\t\n");

        var error = Assert.Single(new AllocationTableReader().Import(path).Errors);

        Assert.Contains("metadata.tsv:3: name_en 'Atlantis' names no country or group", error.Problem);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Skipping_invalid_rows_keeps_the_valid_ones_and_reports_each_skipped_row_with_the_share_kept()
    {
        var text = Header +
            "nl\t\t3300000000\t3400000000\tRADIOLOCATION\tp\t\t\n" +
            "nl\t\t3400000000\t3410000000\tAmateurs\ts\t\t\n" +
            "nl\t\t3410000000\t3400000000\tFIXED\tp\t\t\n" +
            "nl\t\t3400000000\t3410000000\tFIXED-SATELLITE (SPACE-TO-EARTH)\tp\t5.x\t\n";

        var lenient = new AllocationTableReader(mode: ReadMode.SkipInvalid).Import(Utf8(text), "nl/allocations.tsv");
        var strict = new AllocationTableReader().Import(Utf8(text), "nl/allocations.tsv");

        Assert.True(lenient.IsValid);
        Assert.Equal(["Radiolocation"], Assert.Single(lenient.Values).Allocations.Select(a => a.Service.Name));
        Assert.Equal([3, 4, 5], lenient.Skipped.Select(e => e.Line));
        Assert.Equal(3, lenient.SkippedRows);
        Assert.Equal(0.25, lenient.KeptShare);
        Assert.StartsWith("nl/allocations.tsv:3:5: service: 'Amateurs' is not a radiocommunication service", lenient.Skipped[0].ToString());
        Assert.Contains("; expected ", lenient.Skipped[0].ToString());
        Assert.False(strict.IsValid);
        Assert.Empty(strict.Values);
        Assert.Empty(strict.Skipped);
        Assert.Equal(1, strict.KeptShare);
    }

    [Fact]
    public void Skipping_rows_still_fails_a_file_whose_header_lacks_a_column()
    {
        var import = new AllocationTableReader(mode: ReadMode.SkipInvalid).Import(Utf8("region\tservice\nnl\tFIXED\n"), "t.tsv");

        Assert.False(import.IsValid);
        Assert.Equal(1, Assert.Single(import.Errors).Line);
    }

    [Fact]
    public void Skipping_rows_reports_every_skipped_row_beyond_the_strict_error_limit()
    {
        var rows = string.Concat(Enumerable.Range(0, 150).Select(i => $"nl\t\t{i}\tx\tFIXED\tp\t\t\n"));

        var import = new AllocationTableReader(mode: ReadMode.SkipInvalid).Import(Utf8(Header + "nl\t\t1\t2\tFIXED\tp\t\t\n" + rows), "t.tsv");

        Assert.Equal(150, import.Skipped.Count);
        Assert.Equal(1.0 / 151, import.KeptShare, 6);
    }

    [Fact]
    public void Skipping_rows_through_the_data_file_reader()
    {
        var import = Assert.IsType<AllocationTableImport>(DataFileReader.Import(
            Utf8(Header + "nl\t\t1\t2\tFIXED\tp\t\t\nnl\t\t2\t3\tFixd\tp\t\t\n"), "t.tsv", mode: ReadMode.SkipInvalid));

        Assert.True(import.IsValid);
        Assert.Equal(3, Assert.Single(import.Skipped).Line);
    }
}
