using System.ComponentModel;
using Npgsql;
using Spectrum.Answers;
using Spectre.Console;
using Spectre.Console.Cli;
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

    /// <summary>The area the options give.</summary>
    public AreaQuestion Area => new(Region, Country, Group, Point, AreaFile);

    public string AreaLabel => Area.Label;

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } format ? format
        : Area.Error() is { } error ? ValidationResult.Error(error)
        : ValidationResult.Success();

    /// <summary>Turns the options into a filter, checking that a named area is one the store knows.</summary>
    public Task<AreaFilter> ResolveAreaAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        Area.ResolveAsync(dataSource, cancellationToken);
}
