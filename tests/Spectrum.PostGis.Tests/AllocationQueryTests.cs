using Spectrum.Csv;
using Spectrum.PostGis.Queries;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.PostGis.Tests;

/// <summary>The store's answers to "what is allocated here", against the same tables read in memory.</summary>
[Collection(PostGisCollection.Name)]
public sealed class AllocationQueryTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    [Fact]
    public async Task The_store_answers_as_filtering_the_tables_in_memory_does()
    {
        var tables = new List<AllocationTable>();
        foreach (var region in new[] { 1, 2, 3 })
        {
            tables.AddRange(new AllocationTableReader().Read(Path.Combine(ImportedStore.Data, "itu", $"rr-2012-region-{region}.csv")));
        }

        var query = new AllocationQuery(store.Database.DataSource);
        var random = new Random(2023);
        for (var i = 0; i < 300; i++)
        {
            var lower = (long)Math.Pow(10, 3 + (random.NextDouble() * 8.4));
            var range = FrequencyRange.FromHz(lower, lower + 1 + (long)(lower * random.NextDouble()));
            var region = AreaCode.Region(random.Next(1, 4));
            var expected = tables.Where(t => t.Area == region)
                .SelectMany(t => t.AllocationsIn(range).Select(a => $"{t.Name}|{a.Range}|{a.Service}|{a.Status}|{string.Join(' ', a.Footnotes)}"))
                .Order(StringComparer.Ordinal).ToList();

            var answer = await query.FindAsync(range, new AreaFilter.Known(region), "RR-2012", null, CancellationToken.None);
            var actual = answer.Allocations
                .Select(r => $"{r.Table}|{r.Allocation.Range}|{r.Allocation.Service}|{r.Allocation.Status}|{string.Join(' ', r.Allocation.Footnotes)}")
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task Geometries_read_from_the_store_are_made_by_the_one_factory()
    {
        var areas = await new AreaQuery(store.Database.DataSource).AllAsync(CancellationToken.None);

        Assert.All(areas.Take(5), a => Assert.Equal((4326, NetTopologySuite.Geometries.GeometryOverlay.NG),
            (a.Geometry.SRID, a.Geometry.Factory.GeometryServices.GeometryOverlay)));
    }
}
