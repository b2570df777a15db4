using Spectrum.Csv;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

public class FootnoteReaderTests
{
    [Fact]
    public void Footnotes_are_read_with_id_text_and_provenance()
    {
        var footnotes = FootnoteReader.Read(Utf8("""
            id,text,source,confidence
            5.340,"All emissions are prohibited in the following bands: 1 400-1 427 MHz, …",ITU RR 2012,medium
            5.53,Administrations authorizing the use of frequencies below 8.3 kHz …,ITU RR 2012,low
            """), "footnotes.csv");

        Assert.Equal(["5.340", "5.53"], footnotes.Select(f => f.Id.Value));
        Assert.StartsWith("All emissions are prohibited in the following bands: 1 400-1 427 MHz", footnotes[0].Text);
        Assert.Equal(new Provenance("ITU RR 2012", Confidence.Low), footnotes[1].Provenance);
    }

    [Theory]
    [InlineData("ref;description")]
    [InlineData("footnote;text")]
    [InlineData("Description;ID")]
    public void The_aliases_name_the_id_and_text_columns(string header)
    {
        var first = header.StartsWith("Description", StringComparison.Ordinal);
        var row = first ? "Some text.;UK12" : "UK12;Some text.";

        var footnote = Assert.Single(FootnoteReader.Read(Utf8($"{header}\n{row}\n"), "national-notes.csv"));

        Assert.Equal(("UK12", "Some text."), (footnote.Id.Value, footnote.Text));
        Assert.Equal(new Provenance("national-notes.csv", Confidence.High), footnote.Provenance);
    }

    [Fact]
    public void A_footnote_id_given_twice_is_an_error_naming_the_first_line()
    {
        var import = FootnoteReader.Import(Utf8("""
            id,text
            5.340,First.
            5.341,Second.
            5.340,Again.
            """), "f.csv");

        var error = Assert.Single(import.Errors);
        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Equal("id: footnote 5.340 is given twice (first on line 2)", error.Problem);
    }

    [Fact]
    public void A_malformed_id_and_an_empty_text_are_errors()
    {
        var import = FootnoteReader.Import(Utf8("""
            id,text
            5.3 40,Text.
            5.341,
            """), "f.csv");

        Assert.Equal([(2, 1), (3, 2)], import.Errors.Select(e => (e.Line, e.Column)));
        Assert.Empty(import.Values);
    }

    [Fact]
    public void A_footnote_file_without_a_text_column_is_an_error_at_line_1()
    {
        var exception = Assert.Throws<ImportException>(() => FootnoteReader.Read(Utf8("id,source\n5.340,x\n"), "f.csv"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal((1, 0), (error.Line, error.Column));
        Assert.Contains("text (or description)", error.Expected);
    }
}
