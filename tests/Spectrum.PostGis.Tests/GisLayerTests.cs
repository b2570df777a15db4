using System.Globalization;
using System.Text.RegularExpressions;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.PostGis.Tests;

/// <summary>
/// The store's layers as a GIS client reads them: GDAL's <c>ogrinfo</c> (the library QGIS opens PostGIS and files
/// with) against the shipped data imported.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed partial class GisLayerTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    /// <summary>Each layer with the table whose rows it shows, one feature per row.</summary>
    public static TheoryData<string, string> Layers => new()
    {
        { "gis_allocation", "SELECT count(*) FROM allocation" },
        { "gis_application", "SELECT count(*) FROM application" },
        { "gis_agenda_band", "SELECT count(*) FROM agenda_band" },
        { "gis_position", "SELECT count(*) FROM position" },
        { "gis_footnote_rule_country", "SELECT count(*) FROM footnote_rule, unnest(countries)" },
    };

    [Fact]
    public async Task GDAL_lists_every_layer_as_multipolygons()
    {
        var listing = await OgrInfo.RunAsync("-ro", "-q", Source());

        foreach (var layer in Layers.Select(row => (string)row[0]))
        {
            Assert.Matches($@"\b{layer} \(Multi Polygon\)", listing);
        }
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public async Task A_layer_has_a_key_WGS_84_a_feature_per_row_and_numeric_frequency_fields(string layer, string rowCount)
    {
        var summary = await OgrInfo.RunAsync("-ro", "-so", Source(), layer);

        Assert.Contains("FID Column = ogc_fid", summary, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",4326]", summary, StringComparison.Ordinal);
        var rows = await store.Database.DataSource.ScalarAsync<long>(rowCount);
        Assert.True(rows > 0, $"{layer}: the shipped data give it rows");
        Assert.Equal(rows, long.Parse(FeatureCount().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Contains("lower_hz: Integer64", summary, StringComparison.Ordinal);
        Assert.Contains("upper_hz: Integer64", summary, StringComparison.Ordinal);
        Assert.Contains("lower_mhz: Real", summary, StringComparison.Ordinal);
        Assert.Contains("upper_mhz: Real", summary, StringComparison.Ordinal);
        Assert.Equal(rows, await store.Database.DataSource.ScalarAsync<long>($"SELECT count(DISTINCT ogc_fid) FROM {layer}"));
    }

    [Fact]
    public async Task An_agenda_bands_frequencies_read_in_GDAL_as_the_stored_range()
    {
        var features = await OgrInfo.RunAsync("-ro", "-q", "-geom=NO", "-where", "agenda_item = '1.2'", Source(), "gis_agenda_band");

        var lower = Field("lower_hz", "Integer64").Matches(features).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        var mhz = Field("lower_mhz", "Real").Matches(features).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        await using var command = store.Database.DataSource.CreateCommand(
            "SELECT lower(range) FROM agenda_band WHERE agenda_item = '1.2' ORDER BY id");
        var stored = new List<long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetInt64(0));
            }
        }

        Assert.NotEmpty(stored);
        Assert.DoesNotContain(0L, lower);
        Assert.Equal(stored.Order(), lower.Order());
        Assert.Equal(stored.Select(hz => hz / 1e6).Order(), mhz.Order());
        Assert.Contains(3_300_000_000L, lower);
    }

    [Fact]
    public async Task The_Netherlands_allocations_lie_in_the_Netherlands()
    {
        var features = await OgrInfo.RunAsync(
            "-ro", "-q", "-geom=NO", "-where", "table_name = 'Netherlands' AND lower_hz >= 3400000000 AND upper_hz <= 3800000000",
            "-spat", "4.9", "52.3", "5.0", "52.4", Source(), "gis_allocation");

        var services = Field("service", "String").Matches(features).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(services);
        Assert.Equal(
            await store.Database.DataSource.ScalarAsync<long>("""
                SELECT count(*) FROM allocation a JOIN allocation_table t ON t.id = a.table_id
                WHERE t.name = 'Netherlands' AND lower(a.range) >= 3400000000 AND upper(a.range) <= 3800000000
                """),
            services.Length);

        // GDAL filters by bounding box, and the Netherlands' reaches the Caribbean: Warsaw lies outside it.
        var elsewhere = await OgrInfo.RunAsync(
            "-ro", "-q", "-geom=NO", "-where", "table_name = 'Netherlands'", "-spat", "20.9", "52.1", "21.1", "52.3", Source(), "gis_allocation");
        Assert.Empty(Field("service", "String").Matches(elsewhere));
    }

    private string Source() => OgrInfo.Source(store.Database.ConnectionString);

    private static Regex Field(string name, string type) => new($@"^\s+{name} \({type}\) = (.+)$", RegexOptions.Multiline);

    [GeneratedRegex(@"Feature Count: (\d+)")]
    private static partial Regex FeatureCount();
}
