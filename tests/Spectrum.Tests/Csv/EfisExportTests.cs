using System.Text;
using Spectrum.Csv;
using Spectrum.Tests.Data;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

/// <summary>The EFIS CSV export: the sample made from a shipped table (Efis/README.md), and the layout's forms on excerpts.</summary>
public class EfisExportTests
{
    private static string Sample => Path.Combine(Repository.Root, "tests", "Spectrum.Tests", "Csv", "Efis", "ad-efis-export.csv");

    private const string Head =
        "\"Lower Frequency\";\"Upper Frequency\";\"RR Region 1 Allocation and RR footnotes applicable to CEPT\";\"RR Region 1 frequency range footnotes\";"
        + "\"European Common Allocation and ECA footnotes\";\"ECA frequency range footnotes\";\"ECC/ERC harmonisation measure\";\"Applications\";\"Standard\";\"Notes\"\r\n";

    // The forms of the EFIS export: units, footnotes in parentheses after their service, one row per application, a
    // quoted line break, the band's footnotes, and the second section.
    private const string Excerpt = "\uFEFF" + Head
        + "\"8300 Hz\";\"9 kHz\";\"METEOROLOGICAL AIDS(5.54A)\";\"5.53, 5.54\";\"METEOROLOGICAL AIDS(5.54A), RADIONAVIGATION\";\"5.56, EU2\";\"\";\"\";\"\";\"\"\r\n"
        + "\"790 MHz\";\"862 MHz\";\"FIXED, MOBILE except aeronautical mobile(5.316B, 5.317A), BROADCASTING\";\"5.312, 5.314\";"
        + "\"FIXED, MOBILE except aeronautical mobile(5.316B)(5.317A), BROADCASTING\";\"\";\"(EU) 2016/687\";\"MFCN\";\"EN 301 908\";\"\"\r\n"
        + "\"790 MHz\";\"862 MHz\";\"FIXED, MOBILE except aeronautical mobile(5.316B, 5.317A), BROADCASTING\";\"5.312, 5.314\";"
        + "\"FIXED, MOBILE except aeronautical mobile(5.316B)(5.317A), BROADCASTING\";\"\";\"ERC/REC 70-03\";\"PMSE\";\"\";\"Radio microphones\r\nin the duplex gap\"\r\n"
        + "\"13.75 GHz\";\"14 GHz\";\"\";\"\";\"FIXED-SATELLITE (Earth-to-space)(5.484A), Radiolocation\";\"\";\"\";\"\";\"\";\"\"\r\n"
        + "\"457 kHz\";\"457 kHz\";\"\";\"\";\"\";\"\";\"ERC/REC 70-03\";\"Avalanche beacons\";\"\";\"\"\r\n"
        + "\uFEFF\"footnotenumber\";\"footnotetext\";\"\";\"\";\"\";\"\";\"\";\"\";\"\";\"\"\r\n"
        + "\"ECA1\";\"Not used.\";\"\";\"\";\"\";\"\";\"\";\"\";\"\";\"\"\r\n"
        + "\"EU2\";\"Harmonised by a \"\"decision\"\"; see the EU.\";\"\";\"\";\"\";\"\";\"\";\"\";\"\";\"\"\r\n";

