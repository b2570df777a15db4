using System.Collections.Frozen;

namespace Spectrum.Areas;

/// <summary>The countries that RR Nos. 5.3 and 5.5 place wholly in one Region, whatever lines A, B and C say.</summary>
public static class ItuRegionRules
{
    /// <summary>
    /// RR No. 5.3: Region 1 includes the whole territory of Armenia, Azerbaijan, the Russian Federation, Georgia,
    /// Kazakhstan, Mongolia, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan, Türkiye and Ukraine (ISO 3166 alpha-2, compared without case).
    /// </summary>
    public static IReadOnlySet<string> Region1Countries { get; } =
        new[] { "AM", "AZ", "RU", "GE", "KZ", "MN", "UZ", "KG", "TJ", "TM", "TR", "UA" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// RR Nos. 5.3 and 5.5: Iranian territory between lines A and B is excluded from Region 1, and Region 3 includes
    /// the part of Iran outside those limits, so Iran is wholly in Region 3.
    /// </summary>
    public static IReadOnlySet<string> Region3Countries { get; } = new[] { "IR" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Southern limit of "the area to the north of the Russian Federation which lies between lines A and C" (RR
    /// No. 5.3), which the RR do not bound further. It is taken as the part of the Region 3 zone north of 65° 30′ N,
    /// the parallel where line C meets the Bering Strait boundary: there lines A and C are the meridians 40° E and
    /// 168° 58′ 37″ W, and all land between them is Russian, so the area is the Arctic Ocean and Russia's coast.
    /// </summary>
    public const double ArcticAreaSouthLatitude = ItuRegionLines.BeringStraitLatitude;

    /// <summary>The Region a country belongs to by rule, or null when lines A, B and C decide.</summary>
    public static ItuRegion? RegionByRule(string? isoAlpha2) =>
        isoAlpha2 is null ? null
        : Region1Countries.Contains(isoAlpha2) ? ItuRegion.Region1
        : Region3Countries.Contains(isoAlpha2) ? ItuRegion.Region3
        : null;

    /// <summary>Every country that a rule places, with its Region.</summary>
    public static IEnumerable<(string IsoAlpha2, ItuRegion Region)> All =>
        Region1Countries.Select(c => (c, ItuRegion.Region1)).Concat(Region3Countries.Select(c => (c, ItuRegion.Region3)));
}
