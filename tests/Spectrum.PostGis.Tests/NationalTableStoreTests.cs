using Spectrum.Csv;
using Spectrum.PostGis.Queries;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.PostGis.Tests;

/// <summary>The shipped national tables in the store: beside Region 1's for their country, with their applications.</summary>
[Collection(PostGisCollection.Name)]
public sealed class NationalTableStoreTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    private static readonly FrequencyRange C_band = FrequencyRange.Parse("3.4-3.8GHz");

    private static AllocationTableImport Shipped(string folder) =>
        (AllocationTableImport)DataFileReader.Import(Path.Combine(ImportedStore.Data, "national", folder, "allocations.tab"));

    [Fact]
    public async Task The_Netherlands_answer_from_their_own_table_beside_Region_1s_of_the_edition_asked()
    {
        var netherlands = Assert.Single(Shipped("nl").Values);
        var answer = await new AllocationQuery(store.Database.DataSource)
            .FindAsync(C_band, new AreaFilter.Known(AreaCode.Parse("NL")), "RR-2024", null, CancellationToken.None);

        Assert.Equal(["ITU Region 1 RR-2024", "Netherlands EFIS-2015"], answer.Allocations.Select(r => $"{r.Table} {r.Edition}").Distinct().Order());
        var national = answer.Allocations.Where(r => r.Table == "Netherlands").Select(r => $"{r.Allocation.Range}|{r.Allocation.Service}|{r.Allocation.Status}");
        Assert.Equal(netherlands.AllocationsIn(C_band).Select(a => $"{a.Range}|{a.Service}|{a.Status}").Order(), national.Order());
    }

    [Fact]
    public async Task Region_1_asked_answers_from_the_Region_table_alone()
    {
        var answer = await new AllocationQuery(store.Database.DataSource)
            .FindAsync(C_band, new AreaFilter.Known(AreaCode.Region(1)), "RR-2024", null, CancellationToken.None);

        Assert.Equal(["ITU Region 1"], answer.Allocations.Select(r => r.Table).Distinct());
    }

    [Fact]
    public async Task Germanys_applications_are_stored_as_its_table_lists_them()
    {
        var import = Shipped("de");
        var range = FrequencyRange.Parse("5-6GHz");
        var expected = Assert.Single(import.Applications).ApplicationsIn(range).Select(a => a.ToString()).Order(StringComparer.Ordinal).ToList();

        var rows = await new AllocationQuery(store.Database.DataSource)
            .ApplicationsAsync(range, new AreaFilter.Known(AreaCode.Parse("DE")), "RR-2024", null, CancellationToken.None);

        Assert.NotEmpty(expected);
        Assert.All(rows, r => Assert.Equal(("Germany", "EFIS-2015"), (r.Table, r.Edition)));
        Assert.Equal(expected, rows.Select(r => r.Application.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_application_at_a_single_frequency_reads_back_at_that_frequency()
    {
        // Switzerland's table lists inductive applications at 11.3 kHz, which the source gives as one frequency.
        var at = FrequencyRange.Parse("11-12kHz");
        var rows = await new AllocationQuery(store.Database.DataSource)
            .ApplicationsAsync(at, new AreaFilter.Known(AreaCode.Parse("CH")), "RR-2024", null, CancellationToken.None);

        var single = rows.Where(r => r.Application.Lower == Frequency.FromHz(11_300)).ToList();
        Assert.NotEmpty(single);
        Assert.All(single, r => Assert.True(r.Application.IsSingleFrequency));
        Assert.Contains(single, r => r.Application.Name == "Inductive applications");
    }

    [Fact]
    public async Task Kosovos_table_is_stored_for_area_XK()
    {
        var answer = await new AllocationQuery(store.Database.DataSource)
            .FindAsync(C_band, new AreaFilter.Known(AreaCode.Parse("XK")), "RR-2024", null, CancellationToken.None);

        Assert.Contains(answer.Allocations, r => r.Table == "Kosovo" && r.Area == AreaCode.Parse("XK"));
        Assert.Contains(answer.Allocations, r => r.Table == "ITU Region 1");
    }
}
