using NetTopologySuite.Geometries;

namespace Spectrum.Areas;

/// <summary>
/// A country's territory: ISO 3166 codes (alpha-2 upper case, null for a territory without one, such as Kosovo in
/// Natural Earth) and a valid, non-empty MultiPolygon in WGS 84 (SRID 4326).
/// </summary>
public sealed record Country
{
    public Country(string? isoAlpha2, string? isoAlpha3, string name, MultiPolygon geometry)
    {
        if (isoAlpha2 is not null && (isoAlpha2.Length != 2 || !isoAlpha2.All(char.IsAsciiLetterUpper)))
        {
            throw new ArgumentException($"'{isoAlpha2}' is not an ISO 3166 alpha-2 code in upper case.", nameof(isoAlpha2));
        }

        if (isoAlpha3 is not null && (isoAlpha3.Length != 3 || !isoAlpha3.All(char.IsAsciiLetterUpper)))
        {
            throw new ArgumentException($"'{isoAlpha3}' is not an ISO 3166 alpha-3 code in upper case.", nameof(isoAlpha3));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.SRID != Wgs84.Srid)
        {
            throw new ArgumentException($"The geometry of {name} has SRID {geometry.SRID}, not {Wgs84.Srid}.", nameof(geometry));
        }

        if (geometry.IsEmpty || !geometry.IsValid)
        {
            throw new ArgumentException($"The geometry of {name} is empty or not valid.", nameof(geometry));
        }

        IsoAlpha2 = isoAlpha2;
        IsoAlpha3 = isoAlpha3;
        Name = name;
        Geometry = geometry;
    }

    public string? IsoAlpha2 { get; }

    public string? IsoAlpha3 { get; }

    public string Name { get; }

    public MultiPolygon Geometry { get; }
}
