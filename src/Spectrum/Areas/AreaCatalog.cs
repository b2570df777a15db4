using NetTopologySuite.Geometries;

namespace Spectrum.Areas;

/// <summary>A country as the country list gives it: its ITU Region where the list states one.</summary>
public sealed record ListedCountry(string IsoAlpha2, string Name, ItuRegion? Region, Provenance Provenance);

/// <summary>One member of a named group of countries (CEPT, EU27).</summary>
public sealed record GroupMembership(AreaCode Group, string GroupName, AreaCode Member, Provenance Provenance);

/// <summary>An area as the store keeps it: code, name, ITU Region (null for a group spanning Regions), territory.</summary>
public sealed record StoredArea(AreaCode Code, string Name, ItuRegion? Region, MultiPolygon Geometry, Provenance Provenance);

/// <summary>
/// Every area the planner knows, built from the country list, the country polygons and the group list: the three
/// ITU Regions (RR Nos. 5.3-5.9 lines and country rules), each listed country with its Region (from the list, else
/// derived from the geometry and marked medium confidence), and each group as the union of its members.
/// </summary>
public sealed class AreaCatalog
{
    private AreaCatalog(IReadOnlyList<StoredArea> areas, IReadOnlyList<GroupMembership> memberships)
    {
        Areas = areas;
        Memberships = memberships;
    }

    public IReadOnlyList<StoredArea> Areas { get; }

    public IReadOnlyList<GroupMembership> Memberships { get; }

    /// <summary>Every name the country list gives a country (a code may be listed under several: AU as Ashmore and Cartier Is. and Australia).</summary>
    public IReadOnlyList<(string Name, AreaCode Country)> Names { get; private init; } = [];

    /// <exception cref="ImportException">A listed country or group member has no polygon.</exception>
    public static AreaCatalog Build(
        IReadOnlyList<ListedCountry> listings,
        IReadOnlyList<Country> polygons,
        IReadOnlyList<GroupMembership> memberships,
        string polygonSource)
    {
        var zones = ItuRegionZones.Build();
        // The Regions' polygons need only the zones and the ruled countries: made on another core beside the rest.
        var regionMap = Task.Run(() => ItuRegionMap.Build(zones, polygons));
        var areas = new List<StoredArea>();

        var territories = polygons
            .Where(c => c.IsoAlpha2 is not null)
            .GroupBy(c => c.IsoAlpha2!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Wgs84.ToMultiPolygon(g.Count() == 1
                ? g.First().Geometry
                : Wgs84.Factory.BuildGeometry(g.Select(c => (Geometry)c.Geometry)).Union()), StringComparer.Ordinal);

        var countryRegions = new Dictionary<string, ItuRegion>(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        foreach (var listing in listings.DistinctBy(l => l.IsoAlpha2))
        {
            if (!territories.TryGetValue(listing.IsoAlpha2, out var territory))
            {
                errors.Add(new ImportError(polygonSource, 0, 0, $"country {listing.IsoAlpha2} ({listing.Name}) has no polygon", "a feature with that iso_a2"));
                continue;
            }

            var provenance = listing.Provenance;
            var region = listing.Region;
            if (region is null)
            {
                var derived = zones.RegionOf(territory, listing.IsoAlpha2);
                region = derived.Region;
                provenance = provenance with { Confidence = Confidence.Medium };
            }

            countryRegions[listing.IsoAlpha2] = region.Value;
            areas.Add(new StoredArea(AreaCode.Parse(listing.IsoAlpha2), listing.Name, region, territory, provenance));
        }

        foreach (var group in memberships.GroupBy(m => m.Group))
        {
            var members = group.ToList();
            var missing = members.Where(m => !territories.ContainsKey(m.Member.Value)).ToList();
            errors.AddRange(missing.Select(m => new ImportError(polygonSource, 0, 0,
                $"group {m.Group} member {m.Member} has no polygon", "a country in the country list")));
            if (missing.Count > 0)
            {
                continue;
            }

            var union = Wgs84.ToMultiPolygon(Wgs84.Factory.BuildGeometry(members.Select(m => (Geometry)territories[m.Member.Value])).Union());
            var regions = members.Select(m => countryRegions.GetValueOrDefault(m.Member.Value)).Distinct().ToList();
            var weakest = members.Max(m => m.Provenance.Confidence);
            areas.Add(new StoredArea(group.Key, members[0].GroupName, regions.Count == 1 ? regions[0] : null, union,
                new Provenance(members[0].Provenance.Source, weakest)));
        }

        var map = regionMap.GetAwaiter().GetResult();
        if (errors.Count > 0)
        {
            throw new ImportException(errors);
        }

        var regionSource = new Provenance("RR Nos. 5.3-5.9: lines A, B, C and the country rules, over " + polygonSource, Confidence.Medium);
        areas.InsertRange(0,
        [
            new(AreaCode.Region(1), "ITU Region 1", ItuRegion.Region1, map.Region1, regionSource),
            new(AreaCode.Region(2), "ITU Region 2", ItuRegion.Region2, map.Region2, regionSource),
            new(AreaCode.Region(3), "ITU Region 3", ItuRegion.Region3, map.Region3, regionSource),
        ]);

        return new AreaCatalog(areas, memberships) { Names = [.. listings.Select(l => (l.Name, AreaCode.Parse(l.IsoAlpha2)))] };
    }
}
