using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using Spectrum.Areas;
using Spectrum.Csv.Areas;

namespace Spectrum.Tests.Areas;

[Collection(WorldCollection.Name)]
public sealed class AreaGeoJsonTests(WorldFixture world) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spectrum-areas-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_feature_of_the_shipped_file_is_read_as_a_valid_MultiPolygon_in_WGS_84()
    {
        Assert.Equal(241, world.Countries.Count);
        Assert.All(world.Countries, country =>
        {
            Assert.True(country.Geometry.IsValid, country.Name);
            Assert.Equal(4326, country.Geometry.SRID);
            Assert.InRange(country.Geometry.EnvelopeInternal.MinX, -180, 180);
            Assert.InRange(country.Geometry.EnvelopeInternal.MaxX, -180, 180);
        });
    }

    [Fact]
    public void Features_without_an_ISO_code_are_kept_with_null_codes()
    {
        var uncoded = world.Countries.Where(c => c.IsoAlpha2 is null).Select(c => c.Name).Order();

        Assert.Equal(["Indian Ocean Ter.", "Kosovo", "N. Cyprus", "Siachen Glacier", "Somaliland"], uncoded);
    }

    [Fact]
    public void Codes_and_names_are_read_from_the_properties()
    {
        var netherlands = world.Country("NL");

        Assert.Equal("NLD", netherlands.IsoAlpha3);
        Assert.Equal("Netherlands", netherlands.Name);
    }

    [Fact]
    public void Russia_stored_across_the_antimeridian_is_cut_into_pieces_on_both_sides()
    {
        var russia = world.Country("RU").Geometry;

        // Chukotka east of 180° and the rest west of it; no piece spans the map.
        Assert.True(russia.Covers(Wgs84.Point(-175, 67)));
        Assert.True(russia.Covers(Wgs84.Point(175, 67)));
        Assert.False(russia.Covers(Wgs84.Point(0, 67)));
        Assert.All(russia.Geometries, piece => Assert.True(piece.EnvelopeInternal.Width < 180));
    }

    [Fact]
    public void Antarctica_stored_as_a_ring_round_the_South_Pole_covers_the_pole()
    {
        var antarctica = world.Countries.Single(c => c.IsoAlpha2 == "AQ").Geometry;

        Assert.True(antarctica.Covers(Wgs84.Point(0, -89.9999)));
        Assert.True(antarctica.Covers(Wgs84.Point(100, -80)));
        Assert.False(antarctica.Covers(Wgs84.Point(0, -50)));
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        var path = Path.Combine(_directory, "absent.geojson");

        var error = Assert.Throws<ImportException>(() => AreaGeoJson.ReadCountries(path));

        Assert.Equal(path, error.Errors[0].File);
        Assert.Contains("cannot be read", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_JSON_is_reported_with_line_and_column()
    {
        var path = Write("{\"type\": \"FeatureCollection\",\n  \"features\": [ oops ]}");

        var error = Assert.Throws<ImportException>(() => AreaGeoJson.ReadCountries(path)).Errors[0];

        Assert.Equal(path, error.File);
        Assert.Equal(2, error.Line);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void A_single_feature_instead_of_a_FeatureCollection_is_refused()
    {
        var path = Write("""{"type": "Feature", "properties": {}, "geometry": null}""");

        var error = Assert.Throws<ImportException>(() => AreaGeoJson.ReadCountries(path));

        Assert.Contains("not a GeoJSON FeatureCollection", error.Message);
        Assert.StartsWith(path, error.Message);
    }

    [Fact]
    public void A_point_where_a_country_should_be_is_reported_with_the_feature_and_where_it_starts()
    {
        var path = Write(Collection(
            Feature("Nowhere", "NW", "NWH", """{"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}"""),
            Feature("Pointland", "PL", "PLD", """{"type": "Point", "coordinates": [5, 5]}""")));

        var error = Assert.Throws<ImportException>(() => AreaGeoJson.ReadCountries(path)).Errors[0];

        Assert.Contains("feature 2 (Pointland)", error.Problem);
        Assert.Contains("Point", error.Problem);
        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
    }

    [Fact]
    public void A_malformed_country_code_is_refused()
    {
        var path = Write(Collection(Feature("Atlantis", "ATL", null, """{"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}""")));

        var error = Assert.Throws<ImportException>(() => AreaGeoJson.ReadCountries(path));

        Assert.Contains("iso_a2 'ATL'", error.Message);
    }

    [Fact]
    public void A_self_crossing_ring_is_repaired_on_reading()
    {
        // A bow tie: valid GeoJSON, invalid as a polygon until repaired.
        var path = Write(Collection(Feature("Bowtie", "bt", "btn", """{"type": "Polygon", "coordinates": [[[0,0],[2,2],[2,0],[0,2],[0,0]]]}""")));

        var country = Assert.Single(AreaGeoJson.ReadCountries(path));

        Assert.Equal("BT", country.IsoAlpha2);
        Assert.True(country.Geometry.IsValid);
        Assert.Equal(2, country.Geometry.Area, 9);
    }

    [Fact]
    public void Written_areas_carry_code_kind_name_and_ITU_Region_with_counter_clockwise_outer_rings()
    {
        var path = Path.Combine(_directory, "areas.geojson");
        var clockwise = Wgs84.Factory.CreatePolygon([new(0, 0), new(0, 1), new(1, 1), new(1, 0), new(0, 0)]);

        AreaGeoJson.WriteFile(path, [
            new AreaFeature(AreaCode.Parse("TR"), "Türkiye", ItuRegion.Region1, clockwise, new Provenance("Natural Earth 1:50m", Confidence.High)),
            new AreaFeature(AreaCode.Parse("CEPT"), "CEPT", null, clockwise, new Provenance("groups.csv", Confidence.Medium)),
        ]);

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var features = document.RootElement.GetProperty("features");
        var first = features[0].GetProperty("properties");
        Assert.Equal("TR", first.GetProperty("code").GetString());
        Assert.Equal("country", first.GetProperty("kind").GetString());
        Assert.Equal("Türkiye", first.GetProperty("name").GetString());
        Assert.Equal(1, first.GetProperty("itu_region").GetInt32());
        Assert.Equal("Natural Earth 1:50m", first.GetProperty("source").GetString());
        Assert.Equal("high", first.GetProperty("confidence").GetString());
        Assert.Equal("medium", features[1].GetProperty("properties").GetProperty("confidence").GetString());
        Assert.Equal("group", features[1].GetProperty("properties").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, features[1].GetProperty("properties").GetProperty("itu_region").ValueKind);
        Assert.Contains("Türkiye", File.ReadAllText(path));

        var ring = features[0].GetProperty("geometry").GetProperty("coordinates")[0]
            .EnumerateArray().Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble())).ToArray();
        Assert.True(Orientation.IsCCW(ring));
    }

    [Fact]
    public void Written_Regions_read_back_as_the_same_valid_areas_with_coordinates_of_four_decimals()
    {
        var path = Path.Combine(_directory, "regions.geojson");
        AreaGeoJson.WriteFile(path, Enum.GetValues<ItuRegion>().Select(r =>
            new AreaFeature(AreaCode.Region((int)r), $"ITU Region {(int)r}", r, world.Regions[r], new Provenance("RR No. 5.3-5.9", Confidence.High))));

        var read = AreaGeoJson.ReadCountries(path);

        Assert.Equal(3, read.Count);
        // Rounding to 4 decimals moves a boundary by at most 5e-5 degrees: the area changes by far less than 0.01 %.
        Assert.All(Enum.GetValues<ItuRegion>(), r =>
            Assert.InRange(read[(int)r - 1].Geometry.Area / world.Regions[r].Area, 0.9999, 1.0001));
        Assert.All(read, region => Assert.True(region.Geometry.IsValid));
        var coordinates = read.SelectMany(region => region.Geometry.Coordinates).ToArray();
        Assert.Contains(world.Regions[ItuRegion.Region1].Coordinates, c => Math.Round(c.X, 4) != c.X);
        Assert.All(coordinates, c => Assert.Equal(Math.Round(c.X, 4), c.X, 9));
        Assert.All(coordinates, c => Assert.Equal(Math.Round(c.Y, 4), c.Y, 9));
    }

    private string Write(string text)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.geojson");
        File.WriteAllText(path, text);
        return path;
    }

    private static string Collection(params string[] features) =>
        "{\"type\": \"FeatureCollection\", \"features\": [\n" + string.Join(",\n", features) + "\n]}";

    private static string Feature(string name, string? iso2, string? iso3, string geometry) =>
        $$"""  {"type": "Feature", "properties": {"name": "{{name}}", "iso_a2": {{Json(iso2)}}, "iso_a3": {{Json(iso3)}}}, "geometry": {{geometry}}}""";

    private static string Json(string? value) => value is null ? "null" : $"\"{value}\"";
}
