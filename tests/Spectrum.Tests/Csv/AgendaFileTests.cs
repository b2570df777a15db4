using Spectrum.Conference;
using Spectrum.Csv;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

/// <summary>
/// Agenda items, agenda bands and positions: what each reader accepts, and each bad input as an error at its file, line
/// and column. A file with any error yields nothing.
/// </summary>
public class AgendaFileTests
{
    private const string ItemsHeader = "agenda_item,resolution,title,scope,source,confidence";
    private const string BandsHeader = "agenda_item,area,lower_hz,upper_hz,service,action,status,identifies,highlight,source,confidence";
    private const string PositionsHeader = "agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,source,confidence";

    private static AgendaFileImport<AgendaItem> ImportItems(string text) => AgendaItemReader.Import(Utf8(text), "items.csv");

    private static AgendaFileImport<AgendaBand> ImportBands(string text, Func<AreaCode, AreaCode?>? regionOf = null) =>
        new AgendaBandReader(regionOf).Import(Utf8(text), "bands.csv");

    private static AgendaFileImport<Position> ImportPositions(string text) => new PositionReader().Import(Utf8(text), "positions.csv");

    /// <summary>The file's only error; the file yields nothing.</summary>
    private static ImportError SingleError<T>(AgendaFileImport<T> import)
    {
        Assert.False(import.IsValid);
        Assert.Empty(import.Values);
        Assert.Empty(import.Lines);
        return Assert.Single(import.Errors);
    }

    private static AgendaBand SingleBand(string row, Func<AreaCode, AreaCode?>? regionOf = null)
    {
        var import = ImportBands($"{BandsHeader}\n{row}\n", regionOf);
        Assert.Empty(import.Errors);
        return Assert.Single(import.Values);
    }

    private static ImportError BandError(string row) => SingleError(ImportBands($"{BandsHeader}\n1.2,R1,6425000000,7025000000,Mobile,identify,,IMT,imt,s,high\n{row}\n"));

    [Fact]
    public void Agenda_items_are_read_with_number_resolution_title_scope_and_provenance()
    {
        var items = AgendaItemReader.Read(Utf8($"""
            {ItemsHeader}
            1.2,245 (WRC-19),identification for IMT,5G/IMT,Resolution 811,high
            9.1 d,176 (WRC-19),protection of EESS (passive),Earth observation,Resolution 811,medium
            10,804 (Rev.WRC-19),,other,,
            """), "items.csv");

        Assert.Equal(["1.2", "9.1 d", "10"], items.Select(i => i.Number));
        Assert.Equal([AgendaScope.Imt, AgendaScope.EarthObservation, AgendaScope.Other], items.Select(i => i.Scope));
        Assert.Equal(new Provenance("Resolution 811", Confidence.Medium), items[1].Provenance);
        Assert.Equal(("", new Provenance("items.csv", Confidence.High)), (items[2].Title, items[2].Provenance));
    }

    [Theory]
    [InlineData("9.1b", "9.1 b")]
    [InlineData("9.1 B", "9.1 b")]
    [InlineData(" 1.12 ", "1.12")]
    public void An_agenda_item_number_is_read_in_one_spelling(string written, string number)
    {
        var item = Assert.Single(AgendaItemReader.Read(Utf8($"{ItemsHeader}\n\"{written}\",1,title,other,s,high\n"), "items.csv"));

        Assert.Equal(number, item.Number);
    }

    [Fact]
    public void An_agenda_item_given_twice_is_an_error_naming_both_lines()
    {
        var error = SingleError(ImportItems($"""
            {ItemsHeader}
            1.2,245 (WRC-19),a,5G/IMT,s,high
            1.3,246 (WRC-19),b,5G/IMT,s,high
            1.2,245 (WRC-19),c,5G/IMT,s,high
            """));

        Assert.Equal(("items.csv", 4, 1), (error.File, error.Line, error.Column));
        Assert.Equal("agenda_item: agenda item 1.2 is given twice (first on line 2)", error.Problem);
    }

    [Theory]
    [InlineData("1,2")]
    [InlineData("AI 1.2")]
    [InlineData("1.2.3")]
    [InlineData("")]
    public void A_malformed_agenda_item_number_is_an_error_at_its_column(string written)
    {
        var error = SingleError(ImportItems($"{ItemsHeader}\n\"{written}\",1,title,other,s,high\n"));

        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("an agenda item number such as 1.2, 9.1 b or 10", error.Expected);
    }

