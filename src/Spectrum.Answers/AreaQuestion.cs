using System.Globalization;
using NetTopologySuite.Geometries;
using Npgsql;
using Spectrum.Areas;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>
/// Where a question is asked: at most one of an ITU Region, a country, a group, a point or a GeoJSON file (the command
/// line's <c>--region</c>, <c>--country</c>, <c>--group</c>, <c>--point</c>, <c>--geojson</c>; the web API takes the
/// first four). Nothing given is every area.
/// </summary>
public sealed record AreaQuestion(int? Region = null, string? Country = null, string? Group = null, string? Point = null, string? AreaFile = null)
{
    public string Label => Region is not null ? $"Region {Region}"
        : Country is not null ? Country.ToUpperInvariant()
        : Group is not null ? Group.ToUpperInvariant()
        : Point is not null ? $"point {Point}"
        : AreaFile is not null ? Path.GetFileName(AreaFile)
        : "every area";

    /// <summary>What is wrong with the area as given, or null.</summary>
    public string? Error()
    {
        var given = new object?[] { Region, Country, Group, Point, AreaFile }.Count(o => o is not null);
        if (given > 1)
        {
            return "give at most one of --region, --country, --group, --point and --geojson";
        }

        if (Region is not null and not (1 or 2 or 3))
        {
            return $"--region {Region}: an ITU Region is 1, 2 or 3";
        }

        if (Point is not null && !TryParsePoint(Point, out _, out var error))
        {
            return error;
        }

        return AreaFile is not null && string.IsNullOrWhiteSpace(AreaFile)
            ? "--geojson is empty: give a GeoJSON file whose polygons are the area"
            : null;
    }

    /// <summary>The area as a filter, checking that a named area is one the store knows.</summary>
    public async Task<AreaFilter> ResolveAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (Error() is { } error)
        {
            throw new InputException(error);
        }

        if (Region is { } region)
        {
            return await KnownAsync(dataSource, AreaCode.Region(region), "region", cancellationToken);
        }

        if (Country is not null)
        {
            if (!AreaCode.TryParse(Country, out var code) || code.Kind != AreaKind.Country)
            {
                throw new InputException($"--country '{Country}' is not an ISO 3166 alpha-2 code such as NL or US");
            }

            return await KnownAsync(dataSource, code, "country", cancellationToken);
        }

        if (Group is not null)
        {
            if (!AreaCode.TryParse(Group, out var code) || code.Kind != AreaKind.Group)
            {
                throw new InputException($"--group '{Group}' is not a group name such as CEPT or EU27");
            }

            return await KnownAsync(dataSource, code, "group", cancellationToken);
        }

        if (Point is not null)
        {
            TryParsePoint(Point, out var point, out _);
            return new AreaFilter.Drawn(point, Label);
        }

        if (AreaFile is not null)
        {
            return new AreaFilter.Drawn(ReadAreaFile(AreaFile), Label);
        }

        return new AreaFilter.Anywhere();
    }

    private static Geometry ReadAreaFile(string path)
    {
        try
        {
            return Spectrum.Csv.Areas.AreaGeoJson.ReadArea(path);
        }
        catch (ImportException e)
        {
            throw new InputException($"--geojson: {e.Message}");
        }
    }

    private static async Task<AreaFilter> KnownAsync(NpgsqlDataSource dataSource, AreaCode code, string kind, CancellationToken cancellationToken)
    {
        if (!await new AreaQuery(dataSource).ExistsAsync(code, cancellationToken))
        {
            throw new InputException(
                $"unknown {kind} '{code}': the store has no area of that code (spectrum import data loads the shipped countries, regions and groups)");
        }

        return new AreaFilter.Known(code);
    }

    private static bool TryParsePoint(string text, out NetTopologySuite.Geometries.Point point, out string error)
    {
        point = NetTopologySuite.Geometries.Point.Empty;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && lat is >= -90 and <= 90 && lon is >= -180 and <= 180)
        {
            point = Wgs84.Point(lon, lat);
            error = "";
            return true;
        }

        error = $"--point '{text}' is not a place: expected latitude,longitude in degrees, e.g. 52.37,4.90";
        return false;
    }
}
