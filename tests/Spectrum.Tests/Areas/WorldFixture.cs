using Spectrum.Areas;
using Spectrum.Csv.Areas;

namespace Spectrum.Tests.Areas;

/// <summary>The countries of data/areas/countries.geojson, the zones and the Regions after the country rules, built once.</summary>
public sealed class WorldFixture
{
    public WorldFixture()
    {
        CountriesPath = Path.Combine(RepositoryRoot(), "data", "areas", "countries.geojson");
        Countries = AreaGeoJson.ReadCountries(CountriesPath);
        Zones = ItuRegionZones.Build();
        Regions = ItuRegionMap.Build(Zones, Countries);
    }

    public string CountriesPath { get; }

    public IReadOnlyList<Country> Countries { get; }

    public ItuRegionZones Zones { get; }

    public ItuRegionMap Regions { get; }

    /// <summary>The feature with this code; where two share it (AU: Australia, Ashmore and Cartier Is.), the larger.</summary>
    public Country Country(string isoAlpha2) =>
        Countries.Where(c => c.IsoAlpha2 == isoAlpha2).MaxBy(c => c.Geometry.Area)
        ?? throw new InvalidOperationException($"No country {isoAlpha2} in {CountriesPath}.");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Spectrum.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Spectrum.sln above {AppContext.BaseDirectory}.");
    }
}

[CollectionDefinition(Name)]
public sealed class WorldCollection : ICollectionFixture<WorldFixture>
{
    public const string Name = "world";
}
