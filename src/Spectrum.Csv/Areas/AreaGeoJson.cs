using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
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
    /// piece of land is read. Codes are made upper case. Geometries become MultiPolygons with SRID 4326, repaired
    /// where rounding of the coordinates left a ring invalid; rings stored across the antimeridian (Russia, Fiji,
    /// Antarctica in Natural Earth via TopoJSON) are cut at ±180° (<see cref="Antimeridian.Repair"/>).
    /// </summary>
    /// <exception cref="GeoJsonImportError">The file cannot be read, is not a FeatureCollection, or a feature has
    /// missing properties or a geometry that is not a polygon.</exception>
    public static IReadOnlyList<Country> ReadCountries(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            throw new GeoJsonImportError(path, where, "not valid JSON.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GeoJsonImportError(path, "", $"cannot be read: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String
                || type.GetString() != "FeatureCollection")
            {
                throw new GeoJsonImportError(path, "", "not a GeoJSON FeatureCollection (no \"type\": \"FeatureCollection\" at the top).");
            }

            if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new GeoJsonImportError(path, "", "the FeatureCollection has no \"features\" array.");
            }

            var countries = new List<Country>(features.GetArrayLength());
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                index++;
                countries.Add(ReadCountry(path, index, feature));
            }

            return countries;
        }
    }

    /// <summary>
    /// Writes <paramref name="areas"/> as a GeoJSON FeatureCollection (RFC 7946: exterior rings counter-clockwise),
    /// each feature with properties code, kind, name and itu_region (1, 2, 3 or null).
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
            writer.WriteString("code", area.Code);
            writer.WriteString("kind", area.Kind);
            writer.WriteString("name", area.Name);
            if (area.ItuRegion is { } region)
            {
                writer.WriteNumber("itu_region", (int)region);
            }
            else
            {
                writer.WriteNull("itu_region");
            }

            writer.WriteEndObject();
            writer.WritePropertyName("geometry");
            JsonSerializer.Serialize(writer, area.Geometry, GeometryOptions);
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

    private static Country ReadCountry(string path, int index, JsonElement feature)
    {
        var where = $"feature {index}";
        if (feature.ValueKind != JsonValueKind.Object
            || !feature.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            throw new GeoJsonImportError(path, where, "a feature needs a \"properties\" object.");
        }

        var name = Text(path, where, properties, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new GeoJsonImportError(path, where, "the \"name\" property is missing or empty.");
        }

        where = $"feature {index} ({name})";
        var isoAlpha2 = Text(path, where, properties, "iso_a2")?.ToUpperInvariant();
        var isoAlpha3 = Text(path, where, properties, "iso_a3")?.ToUpperInvariant();
        if (isoAlpha2 is not null && (isoAlpha2.Length != 2 || !isoAlpha2.All(char.IsAsciiLetterUpper)))
        {
            throw new GeoJsonImportError(path, where, $"iso_a2 '{isoAlpha2}' is not an ISO 3166 alpha-2 code.");
        }

        if (isoAlpha3 is not null && (isoAlpha3.Length != 3 || !isoAlpha3.All(char.IsAsciiLetterUpper)))
        {
            throw new GeoJsonImportError(path, where, $"iso_a3 '{isoAlpha3}' is not an ISO 3166 alpha-3 code.");
        }

        return new Country(isoAlpha2, isoAlpha3, name, ReadTerritory(path, where, feature));
    }

    private static MultiPolygon ReadTerritory(string path, string where, JsonElement feature)
    {
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            throw new GeoJsonImportError(path, where, "the feature has no geometry.");
        }

        Geometry? geometry;
        try
        {
            geometry = element.Deserialize<Geometry>(GeometryOptions);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new GeoJsonImportError(path, where, $"the geometry cannot be read: {e.Message}", e);
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            throw new GeoJsonImportError(path, where, $"the geometry is a {geometry?.GeometryType ?? "null"}, not a Polygon or MultiPolygon.");
        }

        // Rings that jump across the antimeridian are cut there first; then rounding the coordinates to 4
        // decimals may still have made a ring touch or cross itself.
        var territory = Antimeridian.Repair(Wgs84.ToMultiPolygon(geometry));
        if (!territory.IsValid)
        {
            territory = Wgs84.ToMultiPolygon(GeometryFixer.Fix(territory));
        }

        if (territory.IsEmpty || territory.Area <= 0)
        {
            throw new GeoJsonImportError(path, where, "the geometry has no area.");
        }

        return territory;
    }

    private static string? Text(string path, string where, JsonElement properties, string name) =>
        !properties.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new GeoJsonImportError(path, where, $"the \"{name}\" property is a {value.ValueKind}, not a string."),
        };
}

/// <summary>An area to export: its code, kind (country, itu-region, …), name, ITU Region if any, and geometry in SRID 4326.</summary>
public sealed record AreaFeature(string Code, string Kind, string Name, ItuRegion? ItuRegion, Geometry Geometry);
