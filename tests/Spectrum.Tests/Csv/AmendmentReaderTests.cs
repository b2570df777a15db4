using Spectrum.Conference;
using Spectrum.Csv;
using Spectrum.Tests.Data;

namespace Spectrum.Tests.Csv;

public class AmendmentReaderTests
{
    private const string Header = "conference,agenda_item,area,lower_hz,upper_hz,service,action,status,footnote,identifies,source,confidence";
    private const string FileName = "amendments/wrc-99.csv";

    private static ImportResult<Amendment> Import(string rows, Func<AreaCode, AreaCode?>? regionOf = null) =>
        new AmendmentReader(regionOf).Import(Fixtures.Utf8($"{Header}\n{rows}\n"), FileName);

    private static ImportError SingleError(string rows)
    {
        var import = Import(rows);
        Assert.False(import.IsValid);
        Assert.Empty(import.Values);
        return Assert.Single(import.Errors);
    }

    [Fact]
    public void A_shipped_row_reads_with_every_cell_and_its_line()
    {
        var amendments = new AmendmentReader().Read(Repository.DataPath("amendments", "wrc-15.csv"));

        Assert.Equal(59, amendments.Count);
        var add = amendments[1];
        Assert.Equal(("WRC-15", "1.1", ChangeArea.Region(1).ToString(), FrequencyRange.Parse("3400-3600 MHz")), (add.Conference, add.AgendaItem, add.Area.ToString(), add.Range));
        Assert.Equal((RadioService.Parse("Mobile except aeronautical mobile"), AmendmentAction.AddAllocation, AllocationStatus.Primary),
            (add.Service, add.Action, add.Status));
        Assert.Equal((FootnoteId.Parse("5.430A"), (Identification?)null, Confidence.High), (add.Footnote, add.Identifies, add.Provenance.Confidence));
        Assert.Equal(3, add.Line);
        Assert.EndsWith("wrc-15.csv", add.File, StringComparison.Ordinal);

        var listed = amendments[5];
        Assert.Equal((true, "R1-listed", Identification.Imt), (listed.Area.ListedCountriesOnly, listed.Area.ToString(), listed.Identifies));
        Assert.Null(amendments[12].Service);
    }

    [Fact]
    public void The_shipped_amendment_files_read_without_error()
    {
        foreach (var (file, rows) in new[] { ("wrc-15.csv", 59), ("wrc-19.csv", 39), ("wrc-23.csv", 52) })
        {
            var import = new AmendmentReader().Import(Repository.DataPath("amendments", file));
            Assert.True(import.IsValid, string.Join("\n", import.Errors));
            Assert.Equal((DataFileKind.Amendments, rows, rows), (import.Kind, import.Rows, import.Values.Count));
        }
    }

