using Spectrum.Csv;
using Spectrum.Tests.Data;

namespace Spectrum.Tests.Csv;

/// <summary>The national tables shipped in <c>data/national/&lt;iso&gt;/</c>, read strictly, and the corrections made to them.</summary>
public class NationalShippedTablesTests
{
    private static readonly Lazy<IReadOnlyList<(string Folder, AllocationTableImport Import)>> Shipped = new(() =>
        [.. Directory.GetDirectories(Repository.DataPath("national")).Order(StringComparer.Ordinal)
            .Select(folder => (Path.GetFileName(folder), new AllocationTableReader().Import(Path.Combine(folder, "allocations.tab"))))]);

    private static AllocationTable Table(string iso) => Assert.Single(Shipped.Value.Single(s => s.Folder == iso).Import.Values);

    [Fact]
    public void All_41_tables_read_strictly_each_for_the_country_its_folder_names()
    {
        Assert.Equal(41, Shipped.Value.Count);
        Assert.All(Shipped.Value, shipped =>
        {
            Assert.True(shipped.Import.IsValid, string.Join("\n", shipped.Import.Errors.Take(5)));
            var table = Assert.Single(shipped.Import.Values);
            Assert.Equal(AreaCode.Parse(shipped.Folder), table.Area);
            Assert.Equal("EFIS-2015", table.Edition);
        });
    }

    [Fact]
    public void Every_row_names_its_source_and_licence_with_medium_confidence()
    {
        var provenances = Shipped.Value.SelectMany(s => s.Import.Values.SelectMany(t => t.Allocations.Select(a => a.Provenance)
            .Concat(t.BandFootnotes.Select(b => b.Provenance)))
            .Concat(s.Import.Applications.SelectMany(l => l.Applications.Select(a => a.Provenance)))).ToArray();

        Assert.All(provenances, p =>
        {
            Assert.Equal(Confidence.Medium, p.Confidence);
            Assert.Contains("EarthFrequencies national/", p.Source);
            Assert.Contains("CC BY-SA 4.0", p.Source);
        });
    }

    [Fact]
    public void Tables_list_applications_as_their_own_layer()
    {
        var germany = Assert.Single(Shipped.Value.Single(s => s.Folder == "de").Import.Applications);

        Assert.Equal("Germany", germany.Table);
        Assert.Equal(["Amateur", "Cordless cameras", "Defence systems", "FSS Earth stations", "TRA-ECS"],
            germany.ApplicationsIn(FrequencyRange.FromHz(3_400_000_000, 3_800_000_000)).Where(a => a.Range?.WidthHz < 1_000_000_000).Select(a => a.Name).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bulgarias_479_495_kHz_row_names_aeronautical_radionavigation_not_a_service_that_does_not_exist()
    {
        var band = Table("bg").AllocationsIn(FrequencyRange.FromHz(479_000, 495_000)).ToArray();

        Assert.Contains(band, a => a.Service.Kind == ServiceKind.AeronauticalRadionavigation && a.Status == AllocationStatus.Secondary
            && a.Provenance.Source.Contains("corrected: Aeronautical Radionavigation-Satellite read as Aeronautical Radionavigation"));
    }

    [Fact]
    public void Estonias_Eurobalise_sits_at_4_234_MHz_not_GHz()
    {
        var estonia = Assert.Single(Shipped.Value.Single(s => s.Folder == "ee").Import.Applications);

        Assert.Contains(estonia.Applications, a => a.Name == "Eurobalise" && a.Lower == Frequency.FromKHz(4234) && a.IsSingleFrequency);
        Assert.DoesNotContain(estonia.Applications, a => a.Lower == Frequency.FromMHz(4234));
    }

    [Fact]
    public void Switzerland_with_its_lost_upper_edges_restored_is_Liechtensteins_table_band_for_band()
    {
        // The source lost every upper edge of the Swiss table; Liechtenstein's, the same administration's, kept them.
        static string[] Bands(AllocationTable t) => [.. t.Allocations.Select(a => $"{a.Range} {a.Service.Format(a.Status)}")];
        var switzerland = Table("ch");
        var liechtenstein = Table("li");

        Assert.All(switzerland.Allocations, a => Assert.Contains("upper edge lost in the source", a.Provenance.Source));
        Assert.Equal(Bands(liechtenstein).Where(b => !b.StartsWith("275-3 000 GHz", StringComparison.Ordinal)), Bands(switzerland));
    }

    [Fact]
    public void Service_rows_at_a_single_frequency_are_not_shipped()
    {
        // fr/allocations.tsv line 905 on: 150 MHz FSS, RNSS, SRS… at one frequency, beside the 150-151 MHz band.
        var france = Table("fr");

        Assert.DoesNotContain(france.Allocations, a => a.Range.Lower == Frequency.FromMHz(150) && a.Service.Kind == ServiceKind.RadionavigationSatellite);
        Assert.Contains(france.Allocations, a => a.Range == FrequencyRange.FromHz(150_000_000, 151_000_000) && a.Service.Kind == ServiceKind.RadioAstronomy);
    }
}
