using System.Text;
using Spectrum.Csv;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

/// <summary>Each kind of bad input is an <see cref="ImportError"/> at its line and column, never a crash.</summary>
public class BadInputTests
{
    private const string Columns = "lower_hz,upper_hz,service,status,footnotes,area";

    [Fact]
    public void Lower_edge_at_or_above_upper_edge_is_an_error_at_the_upper_column()
    {
        var error = SingleError($"""
            {Columns}
            1000,2000,FIXED,p,,R1
            2000,2000,FIXED,p,,R1
            """);

        Assert.Equal((3, 2), (error.Line, error.Column));
        Assert.StartsWith("upper_hz: the upper edge 2 kHz is not above the lower edge 2 kHz", error.Problem);
    }

    [Theory]
    [InlineData("-5", "negative")]
    [InlineData("-5 MHz", "negative")]
    [InlineData("abc", "'abc' is not a frequency")]
    [InlineData("12,5", "'12,5' is not a frequency")]
    [InlineData("6.5", "not a whole number of hertz")]
    [InlineData("", "empty")]
    public void A_negative_or_non_numeric_frequency_is_an_error_at_its_column(string lower, string problem)
    {
        var error = SingleError($"""
            {Columns}
            "{lower}",2000,FIXED,p,,R1
            """);

        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.StartsWith("lower_hz: ", error.Problem);
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void An_unknown_unit_is_an_error_that_lists_the_units()
    {
        var error = SingleError($"""
            {Columns}
            1000,6 MHx,FIXED,p,,R1
            """);

        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Equal("upper_hz: 'MHx' is not a frequency unit", error.Problem);
        Assert.Equal("Hz, kHz, MHz, GHz or THz", error.Expected);
    }

    [Fact]
    public void An_unknown_service_is_an_error_that_suggests_the_nearest_name()
    {
        var error = SingleError($"""
            {Columns}
            1000,2000,Radiolocaton,s,,R1
            """);

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Equal("service: 'Radiolocaton' is not a radiocommunication service: did you mean 'Radiolocation'?", error.Problem);
    }

    [Fact]
    public void An_empty_service_is_an_error()
    {
        var error = SingleError($"""
            {Columns}
            1000,2000,,s,,R1
            """);

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("empty", error.Problem);
    }

    [Theory]
    [InlineData("5.3x")]
    [InlineData("5.1234")]
    [InlineData("5.384a")]
    [InlineData("note7")]
    [InlineData("5.340;5.341")]
    public void A_malformed_footnote_id_is_an_error_at_the_footnotes_column(string id)
    {
        var error = SingleError($"""
            {Columns}
            1000,2000,FIXED,p,5.149 {id},R1
            """);

        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.Equal($"footnotes: '{id}' is not a footnote id", error.Problem);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("primaire")]
    public void An_unknown_status_is_an_error(string status)
    {
        var error = SingleError($"""
            {Columns}
            1000,2000,FIXED,{status},,R1
            """);

        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Equal("p, s, primary or secondary", error.Expected);
    }

    [Fact]
    public void An_empty_status_on_a_service_row_is_read_from_the_capitals_as_national_tables_leave_it()
    {
        var table = ReadTable($"""
            {Columns}
            1000,2000,-,,5.53,R1
            1000,2000,FIXED,,,R1
            1000,2000,Mobile,,,R1
            """);

        Assert.Equal([AllocationStatus.Primary, AllocationStatus.Secondary], table.Allocations.Select(a => a.Status));
    }

    [Fact]
    public void An_unknown_confidence_is_an_error()
    {
        var error = SingleError("""
            lower_hz,upper_hz,service,area,confidence
            1000,2000,FIXED,R1,certain
            """);

        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.Equal("high, medium or low", error.Expected);
    }

    [Fact]
    public void An_area_that_is_not_one_is_an_error()
    {
        var error = SingleError("""
            lower_hz,upper_hz,service,area
            1000,2000,FIXED,Region 4
            """);

        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Equal("area: 'Region 4' is not an area", error.Problem);
    }

    [Fact]
    public void A_table_whose_area_cannot_be_known_is_an_error_asking_for_an_area_column_or_option()
    {
        var error = SingleError("""
            table,lower_hz,upper_hz,service
            Netherlands,1000,2000,FIXED
            Netherlands,2000,3000,FIXED
            """);

        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("no area for table 'Netherlands'", error.Problem);
        Assert.Contains("an area column, or --area", error.Expected);
    }

    [Fact]
    public void Missing_required_columns_are_one_error_at_line_1_naming_them_and_their_aliases()
    {
        var error = SingleError("""
            table,lower,service
            ITU Region 1,1000,FIXED
            """);

        Assert.Equal((1, 0), (error.Line, error.Column));
        Assert.StartsWith("missing column upper_hz (the header has 'table', 'lower', 'service')", error.Problem);
        Assert.Equal("header names upper_hz (or upper, upper_frequency, to)", error.Expected);
    }

    [Fact]
    public void Two_columns_naming_the_same_thing_are_an_error()
    {
        var error = SingleError("""
            table,region,lower_hz,upper_hz,service
            A,B,1000,2000,FIXED
            """);

        Assert.Equal((1, 2), (error.Line, error.Column));
        Assert.Equal("columns 1 ('table') and 2 ('region') both give table", error.Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("   \r\n")]
    public void An_empty_file_is_an_error(string text)
    {
        var error = SingleError(text);

        Assert.Equal(0, error.Line);
        Assert.Equal("the file is empty", error.Problem);
    }

    [Theory]
    [InlineData("lower_hz,upper_hz,service,area")]
    [InlineData("lower_hz,upper_hz,service,area\n")]
    [InlineData("lower_hz,upper_hz,service,area\r\n\r\n")]
    public void A_header_only_is_an_error_saying_there_are_no_rows(string text)
    {
        var error = SingleError(text);

        Assert.StartsWith("no rows", error.Problem);
    }

    [Fact]
    public void A_row_with_too_few_or_too_many_fields_is_an_error_with_the_counts()
    {
        var import = ImportTables($"""
            {Columns}
            1000,2000,FIXED,p,R1
            1000,2000,FIXED,p,,R1,extra
            1000,2000,FIXED,p,,R1
            """);

        Assert.Equal(
            [(2, "the row has 5 fields, the header has 6"), (3, "the row has 7 fields, the header has 6")],
            import.Errors.Select(e => (e.Line, e.Problem)));
        Assert.Equal("6 fields separated by commas", import.Errors[0].Expected);
    }

    [Fact]
    public void An_unbalanced_quote_is_an_error_at_the_line_where_it_opened_and_the_lines_after_it_are_still_read()
    {
        var import = ImportTables($"""
            {Columns}
            1000,2000,FIXED,p,,R1
            1000,2000,"FIXED,p,,R1
            2000,3000,MOBILE,p,"5.53",R1
            3000,4000,Fixd,p,,R1
            """);

        Assert.Equal(2, import.ErrorCount);
        var quote = import.Errors[0];
        Assert.Equal((3, 3), (quote.Line, quote.Column));
        Assert.StartsWith("unbalanced quote: the quote that opens field 3 ('service')", quote.Problem);
        Assert.Equal((5, 3), (import.Errors[1].Line, import.Errors[1].Column));
        Assert.Equal(4, import.Rows);
    }

    [Fact]
    public void An_unbalanced_quote_on_the_last_line_does_not_go_unnoticed()
    {
        var error = SingleError($"""
            {Columns}
            1000,2000,FIXED,p,,R1
            1000,2000,FIXED,p,"5.53,R1
            """);

        Assert.Equal((3, 5), (error.Line, error.Column));
    }

    [Fact]
    public void An_unbalanced_quote_in_the_last_column_is_an_error_although_the_field_count_is_right()
    {
        var error = SingleError("lower_hz,upper_hz,service,area,source\n1000,2000,FIXED,R1,\"ITU RR 2012\n2000,3000,FIXED,R1,ITU\n");

        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.StartsWith("unbalanced quote", error.Problem);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error()
    {
        var error = SingleError($"""
            {Columns}
            1000,2000,FIXED 5"1,p,,R1
            """);

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Equal("field 3 ('service') has a quote inside an unquoted value", error.Problem);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var error = SingleError($"""
            {Columns}
            1000,2000,"FIXED" x,p,,R1
            """);

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("has text after its closing quote", error.Problem);
    }

    [Fact]
    public void A_doubled_quote_inside_a_quoted_field_is_a_quote()
    {
        var allocation = Assert.Single(ReadTable("""
            lower_hz,upper_hz,service,area,source
            1000,2000,FIXED,R1,"the ""blue book"", page 5"
            """).Allocations);

        Assert.Equal("the \"blue book\", page 5", allocation.Provenance.Source);
    }

    [Fact]
    public void A_binary_file_is_an_error_not_a_crash()
    {
        // A spreadsheet saved as .xlsx and renamed .csv: a zip archive.
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        "PK\u0003\u0004\u0014\0\u0006\0"u8.CopyTo(bytes);

        var error = Assert.Single(ImportTables(bytes, "national.csv").Errors);

        Assert.Equal(0, error.Line);
        Assert.StartsWith("binary file", error.Problem);
    }

    [Fact]
    public void A_NUL_byte_deep_in_a_text_file_stops_the_file_at_its_line_after_reading_the_lines_before()
    {
        var rows = string.Concat(Enumerable.Range(0, 500).Select(i => $"{i * 1000},{(i + 1) * 1000},FIXED,R1\n"));
        var bytes = Encoding.UTF8.GetBytes($"lower_hz,upper_hz,service,area\n{rows}9000,8000,FIXED,R1\n1,2,FIX\0ED,R1\n3,4,FIXED,R1\n");

        var import = ImportTables(bytes);

        Assert.Equal(
            [(502, "upper_hz: the upper edge 8 kHz is not above the lower edge 9 kHz"), (503, "binary file: a NUL byte at line 503")],
            import.Errors.Select(e => (e.Line, e.Problem)));
        Assert.Equal(501, import.Rows);
    }

    [Fact]
    public void A_UTF16_file_is_an_error_asking_for_UTF8()
    {
        const string text = "lower_hz,upper_hz,service,area\n1000,2000,FIXED,R1\n";

        var withMark = Assert.Single(ImportTables(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray()).Errors);
        var bigEndian = Assert.Single(ImportTables(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray()).Errors);
        var withoutMark = Assert.Single(ImportTables(Encoding.Unicode.GetBytes(text)).Errors);

        Assert.All([withMark, bigEndian, withoutMark], e => Assert.Contains("UTF-16", e.Problem));
        Assert.All([withMark, bigEndian, withoutMark], e => Assert.Contains("save the file as UTF-8", e.Expected));
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_an_error_naming_its_line()
    {
        var latin1 = Encoding.Latin1.GetBytes("lower_hz,upper_hz,service,area,source\n1000,2000,FIXED,R1,ok\n2000,3000,FIXED,R1,Agence nationale des fréquences\n");

        var import = ImportTables(latin1);

        var error = Assert.Single(import.Errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("not UTF-8 at line 3", error.Problem);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })]        // overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]  // a UTF-16 surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
    [InlineData(new byte[] { 0xE2, 0x82 })]         // cut short at the end of the file
    public void Malformed_UTF8_sequences_are_errors(byte[] sequence)
    {
        var bytes = Encoding.UTF8.GetBytes("lower_hz,upper_hz,service,area\n1000,2000,FIXED,R1\n2000,3000,").Concat(sequence).ToArray();

        var error = Assert.Single(ImportTables(bytes).Errors);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("not UTF-8 at line 3", error.Problem);
    }

    [Fact]
    public void Multi_byte_characters_split_across_reads_are_accepted()
    {
        var source = string.Concat(Enumerable.Repeat("Agence nationale des fréquences — 5.340 ≥ 250 GHz ", 1500));
        var table = ReadTable($"""
            lower_hz,upper_hz,service,area,source
            1000,2000,FIXED,R1,"{source}"
            """);

        Assert.Equal(source.Trim(), Assert.Single(table.Allocations).Provenance.Source);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_with_its_line()
    {
        var import = ImportTables($"""
            {Columns}
            1000,2000,FIXED,p,,R1
            1000,2000,Fixd,p,,R1
            2000,3000,FIXED,p,,R1
            3000,2000,FIXED,p,,R1
            4000,5000,FIXED,p,5.x,R1
            """);

        Assert.False(import.IsValid);
        Assert.Empty(import.Values);
        Assert.Equal([(3, 3), (5, 2), (6, 5)], import.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal(3, import.ErrorCount);
    }

    [Fact]
    public void Several_errors_on_one_row_are_all_reported()
    {
        var import = ImportTables($"""
            {Columns}
            x,y,Fixd,q,5.z,R1
            """);

        Assert.Equal([1, 2, 3, 4, 5], import.Errors.Select(e => e.Column));
    }

    [Fact]
    public void A_file_with_errors_throws_them_all_from_Read()
    {
        var exception = Assert.Throws<ImportException>(() => ReadTables($"""
            {Columns}
            1000,2000,Fixd,p,,R1
            1000,2000,Mobil,p,,R1
            """, "bad.csv"));

        Assert.Equal(2, exception.TotalCount);
        Assert.StartsWith("bad.csv:2:3: service: 'Fixd'", exception.Message);
        Assert.Contains("bad.csv:3:3: service: 'Mobil'", exception.Message);
    }

    [Fact]
    public void The_message_of_an_error_names_file_line_column_and_what_was_expected()
    {
        var error = SingleError($"""
            {Columns}
            1000,2000,FIXED,x,,R1
            """, "tables/nl.csv");

        Assert.Equal("tables/nl.csv:2:4: status: 'x' is not a status; expected p, s, primary or secondary", error.ToString());
    }
}