    private static Stream Bytes(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_sample_imports_with_every_allocation_and_application_of_its_source_table()
    {
        var source = new AllocationTableReader().Import(Repository.DataPath("national", "ad", "allocations.tab"));
        var import = Assert.IsType<AllocationTableImport>(DataFileReader.Import(Sample));

        Assert.True(import.IsValid, string.Join("\n", import.Errors.Take(5)));
        var table = Assert.Single(import.Values);
        var expected = Assert.Single(source.Values);
        Assert.Equal(("Andorra", AreaCode.Parse("AD")), (table.Name, table.Area));
        Assert.Equal(Allocations(expected), Allocations(table));
        Assert.Equal(Bands(expected), Bands(table));
        Assert.Equal(Applications(Assert.Single(source.Applications)), Applications(Assert.Single(import.Applications)));
        Assert.Contains(import.Footnotes, f => f.Id.Value == "5.109" && f.Text.StartsWith("The frequencies 2187.5 kHz", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bands_allocations_are_read_once_however_many_applications_it_has()
    {
        var import = new EfisExportReader().Import(Bytes(Excerpt), "eca.csv");

        Assert.True(import.IsValid, string.Join("\n", import.Errors));
        var table = Assert.Single(import.Values);
        Assert.Equal((EfisExportReader.EcaTable, AreaCode.Parse("CEPT")), (table.Name, table.Area));
        var uhf = table.AllocationsIn(FrequencyRange.FromHz(790_000_000, 862_000_000)).ToArray();
        Assert.Equal(["FIXED", "MOBILE except aeronautical mobile", "BROADCASTING"], uhf.Select(a => a.Service.Format(a.Status)));
        Assert.Equal(["5.316B", "5.317A"], uhf[1].Footnotes.Select(f => f.Value));
        var applications = Assert.Single(import.Applications).Applications;
        Assert.Equal(["Avalanche beacons", "MFCN", "PMSE"], applications.Select(a => a.Name));
        Assert.Equal(("(EU) 2016/687", "EN 301 908"), (applications[1].Measure, applications[1].Standard));
        Assert.Equal("Radio microphones\r\nin the duplex gap", applications[2].Notes);
        Assert.True(applications[0].IsSingleFrequency);
    }

    [Fact]
    public void Footnotes_in_parentheses_are_told_from_qualifiers_and_units_and_band_footnotes_are_read()
    {
        var table = Assert.Single(new EfisExportReader().Read(Bytes(Excerpt), "eca.csv"));

        var first = table.AllocationsIn(FrequencyRange.FromHz(8300, 9000)).ToArray();
        Assert.Equal(["Meteorological Aids", "Radionavigation"], first.Select(a => a.Service.Name));
        Assert.Equal(["5.54A"], first[0].Footnotes.Select(f => f.Value));
        Assert.Equal(["5.56", "EU2"], table.BandFootnotes[0].Footnotes.Select(f => f.Value));
        Assert.True(table.BandFootnotes[0].Footnotes[1].IsNational);
        var fss = table.AllocationsIn(FrequencyRange.FromHz(13_750_000_000, 14_000_000_000)).First();
        Assert.Equal((LinkDirection.EarthToSpace, "5.484A"), (fss.Service.Direction, Assert.Single(fss.Footnotes).Value));
    }

    [Fact]
    public void The_second_section_gives_the_footnote_texts()
    {
        var import = new EfisExportReader().Import(Bytes(Excerpt), "eca.csv");

        Assert.Equal([("ECA1", "Not used."), ("EU2", "Harmonised by a \"decision\"; see the EU.")],
            import.Footnotes.Select(f => (f.Id.Value, f.Text)));
    }

    [Fact]
    public void The_RR_Region_1_column_can_be_read_as_a_second_table()
    {
        var tables = new EfisExportReader(readRegion1Table: true).Read(Bytes(Excerpt), "eca.csv");

        var region1 = Assert.Single(tables, t => t.Name == EfisExportReader.Region1Table);
        Assert.Equal(AreaCode.Region(1), region1.Area);
        Assert.Equal(["Meteorological Aids", "Fixed", "Mobile except aeronautical mobile", "Broadcasting"], region1.Allocations.Select(a => a.Service.Name));
        Assert.Equal(["5.53", "5.54"], region1.BandFootnotes[0].Footnotes.Select(f => f.Value));
    }

    [Fact]
    public void Rows_of_one_band_that_disagree_on_its_allocations_are_an_error_at_the_later_row()
    {
        var text = Excerpt.Replace("\"FIXED, MOBILE except aeronautical mobile(5.316B)(5.317A), BROADCASTING\";\"\";\"ERC/REC 70-03\"",
            "\"FIXED, BROADCASTING\";\"\";\"ERC/REC 70-03\"", StringComparison.Ordinal);

        var error = Assert.Single(new EfisExportReader().Import(Bytes(text), "eca.csv").Errors);

        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.Contains("differ from those at line 3", error.Problem);
    }

    [Fact]
    public void Skipping_invalid_rows_keeps_the_others_and_counts_lines_across_quoted_line_breaks()
    {
        var text = Excerpt.Replace("\"13.75 GHz\"", "\"13.75 GHx\"", StringComparison.Ordinal);

        var strict = new EfisExportReader().Import(Bytes(text), "eca.csv");
        var lenient = new EfisExportReader(mode: ReadMode.SkipInvalid).Import(Bytes(text), "eca.csv");

        Assert.Equal(6, Assert.Single(strict.Errors).Line);
        Assert.True(lenient.IsValid);
        Assert.Equal(6, Assert.Single(lenient.Skipped).Line);
        Assert.Equal(5, Assert.Single(lenient.Values).AllocationsIn(FrequencyRange.FromHz(8300, 900_000_000)).Count());
    }

    private static string[] Allocations(AllocationTable table) =>
        [.. table.Allocations.Select(a => $"{a.Range.LowerHz}-{a.Range.UpperHz} {a.Service.Format(a.Status)} {string.Join(' ', a.Footnotes.Order())}").Order(StringComparer.Ordinal)];

    private static string[] Bands(AllocationTable table) =>
        [.. table.BandFootnotes.Where(b => b.Footnotes.Count > 0).Select(b => $"{b.Range} {string.Join(' ', b.Footnotes.Order())}").Distinct().Order(StringComparer.Ordinal)];

    private static string[] Applications(TableApplications layer) =>
        [.. layer.Applications.Select(a => $"{a.Lower.Hertz}-{a.Upper.Hertz} {a.Name}").Order(StringComparer.Ordinal)];
}
