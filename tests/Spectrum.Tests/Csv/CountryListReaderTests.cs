using Spectrum.Csv;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

public class CountryListReaderTests
{
    [Fact]
    public void Countries_are_read_with_their_region_where_stated_and_cept_marking()
    {
        var countries = CountryListReader.Read(Utf8("""
            iso,name,itu_region,cept,source,confidence
            AD,Andorra,1,true,tsv,high
            AU,Australia,3,,tsv,high
            AU,Ashmore and Cartier Is.,3,,tsv,high
            KZ,Kazakhstan,,,geometry,medium
            """), "countries.csv");

        Assert.Equal(4, countries.Count);
        Assert.Equal(new CountryListing(AreaCode.Parse("AD"), "Andorra", AreaCode.Region(1), true, new Provenance("tsv", Confidence.High)), countries[0]);
        Assert.False(countries[1].MarkedCept);
        Assert.Null(countries[3].Region);
        Assert.Equal(Confidence.Medium, countries[3].Provenance.Confidence);
    }

    [Fact]
    public void Bad_codes_regions_and_cept_markings_are_errors()
    {
        var import = CountryListReader.Import(Utf8("""
            iso,name,itu_region,cept
            NLD,Netherlands,1,true
            FR,France,4,
            DE,Germany,1,maybe
            ES,,1,
            R1,Region one,1,
            """), "c.csv");

        Assert.Equal([(2, 1), (3, 3), (4, 4), (5, 2), (6, 1)], import.Errors.Select(e => (e.Line, e.Column)));
    }
}
