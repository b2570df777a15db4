using System.ComponentModel;
using System.Globalization;
using NetTopologySuite.Geometries;
using Npgsql;
using Spectrum.Areas;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Settings;

/// <summary>The area options of the query and conflicts commands (at most one of them), with their output format.</summary>
internal class AreaSettings : TabularSettings
{
    [CommandOption("--region <N>")]
    [Description("ITU Region 1, 2 or 3")]
    public int? Region { get; init; }

    [CommandOption("--country <ISO>")]
    [Description("Country by ISO 3166 alpha-2 code, e.g. NL")]
    public string? Country { get; init; }

    [CommandOption("--group <NAME>")]
    [Description("Group of countries, e.g. CEPT or EU27")]
    public string? Group { get; init; }

    [CommandOption("--point <LAT,LON>")]
    [Description("A place by latitude and longitude in degrees, e.g. 52.37,4.90")]
    public string? Point { get; init; }

    [CommandOption("--geojson <FILE>")]
    [Description("A GeoJSON file whose polygons are the area, e.g. one drawn in QGIS")]
    public string? AreaFile { get; init; }

    public string AreaLabel => Region is not null ? $"Region {Region}"
        : Country is not null ? Country.ToUpperInvariant()
        : Group is not null ? Group.ToUpperInvariant()
        : Point is not null ? $"point {Point}"
        : AreaFile is not null ? Path.GetFileName(AreaFile)
        : "every area";

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } format)
        {
            return format;
        }

        var given = new object?[] { Region, Country, Group, Point, AreaFile }.Count(o => o is not null);
        if (given > 1)
        {
            return ValidationResult.Error("give at most one of --region, --country, --group, --point and --geojson");
        }

        if (Region is not null and not (1 or 2 or 3))
        {
            return ValidationResult.Error($"--region {Region}: an ITU Region is 1, 2 or 3");
        }

        if (Point is not null && !TryParsePoint(Point, out _, out var error))
        {
            return ValidationResult.Error(error);
        }

        if (AreaFile is not null && string.IsNullOrWhiteSpace(AreaFile))
        {
            return ValidationResult.Error("--geojson is empty: give a GeoJSON file whose polygons are the area");
        }

        return ValidationResult.Success();
    }

    /// <summary>Turns the options into a filter, checking that a named area is one the store knows.</summary>
    public async Task<AreaFilter> ResolveAreaAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
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
            return new AreaFilter.Drawn(point, AreaLabel);
        }

        if (AreaFile is not null)
        {
            return new AreaFilter.Drawn(ReadAreaFile(AreaFile), AreaLabel);
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
