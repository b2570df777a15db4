using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.PostGis.Tests;

/// <summary>Conflict analysis in the store gives the answer of the in-memory finder, over random and exact-edge proposals.</summary>
[Collection(PostGisCollection.Name)]
public sealed class ConflictQueryTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    [Fact]
    public async Task The_store_answers_as_the_in_memory_analysis_over_random_proposals()
    {
        var dataSource = store.Database.DataSource;
        var tables = await new TableQuery(dataSource).LoadAsync("RR-2020", null, CancellationToken.None);
        var rules = await new FootnoteRuleQuery(dataSource).RulesAsync(new RuleFilter(), CancellationToken.None);
        var query = new ConflictQuery(dataSource);
        var services = new[] { "Mobile", "Fixed", "Fixed-Satellite (space-to-Earth)", "Mobile except aeronautical mobile", "Radiolocation" };
        var random = new Random(23);
        for (var i = 0; i < 60; i++)
        {
            var lower = (long)(1e6 * Math.Pow(275e3 / 1, random.NextDouble()));
            var proposal = new Proposal(
                FrequencyRange.FromHz(lower, lower + 1 + (long)(lower * 0.2 * random.NextDouble())),
                AreaCode.Region(random.Next(1, 4)), "region", RadioService.Parse(services[random.Next(services.Length)]), ProposalAction.Allocate);
            long? guard = random.Next(3) switch { 0 => 0L, 1 => null, _ => lower / 10 };

            var inMemory = ConflictFinder.Find(proposal, await ScreenAsync(dataSource, tables, rules, proposal.Area!.Value, guard));
            var fromStore = await query.FindAsync(proposal, new AreaFilter.Known(proposal.Area!.Value), "RR-2020", guard, CancellationToken.None);

            Assert.Equal(inMemory.Select(Key), fromStore.Select(Key));
        }
    }

    [Fact]
    public async Task The_store_answers_as_the_in_memory_analysis_for_bands_exactly_the_window_away_and_touching()
    {
        // Given proposals whose edge lies exactly the guard from a real allocation's edge, one hertz further, and touching it
        var dataSource = store.Database.DataSource;
        var tables = await new TableQuery(dataSource).LoadAsync("RR-2020", null, CancellationToken.None);
        var rules = await new FootnoteRuleQuery(dataSource).RulesAsync(new RuleFilter(), CancellationToken.None);
        var query = new ConflictQuery(dataSource);
        var random = new Random(750);
        // Radio astronomy is reported whenever it lies within the window, so the edge shows in the findings themselves.
        // (Inside a 5.340 band the band's own finding names radio astronomy, so those allocations are left out.)
        // (Rows of one service and status that touch are one incumbent allocation: those are left out too.)
        var region1 = tables.Single(t => t.Area == AreaCode.Region(1)).Allocations;
        var astronomy = region1.Where(a => a.Service.Kind == ServiceKind.RadioAstronomy
            && !PassiveBands.In(AreaCode.Region(1), 1).Any(b => b.Range.Overlaps(a.Range))
            && !region1.Any(o => o != a && o.Service == a.Service && o.Status == a.Status && (o.Range.Touches(a.Range) || o.Range.Overlaps(a.Range)))).ToList();
        for (var i = 0; i < 40; i++)
        {
            var incumbent = astronomy[random.Next(astronomy.Count)].Range;
            var guard = random.Next(2) == 0 ? 250_000_000 : Math.Max(1, incumbent.WidthHz / 3);
            var width = Math.Max(1, incumbent.WidthHz / 2);
            foreach (var lower in new[] { incumbent.UpperHz + guard, incumbent.UpperHz + guard + 1, incumbent.UpperHz })
            {
                var proposal = new Proposal(FrequencyRange.FromHz(lower, lower + width), AreaCode.Region(1), "Region 1", RadioService.Parse("Mobile"), ProposalAction.Allocate);

                // When the store and the finder in memory screen it
                var inMemory = ConflictFinder.Find(proposal, await ScreenAsync(dataSource, tables, rules, AreaCode.Region(1), guard));
                var fromStore = await query.FindAsync(proposal, new AreaFilter.Known(AreaCode.Region(1)), "RR-2020", guard, CancellationToken.None);

                // Then they agree, and the incumbent exactly the guard away is in both
                Assert.Equal(inMemory.Select(Key), fromStore.Select(Key));
                var atTheEdge = inMemory.Where(f => f.Kind == FindingKind.RadioAstronomy && f.Incumbent.Range == incumbent && f.Overlap is null).ToList();
                if (lower == incumbent.UpperHz + guard)
                {
                    Assert.Contains(atTheEdge, f => f.GapHz == guard);
                }
                else if (lower == incumbent.UpperHz + guard + 1)
                {
                    Assert.Empty(atTheEdge);
                }
            }
        }
    }

    private static string Key(Finding f) =>
        $"{f.Severity}|{f.Kind}|{f.Incumbent.Table}|{f.Incumbent.Service}|{f.Incumbent.Status}|{f.Incumbent.Range}|{f.Overlap}|{f.GapHz}|{string.Join(' ', f.Incumbent.Footnotes)}|{f.Reason}";

    // The whole of every table in memory, the Region's own applying and the Regions it borders as neighbours, as the store places them.
    private static async Task<Screen> ScreenAsync(Npgsql.NpgsqlDataSource dataSource, IReadOnlyList<AllocationTable> tables, IReadOnlyList<Spectrum.Footnotes.FootnoteRule> rules,
        AreaCode region, long? guard)
    {
        var neighbours = await new AreaQuery(dataSource).NeighboursAsync(region, CancellationToken.None);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT code FROM area WHERE kind = 'country' AND itu_region = $1", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter<short> { TypedValue = (short)region.RegionNumber!.Value });
        var countries = new Dictionary<AreaCode, AreaCode>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                countries[AreaCode.Parse(reader.GetString(0))] = region;
            }
        }

        var candidates = tables.Where(t => t.Area == region || neighbours.Any(n => n.Code == t.Area))
            .Select(t => new CandidateTable(t, t.Area == region ? TableRelation.Applies : TableRelation.Neighbour)).ToList();
        return new Screen(candidates, rules, new ScreenedArea(region, countries, neighbours)) { GuardHz = guard };
    }
}