    [Fact]
    public void An_unknown_scope_and_an_empty_resolution_are_errors_at_their_columns()
    {
        var import = ImportItems($"""
            {ItemsHeader}
            1.2,,title,IMT,s,high
            """);

        Assert.Equal([(2, 2), (2, 4)], import.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal("scope: 'IMT' is not a scope", import.Errors[1].Problem);
        Assert.Equal("5G/IMT, Earth observation or other", import.Errors[1].Expected);
    }

    [Fact]
    public void An_agenda_items_file_without_a_title_column_names_the_missing_column()
    {
        var import = AgendaItemReader.Import(Utf8("agenda_item,resolution,scope\n1.2,245,other\n"), "items.csv");

        var error = Assert.Single(import.Errors);
        Assert.Equal((1, 0), (error.Line, error.Column));
        Assert.StartsWith("missing column title", error.Problem);
    }

    [Fact]
    public void A_band_is_read_with_its_area_range_service_action_status_and_highlight()
    {
        var band = SingleBand("1.3,R1,3600000000,3800000000,Mobile except aeronautical mobile,add-allocation,primary,,imt,src,medium");

        Assert.Equal("1.3", band.AgendaItem);
        Assert.Equal("R1", band.Area.ToString());
        Assert.Equal(FrequencyRange.Parse("3600-3800 MHz"), band.Range);
        Assert.Equal(RadioService.Parse("Mobile except aeronautical mobile"), band.Service);
        Assert.Equal((AgendaBandAction.AddAllocation, AllocationStatus.Primary), (band.Action, band.Status!.Value));
        Assert.Equal((Highlight.Imt, (Identification?)null), (band.Highlight, band.Identifies));
        Assert.Equal(new Provenance("src", Confidence.Medium), band.Provenance);
    }

    [Theory]
    [InlineData("study,,IMT,imt", AgendaBandAction.Study, Identification.Imt, Highlight.Imt)]
    [InlineData("protect,,,", AgendaBandAction.Protect, null, Highlight.None)]
    [InlineData("identify,,HIBS,IMT", AgendaBandAction.Identify, Identification.Hibs, Highlight.Imt)]
    [InlineData("study,,,eo", AgendaBandAction.Study, null, Highlight.EarthObservation)]
    public void Study_protect_and_identify_rows_read_with_what_they_are_for(
        string cells, AgendaBandAction action, Identification? identifies, Highlight highlight)
    {
        var band = SingleBand($"10,R2,4400000000,4800000000,Mobile,{cells},s,low");

        Assert.Equal((action, identifies, highlight), (band.Action, band.Identifies, band.Highlight));
    }

    [Theory]
    [InlineData("add-footnote")]
    [InlineData("identify")]
    public void An_empty_service_means_the_whole_band_on_footnote_and_identify_rows(string action)
    {
        var band = SingleBand($"1.2,R1-listed,3300000000,3400000000,,{action},,{(action == "identify" ? "IMT" : "")},imt,s,high");

        Assert.Null(band.Service);
        Assert.Equal(("R1-listed", true), (band.Area.ToString(), band.Area.ListedCountriesOnly));
    }

    [Fact]
    public void An_add_allocation_without_status_is_read_with_no_status()
    {
        var band = SingleBand("1.17,R3,11700000000,12700000000,Inter-Satellite,add-allocation,,,,s,low");

        Assert.Null(band.Status);
    }

    [Fact]
    public void Frequencies_may_be_written_with_a_unit()
    {
        var band = SingleBand("1.2,R1,6425 MHz,7.025 GHz,Mobile,identify,,IMT,imt,s,high");

        Assert.Equal(FrequencyRange.Parse("6425-7025 MHz"), band.Range);
    }

    [Fact]
    public void ISO_codes_are_listed_countries_whose_Regions_are_empty_without_a_lookup()
    {
        var band = SingleBand("1.2,de fr,3300000000,3400000000,,identify,,IMT,imt,s,high");

        Assert.Equal(["DE", "FR"], band.Area.Countries.Select(c => c.Value));
        Assert.True(band.Area.ListedCountriesOnly);
        Assert.Empty(band.Area.Regions);
        Assert.Equal("DE FR", band.Area.ToString());
    }

    [Fact]
    public void ISO_codes_take_the_Regions_the_callers_lookup_gives_once_each()
    {
        var regions = new Dictionary<string, int> { ["DE"] = 1, ["FR"] = 1, ["BR"] = 2 };
        AreaCode? RegionOf(AreaCode country) => regions.TryGetValue(country.Value, out var n) ? AreaCode.Region(n) : null;

        var band = SingleBand("1.2,DE FR BR,3300000000,3400000000,,identify,,IMT,imt,s,high", RegionOf);

        Assert.Equal([AreaCode.Region(1), AreaCode.Region(2)], band.Area.Regions);
        var error = SingleError(ImportBands($"{BandsHeader}\n1.2,DE XX,3300000000,3400000000,,identify,,IMT,imt,s,high\n", RegionOf));
        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Equal("area: country XX has no ITU Region in the countries list", error.Problem);
    }

    [Theory]
    [InlineData("R4")]
    [InlineData("Europe")]
    [InlineData("R1 listed")]
    [InlineData("DE DE")]
    [InlineData("")]
    public void An_area_that_is_not_a_Region_a_listed_Region_or_country_codes_is_an_error(string area)
    {
        var error = BandError($"1.2,{area},3300000000,3400000000,,identify,,IMT,imt,s,high");

        Assert.Equal(("bands.csv", 3, 2), (error.File, error.Line, error.Column));
        Assert.StartsWith("area: ", error.Problem);
    }

    [Fact]
    public void An_unknown_action_is_an_error_that_lists_the_actions()
    {
        var error = BandError("1.2,R1,6425000000,7025000000,Mobile,allocate,,,imt,s,high");

        Assert.Equal(("bands.csv", 3, 6), (error.File, error.Line, error.Column));
        Assert.Equal("action: 'allocate' is not an action", error.Problem);
        Assert.Equal("add-allocation, remove-allocation, change-status, add-footnote, remove-footnote, identify, study or protect", error.Expected);
    }

    [Fact]
    public void An_unknown_highlight_is_an_error()
    {
        var error = BandError("1.2,R1,6425000000,7025000000,Mobile,identify,,IMT,5g,s,high");

        Assert.Equal((3, 9), (error.Line, error.Column));
        Assert.Equal("highlight: '5g' is not a highlight", error.Problem);
        Assert.Equal("imt, eo or empty", error.Expected);
    }

    [Theory]
    [InlineData("identify,primary,IMT", 7, "status: 'primary' with action identify")]
    [InlineData("study,secondary,IMT", 7, "status: 'secondary' with action study")]
    [InlineData("protect,primary,", 7, "status: 'primary' with action protect")]
    [InlineData("change-status,,", 7, "status: empty with action change-status")]
    [InlineData("add-allocation,p,", 7, "status: 'p' is not a status")]
    public void A_status_is_allowed_only_on_add_allocation_and_change_status_and_needed_on_change_status(
        string cells, int column, string problem)
    {
        var error = BandError($"1.13,R1,14800000000,15350000000,Space Research,{cells},eo,s,low");

        Assert.Equal((3, column), (error.Line, error.Column));
        Assert.Equal(problem, error.Problem);
    }

    [Theory]
    [InlineData("identify,,", "identifies: empty with action identify")]
    [InlineData("protect,,IMT", "identifies: 'IMT' with action protect")]
    [InlineData("add-allocation,primary,IMT", "identifies: 'IMT' with action add-allocation")]
    [InlineData("identify,,5G", "identifies: '5G' is not an identification")]
    public void Identifies_is_needed_on_identify_allowed_on_study_and_empty_elsewhere(string cells, string problem)
    {
        var error = BandError($"1.2,R2,10000000000,10500000000,Mobile,{cells},imt,s,medium");

        Assert.Equal((3, 8), (error.Line, error.Column));
        Assert.Equal(problem, error.Problem);
    }

    [Theory]
    [InlineData("study")]
    [InlineData("protect")]
    [InlineData("add-allocation")]
    public void An_empty_service_is_an_error_where_the_action_is_on_a_service(string action)
    {
        var error = BandError($"10,R1,4400000000,4800000000,,{action},,,,s,low");

        Assert.Equal((3, 5), (error.Line, error.Column));
        Assert.Equal($"service: empty with action {action}", error.Problem);
    }

    [Fact]
    public void An_unknown_service_is_an_error_that_suggests_the_nearest_name()
    {
        var error = BandError("10,R1,4400000000,4800000000,Mobil,study,,IMT,imt,s,low");

        Assert.Equal((3, 5), (error.Line, error.Column));
        Assert.StartsWith("service: 'Mobil' is not a radiocommunication service", error.Problem);
    }

    [Theory]
    [InlineData("7025000000,6425000000", 4, "upper_hz: the upper edge 6.425 GHz is not above the lower edge 7.025 GHz")]
    [InlineData("6425000000,6425000000", 4, "upper_hz: the upper edge 6.425 GHz is not above the lower edge 6.425 GHz")]
    [InlineData("abc,7025000000", 3, "lower_hz: 'abc' is not a frequency")]
    [InlineData(",7025000000", 3, "lower_hz: empty")]
    [InlineData("-5,7025000000", 3, "lower_hz: ")]
    public void A_malformed_range_is_an_error_at_its_line_and_column(string edges, int column, string problem)
    {
        var error = BandError($"1.2,R1,{edges},Mobile,identify,,IMT,imt,s,high");

        Assert.Equal(("bands.csv", 3, column), (error.File, error.Line, error.Column));
        Assert.StartsWith(problem, error.Problem);
    }

    [Fact]
    public void Every_error_of_a_band_file_is_reported_and_none_of_its_bands_is_kept()
    {
        var import = ImportBands($"""
            {BandsHeader}
            1.2,R1,6425000000,7025000000,Mobile,identify,,IMT,imt,s,high
            1.2,R9,6425000000,7025000000,Mobile,identify,,IMT,imt,s,high
            1.2,R1,6425000000,7025000000,Mobile,identify,,IMT,imt,s,certain
            1.2,R1,7025000000,6425000000,Mobile,identifies,,IMT,imt,s,high
            """);

        Assert.Equal([(3, 2), (4, 11), (5, 4), (5, 6)], import.Errors.Select(e => (e.Line, e.Column)));
        Assert.Empty(import.Values);
        Assert.Equal(4, import.Rows);
    }

    [Fact]
    public void A_position_is_read_with_stance_conditions_outcome_and_both_confidences()
    {
        var position = Assert.Single(new PositionReader().Read(Utf8($"""
            {PositionsHeader}
            1.3,R1,3600000000,3800000000,support-with-conditions,protect FSS earth stations,upgraded to primary,medium,Council Decision,medium
            """), "positions.csv"));

        Assert.Equal(("1.3", "R1"), (position.AgendaItem, position.Area.ToString()));
        Assert.Equal(FrequencyRange.Parse("3600-3800 MHz"), position.Range);
        Assert.Equal(Stance.SupportWithConditions, position.Stance);
        Assert.Equal(("protect FSS earth stations", "upgraded to primary"), (position.Conditions, position.Outcome));
        Assert.Equal(Confidence.Medium, position.OutcomeConfidence);
        Assert.Equal(new Provenance("Council Decision", Confidence.Medium), position.Provenance);
    }

    [Theory]
    [InlineData("support", Stance.Support)]
    [InlineData("support-with-conditions", Stance.SupportWithConditions)]
    [InlineData("oppose", Stance.Oppose)]
    [InlineData("no-change", Stance.NoChange)]
    [InlineData("No-Objection", Stance.NoObjection)]
    public void Each_stance_of_the_vocabulary_is_read_and_written_back(string written, Stance stance)
    {
        var position = Assert.Single(new PositionReader().Read(Utf8($"{PositionsHeader}\n1.5,R1,470000000,694000000,{written},,,,s,low\n"), "p.csv"));

        Assert.Equal(stance, position.Stance);
        Assert.Equal(written.ToLowerInvariant(), Terms.Of(stance));
    }

    [Fact]
    public void An_unknown_stance_is_an_error_that_lists_the_stances()
    {
        var error = SingleError(ImportPositions($"""
            {PositionsHeader}
            1.5,R1,470000000,694000000,no-change,,,,s,low
            1.5,R1,470000000,694000000,abstain,,,,s,low
            """));

        Assert.Equal(("positions.csv", 3, 5), (error.File, error.Line, error.Column));
        Assert.Equal("stance: 'abstain' is not a stance", error.Problem);
        Assert.Equal("support, support-with-conditions, oppose, no-change, no-objection or not-recorded", error.Expected);
    }

    [Fact]
    public void A_position_without_outcome_has_outcome_confidence_low_and_an_outcome_needs_its_confidence()
    {
        var withoutOutcome = Assert.Single(new PositionReader().Read(Utf8("agenda_item,area,lower_hz,upper_hz,stance\n1.5,R1,470 MHz,694 MHz,support\n"), "p.csv"));
        var error = SingleError(ImportPositions($"{PositionsHeader}\n1.5,R1,470000000,694000000,support,,adopted,,s,low\n"));

        Assert.Equal(("", Confidence.Low), (withoutOutcome.Outcome, withoutOutcome.OutcomeConfidence));
        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Equal("outcome_confidence: empty", error.Problem);
    }

    [Fact]
    public void A_malformed_range_in_a_position_is_an_error_at_its_line()
    {
        var error = SingleError(ImportPositions($"{PositionsHeader}\n1.14,R1,252 GHz,231.5 GHz,support,,,,s,medium\n"));

        Assert.Equal(("positions.csv", 2, 4), (error.File, error.Line, error.Column));
        Assert.StartsWith("upper_hz: the upper edge 231.5 GHz is not above the lower edge 252 GHz", error.Problem);
    }
}
