namespace Spectrum.Areas;

/// <summary>
/// The ITU Region of a country and how it was found. <see cref="Share"/> is the fraction of the country in that
/// Region: for a country placed by the lines, the fraction of its area (square degrees of longitude/latitude) in
/// the Region's zone, so a share below 1 flags a country that line A, B or C cuts; for a country placed by rule, 1.
/// </summary>
public readonly record struct CountryRegion(ItuRegion Region, RegionBasis Basis, double Share);

/// <summary>Why a country is in its Region.</summary>
public enum RegionBasis
{
    /// <summary>Lines A, B and C: the zone holding the largest share of its area.</summary>
    Lines,

    /// <summary>A country rule of RR No. 5.3 or 5.5, for the whole territory.</summary>
    CountryRule,
}