/// <summary>The neighbours the store computes from the shipped country polygons.</summary>
[Collection(PostGisCollection.Name)]
public sealed class NeighbourQueryTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    [Fact]
    public async Task The_Netherlands_borders_Belgium_and_Germany_by_land_and_the_United_Kingdom_across_the_North_Sea()
    {
        var neighbours = await new AreaQuery(store.Database.DataSource).NeighboursAsync(AreaCode.Parse("NL"), CancellationToken.None);

        Assert.Equal(["BE", "DE", "GB"], neighbours.Select(n => n.Code.Value).Order());
        Assert.All(neighbours.Where(n => n.Code.Value is "BE" or "DE"), n => Assert.Equal(NeighbourPath.Land, n.Path));
        var uk = Assert.Single(neighbours, n => n.Code.Value == "GB");
        Assert.Equal(NeighbourPath.Sea, uk.Path);
        Assert.InRange(uk.DistanceMetres, 100_000, ScreenedArea.SeaDistanceMetres);
    }

    [Fact]
    public async Task Each_country_s_territory_is_the_part_of_it_in_its_own_Region_and_its_pieces_cover_it()
    {
        // Germany lies whole in Region 1; France's territory in Region 1 leaves out French Guiana (Region 2). Every
        // territory lies in its Region and is the union of its pieces, so the pieces find the neighbours the whole would.
        var source = store.Database.DataSource;
        Assert.True(await source.ScalarAsync<bool>("SELECT ST_Equals(own_geom, geom) FROM area WHERE code = 'DE'"));
        Assert.True(await source.ScalarAsync<bool>(
            "SELECT ST_Area(own_geom) < ST_Area(geom) AND NOT ST_Intersects(own_geom, ST_MakeEnvelope(-55, 2, -51, 6, 4326)) FROM area WHERE code = 'FR'"));
        Assert.Equal(0, await source.ScalarAsync<long>("""
            SELECT count(*) FROM area c JOIN area r ON r.kind = 'region' AND r.itu_region = c.itu_region
            WHERE c.kind = 'country' AND (c.own_geom IS NULL OR NOT ST_Covers(r.geom, c.own_geom))
            """));
        // Equal up to the rounding of the cut lines: no point of either more than a nanodegree from the other.
        Assert.InRange(await source.ScalarAsync<double>("""
            SELECT max(ST_HausdorffDistance(c.own_geom, (SELECT ST_Union(p.geom) FROM area_piece p WHERE p.code = c.code)))
            FROM area c WHERE c.kind = 'country' AND NOT ST_IsEmpty(c.own_geom)
            """), 0, 1e-9);
    }

    [Fact]
    public async Task A_first_import_leaves_every_index_and_foreign_key_it_made_after_the_rows_valid()
    {
        var built = await store.Database.DataSource.ScalarAsync<long>("""
            SELECT count(*) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
            WHERE x.indisvalid AND x.indisready AND i.relname IN ('allocation_range_idx', 'allocation_table_idx',
                'band_footnote_range_idx', 'band_footnote_table_idx', 'application_range_idx', 'application_table_idx')
            """);

        Assert.Equal(6, built);
        Assert.Equal(3, await store.Database.DataSource.ScalarAsync<long>("""
            SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND convalidated
              AND conname IN ('allocation_table_id_fkey', 'band_footnote_table_id_fkey', 'application_table_id_fkey')
            """));
    }

    [Fact]
    public async Task Region_1_borders_Region_3_by_land_and_Region_2_only_across_the_Bering_Strait()
    {
        var neighbours = await new AreaQuery(store.Database.DataSource).NeighboursAsync(AreaCode.Region(1), CancellationToken.None);

        Assert.Equal(NeighbourPath.Land, Assert.Single(neighbours, n => n.Code == AreaCode.Region(3)).Path);
        var two = Assert.Single(neighbours, n => n.Code == AreaCode.Region(2));
        Assert.Equal(NeighbourPath.Sea, two.Path);
    }
}
