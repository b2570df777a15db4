using Spectrum.Csv;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

public class DataFileReaderTests
{
    [Theory]
    [InlineData("table,edition,area,lower_hz,upper_hz,service,status,footnotes,source,confidence", DataFileKind.AllocationTable)]
    [InlineData("region,sub-table,lower_frequency,upper_frequency,category,service,footnotes", DataFileKind.AllocationTable)]
    [InlineData("lower,upper,service", DataFileKind.AllocationTable)]
    [InlineData("table,lower,service", DataFileKind.AllocationTable)]
    [InlineData("id,text,source,confidence", DataFileKind.Footnotes)]
    [InlineData("ref,description", DataFileKind.Footnotes)]
    [InlineData("iso,name,itu_region,cept,source,confidence", DataFileKind.CountryList)]
    [InlineData("iso,name,region", DataFileKind.CountryList)]
    [InlineData("name,value", DataFileKind.TableMetadata)]
    [InlineData("colour,size", DataFileKind.Unrecognised)]
    [InlineData("source,confidence", DataFileKind.Unrecognised)]
    [InlineData("id,name", DataFileKind.Unrecognised)]
    public void The_kind_of_a_file_is_told_by_its_header(string header, DataFileKind kind)
    {
        Assert.Equal(kind, DataFileReader.DetectKind(header.Split(',')));
    }

    [Fact]
    public void A_file_is_read_as_the_kind_its_header_names()
    {
        var tables = DataFileReader.Import(Utf8("lower_hz,upper_hz,service,area\n1000,2000,FIXED,R1\n"), "t.csv");
        var footnotes = DataFileReader.Import(Utf8("id,text\n5.340,Text.\n"), "f.csv");
        var countries = DataFileReader.Import(Utf8("iso,name,itu_region\nNL,Netherlands,1\n"), "c.csv");

        Assert.Single(Assert.IsType<AllocationTableImport>(tables).Values);
        Assert.Single(Assert.IsType<ImportResult<Footnote>>(footnotes).Values);
        Assert.Single(Assert.IsType<ImportResult<CountryListing>>(countries).Values);
    }

    [Fact]
    public void The_callers_table_defaults_reach_allocation_tables()
    {
        var import = Assert.IsType<AllocationTableImport>(DataFileReader.Import(
            Utf8("lower_hz,upper_hz,service\n1000,2000,FIXED\n"), "t.csv", new TableDefaults("National", "2024", AreaCode.Parse("NL"))));

        Assert.Equal("National (2024, NL)", Assert.Single(import.Values).ToString());
    }

    [Fact]
    public void An_unrecognised_header_is_an_error_at_line_1_listing_the_kinds()
    {
        var import = DataFileReader.Import(Utf8("colour,size\na,b\n"), "sizes.tsv");

        Assert.Equal(DataFileKind.Unrecognised, import.Kind);
        var error = Assert.Single(import.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("'colour', 'size'", error.Problem);
        Assert.Contains("footnotes (id, text)", error.Expected);
    }

    [Fact]
    public void An_empty_file_is_unrecognised_with_the_reason()
    {
        var import = DataFileReader.Import(Utf8(""), "empty.csv");

        Assert.Equal(DataFileKind.Unrecognised, import.Kind);
        Assert.Equal("the file is empty", Assert.Single(import.Errors).Problem);
    }
}
