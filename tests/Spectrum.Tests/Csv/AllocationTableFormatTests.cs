using System.Text;
using Spectrum.Csv;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

/// <summary>The allocation-table format of data/README.md: every way a well-formed file may be written.</summary>
public class AllocationTableFormatTests
{
    private const string Source = "ITU RR 2012 Art. 5";

    [Fact]
    public void A_row_in_the_shipped_layout_becomes_an_allocation_with_its_footnotes_and_provenance()
    {
        var table = ReadTable($"""
            {Header}
            ITU Region 1,RR-2012,R1,5925000000,6700000000,Fixed-Satellite (Earth-to-space),primary,5.457 5.457A,"{Source}",medium
            """);

        Assert.Equal("ITU Region 1", table.Name);
        Assert.Equal("RR-2012", table.Edition);
        Assert.Equal(AreaCode.Region(1), table.Area);
        var allocation = Assert.Single(table.Allocations);
        Assert.Equal(FrequencyRange.Parse("5925-6700 MHz"), allocation.Range);
        Assert.Equal(RadioService.Parse("Fixed-Satellite (Earth-to-space)"), allocation.Service);
        Assert.Equal(AllocationStatus.Primary, allocation.Status);
        Assert.Equal(["5.457", "5.457A"], allocation.Footnotes.Select(f => f.Value));
        Assert.Equal(new Provenance(Source, Confidence.Medium), allocation.Provenance);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_any_letter_case()
    {
        var table = ReadTable("""
            Service,FOOTNOTES,Upper_Hz,Lower_HZ,Status,Area,Table,Edition
            Mobile,5.384A,7125000000,6425000000,secondary,R2,National,2024
            """);

        var allocation = Assert.Single(table.Allocations);
        Assert.Equal(FrequencyRange.Parse("6425-7125 MHz"), allocation.Range);
        Assert.Equal(AllocationStatus.Secondary, allocation.Status);
        Assert.Equal(("National", "2024", AreaCode.Region(2)), (table.Name, table.Edition, table.Area));
    }

    [Theory]
    [InlineData("region,edition,area_code,lower,upper,service,category,footnote")]
    [InlineData("legion,edition,area,from,to,service,status,notes")]
    [InlineData("table_name,edition,area,lower_frequency,upper_frequency,service,category,footnotes")]
    public void Every_alias_of_the_format_names_its_column(string header)
    {
        var table = ReadTable($"""
            {header}
            ITU Region 2,RR-2012,R2,1000,2000,FIXED,p,5.53
            """);

        Assert.Equal(("ITU Region 2", "RR-2012", AreaCode.Region(2)), (table.Name, table.Edition, table.Area));
        var allocation = Assert.Single(table.Allocations);
        Assert.Equal(FrequencyRange.FromHz(1000, 2000), allocation.Range);
        Assert.Equal(AllocationStatus.Primary, allocation.Status);
        Assert.Equal("5.53", Assert.Single(allocation.Footnotes).Value);
    }

    [Fact]
    public void Extra_columns_are_ignored()
    {
        var table = ReadTable("""
            sub-table,lower_hz,comment,upper_hz,service,status,area
            X,1000,"anything, at all",2000,Fixed,s,NL
            """);

        Assert.Equal(AreaCode.Parse("NL"), table.Area);
        Assert.Equal(AllocationStatus.Secondary, Assert.Single(table.Allocations).Status);
    }

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    public void The_delimiter_is_found_from_the_header(string delimiter)
    {
        string Line(params string[] fields) => string.Join(delimiter, fields);
        var text = Line("lower_hz", "upper_hz", "service", "status", "footnotes", "source", "area") + "\n"
            + Line("1000", "2000", "Mobile except aeronautical mobile", "primary", "5.53 5.54", "\"Source; with, delimiters\"", "R1") + "\n";

        var allocation = Assert.Single(ReadTable(text).Allocations);

        Assert.Equal("Mobile except aeronautical mobile", allocation.Service.Name);
        Assert.Equal("Source; with, delimiters", allocation.Provenance.Source);
        Assert.Equal(2, allocation.Footnotes.Count);
    }

    [Fact]
    public void A_delimiter_inside_a_quoted_header_name_does_not_count()
    {
        var table = ReadTable("""
            "lower_hz";"upper_hz";"service";"x,y,z";"area"
            1000;2000;Fixed;a;R3
            """);

        Assert.Single(table.Allocations);
    }

    [Fact]
    public void A_UTF8_byte_order_mark_and_CRLF_line_ends_are_read()
    {
        var text = "lower_hz,upper_hz,service,area\r\n1000,2000,Fixed,R1\r\n2000,3000,Mobile,R1\r\n";
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var import = ImportTables(bytes);

        Assert.True(import.IsValid, string.Join("\n", import.Errors));
        var table = Assert.Single(import.Values);
        Assert.Equal(["Fixed", "Mobile"], table.Allocations.Select(a => a.Service.Name));
    }

    [Fact]
    public void Frequencies_may_carry_a_unit()
    {
        var table = ReadTable("""
            lower_hz,upper_hz,service,area
            6425 MHz,7.125 GHz,Fixed,R1
            9 kHz,14kHz,Radionavigation,R1
            "3 300 MHz",3400 MHz,Radiolocation,R1
            """);

        Assert.Equal(
            [FrequencyRange.FromHz(9_000, 14_000), FrequencyRange.Parse("3300-3400 MHz"), FrequencyRange.Parse("6425-7125 MHz")],
            table.Allocations.Select(a => a.Range));
    }

    [Theory]
    [InlineData("p", AllocationStatus.Primary)]
    [InlineData("P", AllocationStatus.Primary)]
    [InlineData("Primary", AllocationStatus.Primary)]
    [InlineData("SECONDARY", AllocationStatus.Secondary)]
    [InlineData("s", AllocationStatus.Secondary)]
    public void The_status_column_says_primary_or_secondary_in_any_case(string status, AllocationStatus expected)
    {
        var table = ReadTable($"""
            lower_hz,upper_hz,service,status,area
            1000,2000,FIXED,{status},R1
            """);

        Assert.Equal(expected, Assert.Single(table.Allocations).Status);
    }

    [Fact]
    public void Without_a_status_column_capitals_mean_primary_and_normal_case_secondary()
    {
        var table = ReadTable("""
            lower_hz,upper_hz,service,area
            1000,2000,MOBILE except aeronautical mobile (R),R1
            1000,2000,Fixed-Satellite (Earth-to-space),R1
            1000,2000,EARTH EXPLORATION-SATELLITE (passive),R1
            """);

        Assert.Equal(
            [AllocationStatus.Primary, AllocationStatus.Secondary, AllocationStatus.Primary],
            table.Allocations.Select(a => a.Status));
        Assert.Equal("MOBILE except aeronautical mobile (R)", table.Allocations[0].Service.Format(table.Allocations[0].Status));
    }

    [Fact]
    public void A_dash_row_carries_the_footnotes_of_its_whole_band_and_its_status_is_ignored()
    {
        var table = ReadTable($"""
            {Header}
            ITU Region 1,RR-2012,R1,0,9000,-,,5.53 5.54,{Source},high
            ITU Region 1,RR-2012,R1,1350000000,1400000000,-,primary,5.149 5.338A 5.339,{Source},medium
            ITU Region 1,RR-2012,R1,1350000000,1400000000,FIXED,primary,,{Source},high
            """);

        Assert.Equal(2, table.BandFootnotes.Count);
        Assert.Equal(["5.53", "5.54"], table.BandFootnotes[0].Footnotes.Select(f => f.Value));
        Assert.Equal(FrequencyRange.Parse("1350-1400 MHz"), table.BandFootnotes[1].Range);
        Assert.Equal(Confidence.Medium, table.BandFootnotes[1].Provenance.Confidence);
        Assert.Equal("Fixed", Assert.Single(table.Allocations).Service.Name);
    }

    [Theory]
    [InlineData("5.149 5.338A 5.339")]
    [InlineData("5.149,5.338A,5.339")]
    [InlineData(" 5.149 ,  5.338A,5.339 ")]
    [InlineData("5.149, 5.338A , 5.339")]
    public void Footnote_ids_are_separated_by_spaces_and_or_commas(string footnotes)
    {
        var allocation = Assert.Single(ReadTable($"""
            lower_hz,upper_hz,service,footnotes,area
            1350 MHz,1400 MHz,Radiolocation,"{footnotes}",R2
            """).Allocations);

        Assert.Equal(["5.149", "5.338A", "5.339"], allocation.Footnotes.Select(f => f.Value));
    }

    [Fact]
    public void National_footnote_ids_are_read()
    {
        var allocation = Assert.Single(ReadTable("""
            lower_hz,upper_hz,service,footnotes,area
            3.4 GHz,3.8 GHz,MOBILE,UK12 EU17 5.430A,GB
            """).Allocations);

        Assert.Equal(["UK12", "EU17", "5.430A"], allocation.Footnotes.Select(f => f.Value));
        Assert.False(allocation.Footnotes[0].IsRadioRegulations);
    }

    [Fact]
    public void One_file_may_hold_several_tables_grouped_by_table_edition_and_area()
    {
        var tables = ReadTables("""
            table,edition,area,lower_hz,upper_hz,service
            ITU Region 1,RR-2012,R1,1000,2000,FIXED
            ITU Region 2,RR-2012,R2,1000,2000,MOBILE
            ITU Region 1,RR-2012,R1,2000,3000,FIXED
            ITU Region 1,RR-2020,R1,1000,2000,Amateur
            Netherlands,2024,NL,1000,2000,FIXED
            """);

        Assert.Equal(
            ["ITU Region 1 (RR-2012, R1)", "ITU Region 2 (RR-2012, R2)", "ITU Region 1 (RR-2020, R1)", "Netherlands (2024, NL)"],
            tables.Select(t => t.ToString()));
        Assert.Equal(2, tables[0].Allocations.Count);
    }

    [Fact]
    public void Rows_whose_areas_are_written_differently_but_mean_the_same_are_one_table()
    {
        var table = ReadTable("""
            table,area,lower_hz,upper_hz,service
            ITU Region 1,R1,1000,2000,FIXED
            ITU Region 1,Region 1,2000,3000,FIXED
            ITU Region 1,,3000,4000,FIXED
            """);

        Assert.Equal(3, table.Allocations.Count);
    }

    [Fact]
    public void The_counts_of_each_table_are_reported()
    {
        var import = ImportTables("""
            table,area,lower_hz,upper_hz,service
            A,R1,1000,2000,-
            A,R1,1000,2000,FIXED
            A,R1,1000,2000,MOBILE
            B,R2,1000,2000,-
            """);

        Assert.Equal(4, import.Rows);
        Assert.Equal(
            [new TableRowCounts("A", "current", "R1", 3, 2, 1), new TableRowCounts("B", "current", "R2", 1, 0, 1)],
            import.Counts);
    }

    [Fact]
    public void Without_table_column_the_table_is_named_by_the_caller_else_by_the_file()
    {
        const string text = """
            lower_hz,upper_hz,service,area
            1000,2000,FIXED,NL
            """;

        Assert.Equal("nl-national-2024", ReadTable(text, "some/folder/nl-national-2024.csv").Name);
        Assert.Equal("Dutch table", ReadTable(text, "nl.csv", new TableDefaults(Table: "Dutch table")).Name);
    }

    [Fact]
    public void Without_edition_column_the_edition_is_the_callers_else_current()
    {
        const string text = """
            lower_hz,upper_hz,service,area
            1000,2000,FIXED,NL
            """;

        Assert.Equal("current", ReadTable(text).Edition);
        Assert.Equal("2024", ReadTable(text, defaults: new TableDefaults(Edition: "2024")).Edition);
    }

    [Fact]
    public void An_empty_cell_in_table_or_edition_falls_back_like_a_missing_column()
    {
        var table = ReadTable("""
            table,edition,lower_hz,upper_hz,service
            ,,1000,2000,FIXED
            """, "Region 3.csv");

        Assert.Equal(("Region 3", "current", AreaCode.Region(3)), (table.Name, table.Edition, table.Area));
    }

    [Theory]
    [InlineData("ITU Region 2")]
    [InlineData("Region 2")]
    [InlineData("itu2")]
    [InlineData("ITU-2")]
    [InlineData("R2")]
    [InlineData("r2")]
    public void Without_area_column_or_default_the_area_comes_from_a_region_name(string tableName)
    {
        var table = ReadTable($"""
            table,lower_hz,upper_hz,service
            {tableName},1000,2000,FIXED
            """);

        Assert.Equal(AreaCode.Region(2), table.Area);
    }

    [Fact]
    public void The_callers_area_applies_where_the_file_has_no_area_column()
    {
        var table = ReadTable("""
            lower_hz,upper_hz,service
            1000,2000,FIXED
            """, "netherlands.csv", new TableDefaults(Area: AreaCode.Parse("NL")));

        Assert.Equal(AreaCode.Parse("NL"), table.Area);
    }

    [Fact]
    public void An_area_column_wins_over_the_callers_area_and_the_table_name()
    {
        var table = ReadTable("""
            table,area,lower_hz,upper_hz,service
            ITU Region 1,CEPT,1000,2000,FIXED
            """, defaults: new TableDefaults(Area: AreaCode.Parse("NL")));

        Assert.Equal(AreaCode.Parse("CEPT"), table.Area);
    }

    [Fact]
    public void Without_source_and_confidence_columns_the_file_name_is_the_source_with_high_confidence()
    {
        var allocation = Assert.Single(ReadTable("""
            lower_hz,upper_hz,service,area
            1000,2000,FIXED,NL
            """, "tables/nl-2024.csv").Allocations);

        Assert.Equal(new Provenance("nl-2024.csv", Confidence.High), allocation.Provenance);
    }

    [Theory]
    [InlineData("high", Confidence.High)]
    [InlineData("Medium", Confidence.Medium)]
    [InlineData("LOW", Confidence.Low)]
    [InlineData("", Confidence.High)]
    public void The_confidence_column_says_high_medium_or_low(string text, Confidence expected)
    {
        var allocation = Assert.Single(ReadTable($"""
            lower_hz,upper_hz,service,area,confidence
            1000,2000,FIXED,NL,{text}
            """).Allocations);

        Assert.Equal(expected, allocation.Provenance.Confidence);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_line_numbers_still_count_them()
    {
        var import = ImportTables("lower_hz,upper_hz,service,area\n\n1000,2000,FIXED,NL\n\n2000,1000,FIXED,NL\n\n");

        Assert.Equal(5, Assert.Single(import.Errors).Line);
        Assert.Equal(2, import.Rows);
    }

    [Fact]
    public void Services_and_footnotes_keep_their_qualifiers_and_surrounding_spaces_are_trimmed()
    {
        var allocation = Assert.Single(ReadTable("""
            lower_hz , upper_hz , service , status , footnotes , area
            1000 , 2000 ,  Aeronautical Mobile (R)  , p ,  5.111  , R1
            """).Allocations);

        Assert.Equal(AeronauticalRoute.Route, allocation.Service.Route);
        Assert.Equal("5.111", Assert.Single(allocation.Footnotes).Value);
    }

    [Fact]
    public void Allocations_are_kept_in_frequency_order()
    {
        var table = ReadTable("""
            lower_hz,upper_hz,service,area
            3000,4000,FIXED,R1
            1000,2000,FIXED,R1
            """);

        Assert.Equal([1000L, 3000L], table.Allocations.Select(a => a.Range.LowerHz));
    }
}
