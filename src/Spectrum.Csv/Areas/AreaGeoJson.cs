using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Precision;
using Spectrum.Areas;

namespace Spectrum.Csv.Areas;

/// <summary>
/// Reads country territories from a GeoJSON FeatureCollection (properties name, iso_a2, iso_a3, as in Natural
/// Earth) and writes areas as one.
/// </summary>
public static class AreaGeoJson
{
    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(Wgs84.Factory, false, null, RingOrientationOption.EnforceRfc9746) },
    };

    /// <summary>
    /// The countries of a FeatureCollection, in file order. A feature without an iso_a2 code (Natural Earth has
    /// Kosovo, Somaliland, N. Cyprus, Siachen Glacier and Indian Ocean Ter.) is kept with null codes, so that every
    /// piece of land is read. Codes are made upper case. Geometries become MultiPolygons with SRID 4326: rings stored
    /// across the antimeridian (Russia, Fiji, Antarctica in Natural Earth via TopoJSON) are cut at ±180°
    /// (<see cref="Antimeridian.Repair"/>), and rings left invalid by rounding are repaired.
    /// </summary>
    /// <exception cref="ImportException">The file cannot be read or is not JSON, is not a FeatureCollection, or a
    /// feature lacks a name, has a malformed code, or has a geometry that is not an area. Errors name the file and
    /// the line and column where the feature starts.</exception>
    public static IReadOnlyList<Country> ReadCountries(string path)
    {
        var (bytes, document) = Parse(path, "a GeoJSON FeatureCollection");

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String
                || type.GetString() != "FeatureCollection")
            {
                throw Error(path, 0, 0, "not a GeoJSON FeatureCollection", "\"type\": \"FeatureCollection\" at the top level");
            }

            if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw Error(path, 0, 0, "the FeatureCollection has no features", "a \"features\" array");
            }

            var places = FeaturePlaces(bytes);
            // Each feature is read on its own (the antimeridian repair is most of the time): on every core.
            return Parallelism.MapInOrder([.. features.EnumerateArray()], (feature, index) =>
            {
                var (line, column) = index < places.Count ? places[index] : (0, 0);
                return ReadCountry(new Place(path, line, column, index + 1), feature);
            });
        }
    }

    /// <summary>
    /// A drawn area: every Polygon and MultiPolygon of a FeatureCollection, a single Feature or a bare geometry,
    /// joined into one MultiPolygon with SRID 4326. Properties are not needed.
    /// </summary>
    /// <exception cref="ImportException">The file cannot be read, is not JSON or GeoJSON, or holds no area.</exception>
    public static MultiPolygon ReadArea(string path)
    {
        var (_, document) = Parse(path, "a GeoJSON area");

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            var pieces = new List<Geometry>();
            var place = new Place(path, 1, 1, 1);
            switch (type)
            {
                case "FeatureCollection" when root.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array:
                    var number = 0;
                    foreach (var feature in features.EnumerateArray())
                    {
                        number++;
                        pieces.Add(ReadTerritory(place with { Number = number }, $"feature {number}", feature));
                    }

                    break;
                case "Feature":
                    pieces.Add(ReadTerritory(place, "the feature", root));
                    break;
                case "Polygon" or "MultiPolygon":
                    using (var wrapper = JsonDocument.Parse($"{{\"geometry\":{root.GetRawText()}}}"))
                    {
                        pieces.Add(ReadTerritory(place, "the geometry", wrapper.RootElement));
                    }

                    break;
                default:
                    throw Error(path, 0, 0, $"not a GeoJSON area (type {type ?? "missing"})", "a FeatureCollection, Feature, Polygon or MultiPolygon");
            }

            if (pieces.Count == 0)
            {
                throw Error(path, 0, 0, "the FeatureCollection has no features", "at least one Polygon or MultiPolygon");
            }

            return Wgs84.ToMultiPolygon(pieces.Count == 1 ? pieces[0] : Wgs84.Factory.BuildGeometry(pieces).Union());
        }
    }

    /// <summary>
    /// Coordinates are written to 4 decimal places (about 11 m), the precision of the shipped country polygons: the
    /// Regions, cut from them along the Region boundaries, would otherwise carry 15 digits that say nothing more.
    /// The reduction keeps every polygon valid.
    /// </summary>
    public const int CoordinateDecimals = 4;

    private static readonly GeometryPrecisionReducer Rounding = new(new PrecisionModel(Math.Pow(10, CoordinateDecimals)));

    /// <summary>
    /// Writes <paramref name="areas"/> as a GeoJSON FeatureCollection (RFC 7946: exterior rings counter-clockwise),
    /// each feature with properties code, kind (region, country or group), name, itu_region (1, 2, 3 or null),
    /// source and confidence, its coordinates rounded to <see cref="CoordinateDecimals"/> places.
    /// </summary>
    public static void Write(Stream stream, IEnumerable<AreaFeature> areas)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(areas);

        // Names stay readable ("Türkiye"); the relaxed encoder still escapes what JSON requires.
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var area in areas)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WriteStartObject("properties");
            writer.WriteString("code", area.Code.Value);
            writer.WriteString("kind", area.Code.Kind.ToString().ToLowerInvariant());
            writer.WriteString("name", area.Name);
            if (area.ItuRegion is { } region)
            {
                writer.WriteNumber("itu_region", (int)region);
            }
            else
            {
                writer.WriteNull("itu_region");
            }

            writer.WriteString("source", area.Provenance.Source);
            writer.WriteString("confidence", Terms.Of(area.Provenance.Confidence));
            writer.WriteEndObject();
            writer.WritePropertyName("geometry");
            JsonSerializer.Serialize(writer, Rounding.Reduce(area.Geometry), GeometryOptions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="areas"/> to a new file at <paramref name="path"/>, replacing any file there.</summary>
    public static void WriteFile(string path, IEnumerable<AreaFeature> areas)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        Write(stream, areas);
    }

    private static (byte[] Bytes, JsonDocument Document) Parse(string path, string expected)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(path, 0, 0, $"the file cannot be read: {e.Message}", "");
        }

        try
        {
            return (bytes, JsonDocument.Parse(bytes));
        }
        catch (JsonException e)
        {
            throw Error(path, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, "not valid JSON", expected);
        }
    }

    // Where a feature starts, for error messages: the file, line and column, and its position in the collection.
    private readonly record struct Place(string File, int Line, int Column, int Number);

    private static Country ReadCountry(Place place, JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object
            || !feature.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            throw Error(place, $"feature {place.Number} has no properties", "a \"properties\" object");
        }

        var name = Text(place, $"feature {place.Number}", properties, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Error(place, $"feature {place.Number} has no name", "a non-empty \"name\" property");
        }

        var which = $"feature {place.Number} ({name})";
        var isoAlpha2 = Text(place, which, properties, "iso_a2")?.ToUpperInvariant();
        var isoAlpha3 = Text(place, which, properties, "iso_a3")?.ToUpperInvariant();
        if (isoAlpha2 is not null && (isoAlpha2.Length != 2 || !isoAlpha2.All(char.IsAsciiLetterUpper)))
        {
            throw Error(place, $"{which}: iso_a2 '{isoAlpha2}' is not an ISO 3166 alpha-2 code", "two letters, or null");
        }

        if (isoAlpha3 is not null && (isoAlpha3.Length != 3 || !isoAlpha3.All(char.IsAsciiLetterUpper)))
        {
            throw Error(place, $"{which}: iso_a3 '{isoAlpha3}' is not an ISO 3166 alpha-3 code", "three letters, or null");
        }

        return new Country(isoAlpha2, isoAlpha3, name, ReadTerritory(place, which, feature));
    }

    private static MultiPolygon ReadTerritory(Place place, string which, JsonElement feature)
    {
        const string Expected = "a Polygon or MultiPolygon with area";
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            throw Error(place, $"{which} has no geometry", Expected);
        }

        Geometry? geometry;
        try
        {
            geometry = element.Deserialize<Geometry>(GeometryOptions);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw Error(place, $"{which}: the geometry cannot be read ({e.Message})", Expected);
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            throw Error(place, $"{which}: the geometry is a {geometry?.GeometryType ?? "null"}", Expected);
        }

        // Rings that jump across the antimeridian are cut there first; then rounding the coordinates to 4 decimals
        // may still have made a ring touch or cross itself.
        var territory = Antimeridian.Repair(Wgs84.ToMultiPolygon(geometry));
        if (!territory.IsValid)
        {
            territory = Wgs84.ToMultiPolygon(GeometryFixer.Fix(territory));
        }

        if (territory.IsEmpty || territory.Area <= 0)
        {
            throw Error(place, $"{which}: the geometry has no area", Expected);
        }

        return territory;
    }

    private static string? Text(Place place, string which, JsonElement properties, string name) =>
        !properties.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw Error(place, $"{which}: \"{name}\" is a {value.ValueKind.ToString().ToLowerInvariant()}", "a string or null"),
        };

    // Line and column (1-based, column in bytes) where each element of the top-level "features" array starts.
    private static List<(int Line, int Column)> FeaturePlaces(byte[] json)
    {
        var starts = new List<long>();
        var reader = new Utf8JsonReader(json);
        var inFeatures = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    inFeatures = reader.ValueTextEquals("features");
                    break;
                case JsonTokenType.StartObject when inFeatures && reader.CurrentDepth == 2:
                    starts.Add(reader.TokenStartIndex);
                    reader.Skip();
                    break;
            }
        }

        var places = new List<(int, int)>(starts.Count);
        int line = 1, lineStart = 0, position = 0;
        foreach (var start in starts)
        {
            for (; position < start; position++)
            {
                if (json[position] == (byte)'\n')
                {
                    line++;
                    lineStart = position + 1;
                }
            }

            places.Add((line, (int)start - lineStart + 1));
        }

        return places;
    }

    private static ImportException Error(Place place, string problem, string expected) =>
        Error(place.File, place.Line, place.Column, problem, expected);

    private static ImportException Error(string file, int line, int column, string problem, string expected) =>
        new(new ImportError(file, line, column, problem, expected));
}

/// <summary>
/// An area to export: its code (which gives its kind), name, ITU Region if any, geometry in SRID 4326, and where it
/// comes from.
/// </summary>
public sealed record AreaFeature(AreaCode Code, string Name, ItuRegion? ItuRegion, Geometry Geometry, Provenance Provenance);