    [Fact]
    public void An_unknown_action_is_an_error_with_file_line_and_column()
    {
        var error = SingleError("WRC-23,1.2,R1,6425000000,7125000000,Mobile,allocate,primary,,,src,high");

        Assert.Equal((FileName, 2, 7), (error.File, error.Line, error.Column));
        Assert.Contains("'allocate' is not an amendment action", error.Problem, StringComparison.Ordinal);
        Assert.Contains("add-allocation", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footnote_id_of_the_wrong_shape_is_an_error_with_file_line_and_column()
    {
        var error = SingleError("WRC-15,,R1,3400000000,3600000000,Mobile,identify,,5.430a,IMT,src,high");

        Assert.Equal((FileName, 2, 9), (error.File, error.Line, error.Column));
        Assert.Contains("'5.430a' is not an RR footnote id", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_national_footnote_id_is_not_an_amendment_footnote()
    {
        var error = SingleError("WRC-15,,R1,3400000000,3600000000,,add-footnote,,UK12,,src,high");

        Assert.Equal(9, error.Column);
    }

    [Theory]
    [InlineData("WRC-15,,R1,1,2,Mobile,add-allocation,,,,src,high", 8, "status: empty, but add-allocation needs one")]
    [InlineData("WRC-15,,R1,1,2,Mobile,change-status,,,,src,high", 8, "status: empty, but change-status needs one")]
    [InlineData("WRC-15,,R1,1,2,Mobile,identify,primary,,IMT,src,high", 8, "'primary' on an identify row")]
    [InlineData("WRC-15,,R1,1,2,Mobile,add-allocation,main,,,src,high", 8, "'main' is not a status")]
    [InlineData("WRC-15,,R1,1,2,Mobile,identify,,,,src,high", 10, "identifies: empty, but identify needs what is identified")]
    [InlineData("WRC-15,,R1,1,2,Mobile,add-footnote,,5.100,IMT,src,high", 10, "'IMT' on an add-footnote row")]
    [InlineData("WRC-15,,R1,1,2,Mobile,identify,,,5G,src,high", 10, "'5G' is not an identification")]
    [InlineData("WRC-15,,R1,1,2,,remove-footnote,,,,src,high", 9, "footnote: empty, but remove-footnote needs")]
    [InlineData("WRC-15,,R1,1,2,,add-allocation,primary,,,src,high", 6, "empty, but add-allocation needs one")]
    [InlineData("WRC-15,,R1,1,2,,remove-allocation,,,,src,high", 6, "empty, but remove-allocation needs one")]
    [InlineData("WRC-15,,R1,1,2,,change-status,secondary,,,src,high", 6, "empty, but change-status needs one")]
    [InlineData("WRC-15,,R1,1,2,Mobil,remove-allocation,,,,src,high", 6, "'Mobil' is not a radiocommunication service")]
    [InlineData("WRC-15,,R1,2,2,Mobile,remove-allocation,,,,src,high", 5, "the upper edge 0.002 kHz is not above the lower edge 0.002 kHz")]
    [InlineData("WRC-15,,R1,3,2,Mobile,remove-allocation,,,,src,high", 5, "is not above the lower edge")]
    [InlineData("WRC-15,,R4,1,2,Mobile,remove-allocation,,,,src,high", 3, "'R4' is not a Region or an ISO 3166 alpha-2 country code")]
    [InlineData("WRC-15,,,1,2,Mobile,remove-allocation,,,,src,high", 3, "empty")]
    [InlineData(",,R1,1,2,Mobile,remove-allocation,,,,src,high", 1, "empty")]
    [InlineData("WRC-15,,R1,1,2,Mobile,remove-allocation,,,,src,certain", 12, "'certain' is not a confidence")]
    public void Each_row_is_checked_for_the_cells_its_action_needs_or_forbids(string row, int column, string problem)
    {
        var error = SingleError(row);

        Assert.Equal((2, column), (error.Line, error.Column));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_the_file_is_reported_and_the_file_yields_nothing()
    {
        var import = Import(string.Join("\n",
            "WRC-15,,R1,3400000000,3600000000,Mobile,remove-allocation,,,,src,high",
            "WRC-15,,R1,1,2,Mobile,allocate,,,,src,high",
            "WRC-15,,R1,1,2,Mobile,identify,,5.1,IMT,src,high"));

        Assert.Equal([3, 4], import.Errors.Select(e => e.Line));
        Assert.Empty(import.Values);
        Assert.Throws<ImportException>(() => import.ValuesOrThrow());
    }

    [Fact]
    public void The_same_service_added_twice_in_overlapping_ranges_of_one_Region_is_an_error_naming_both_lines()
    {
        var error = SingleError(string.Join("\n",
            "WRC-15,,R1,3400000000,3600000000,Mobile,add-allocation,primary,,,src,high",
            "WRC-15,,R1,3500000000,3700000000,MOBILE,add-allocation,secondary,,,src,high"));

        Assert.Equal((3, 0), (error.Line, error.Column));
        Assert.Contains("conflicts with line 2", error.Problem, StringComparison.Ordinal);
        Assert.Contains("Mobile is added at line 2 and added at line 3 in overlapping ranges of the R1 table (3.5-3.6 GHz)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_added_and_removed_in_overlapping_ranges_is_an_error_naming_both_lines()
    {
        var error = SingleError(string.Join("\n",
            "WRC-15,,R2,3400000000,3600000000,Mobile,remove-allocation,,,,src,high",
            "WRC-15,,R1,3400000000,3600000000,Mobile,add-allocation,primary,,,src,high",
            "WRC-15,,R1,3300000000,3500000000,Mobile,remove-allocation,,,,src,high"));

        Assert.Equal(4, error.Line);
        Assert.Contains("Mobile is added at line 3 and removed at line 4", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_footnote_added_and_removed_on_one_allocation_is_an_error()
    {
        var error = SingleError(string.Join("\n",
            "WRC-15,,R1,3400000000,3600000000,Mobile,identify,,5.430A,IMT,src,high",
            "WRC-15,,R1,3400000000,3500000000,Mobile,remove-footnote,,5.430A,,src,high"));

        Assert.Contains("footnote 5.430A is added by an identification at line 2 and removed at line 3 on Mobile", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_repeated_is_one_conflict_per_repeat_each_naming_the_first_line()
    {
        const string row = "WRC-15,,R1,3400000000,3600000000,Mobile,add-allocation,primary,,,src,high";
        var import = Import(string.Join("\n", row, row, row, row));

        Assert.Equal([3, 4, 5], import.Errors.Select(e => e.Line));
        Assert.All(import.Errors, e => Assert.StartsWith("conflicts with line 2: Mobile is added at line 2", e.Problem, StringComparison.Ordinal));
        Assert.Empty(import.Values);
    }

    [Fact]
    public void A_row_that_contradicts_several_earlier_rows_names_the_first_of_them_in_the_file()
    {
        var error = SingleError(string.Join("\n",
            "WRC-15,,R2,1000000000,4000000000,Mobile,add-allocation,primary,,,src,high",
            "WRC-15,,R1,3000000000,4000000000,Mobile,add-allocation,primary,,,src,high",
            "WRC-15,,R1,1000000000,2000000000,Mobile,add-allocation,primary,,,src,high",
            "WRC-15,,R1,1500000000,3500000000,Mobile,remove-allocation,,,,src,high"));

        Assert.Equal(5, error.Line);
        Assert.StartsWith("conflicts with line 3: Mobile is added at line 3 and removed at line 5", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_on_different_services_Regions_or_ranges_do_not_conflict()
    {
        var import = Import(string.Join("\n",
            "WRC-15,,R1,3400000000,3600000000,Mobile,remove-allocation,,,,src,high",
            "WRC-15,,R1,3400000000,3600000000,Mobile except aeronautical mobile,add-allocation,primary,5.430A,,src,high",
            "WRC-15,,R2,3400000000,3600000000,Mobile,add-allocation,primary,,,src,high",
            "WRC-15,,R1,3600000000,3800000000,Mobile,remove-allocation,,,,src,high",
            "WRC-15,,R1,3400000000,3600000000,Mobile except aeronautical mobile,identify,,,IMT,src,high",
            "WRC-15,,R1,3400000000,3600000000,Mobile except aeronautical mobile,identify,,,HIBS,src,high"));

        Assert.True(import.IsValid, string.Join("\n", import.Errors));
        Assert.Equal(6, import.Values.Count);
    }

    [Fact]
    public void Country_codes_take_their_Regions_from_the_lookup_and_hold_in_those_countries_only()
    {
        var regions = new Dictionary<string, int> { ["DE"] = 1, ["FR"] = 1, ["BR"] = 2 };
        var import = Import("WRC-23,1.2,DE FR BR,3300000000,3400000000,,add-footnote,,5.429B,,src,high",
            code => regions.TryGetValue(code.Value, out var n) ? AreaCode.Region(n) : null);

        var area = Assert.Single(import.Values).Area;
        Assert.Equal(["R1", "R2"], area.Regions.Select(r => r.Value));
        Assert.Equal(["DE", "FR", "BR"], area.Countries.Select(c => c.Value));
        Assert.True(area.ListedCountriesOnly);
        Assert.Equal("DE FR BR", area.ToString());
    }

    [Fact]
    public void A_country_the_lookup_has_no_Region_for_is_an_error()
    {
        var import = Import("WRC-23,1.2,DE XK,3300000000,3400000000,,add-footnote,,5.429B,,src,high",
            code => code.Value == "DE" ? AreaCode.Region(1) : null);

        var error = Assert.Single(import.Errors);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("no ITU Region for XK", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_lookup_country_codes_are_read_with_no_Region_for_the_engine_to_report()
    {
        var area = Assert.Single(Import("WRC-23,1.2,DE,3300000000,3400000000,,add-footnote,,5.429B,,src,high").Values).Area;

        Assert.Empty(area.Regions);
        Assert.Equal([AreaCode.Parse("DE")], area.Countries);
    }

    [Fact]
    public void The_countries_list_gives_the_lookup()
    {
        var lookup = AmendmentReader.RegionLookup(CountryListReader.Read(Repository.DataPath("areas", "countries.csv")));

        Assert.Equal(AreaCode.Region(1), lookup(AreaCode.Parse("DE")));
        Assert.Equal(AreaCode.Region(2), lookup(AreaCode.Parse("BR")));
        Assert.Equal(AreaCode.Region(3), lookup(AreaCode.Parse("AU")));
        Assert.Null(lookup(AreaCode.Parse("ZZ")));
    }

    [Theory]
    [InlineData("conference,agenda_item,area,lower_hz,upper_hz,service,action,status,footnote,identifies,source,confidence", DataFileKind.Amendments)]
    [InlineData("Action,Conference,area,lower_hz,upper_hz,service", DataFileKind.Amendments)]
    [InlineData("edition,base,amendments,description,source", DataFileKind.Editions)]
    [InlineData("agenda_item,area,lower_hz,upper_hz,service,action,status,identifies,highlight,source,confidence", DataFileKind.AgendaBands)]
    public void Amendment_and_edition_files_are_told_by_their_header(string header, DataFileKind kind)
    {
        Assert.Equal(kind, DataFileReader.DetectKind(header.Split(',')));
    }

    [Fact]
    public void The_data_file_reader_reads_an_amendment_file_with_its_errors()
    {
        var import = DataFileReader.Import(Fixtures.Utf8($"{Header}\nWRC-15,,R1,1,2,Mobile,allocate,,,,src,high\n"), FileName);

        Assert.Equal(DataFileKind.Amendments, import.Kind);
        Assert.Equal(2, Assert.Single(import.Errors).Line);
    }
}
