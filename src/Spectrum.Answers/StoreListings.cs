using Npgsql;
using Spectrum.Csv.Areas;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>The questions without options: the editions the store holds, and its areas as GeoJSON features.</summary>
public static class StoreListings
{
    public static readonly IReadOnlyList<string> EditionColumns = ["edition", "proposal_for", "base", "amendments", "tables", "allocations", "description", "source"];

    /// <summary>The editions of the Table, oldest first, with the tables the EU positions propose.</summary>
    public static async Task<(IReadOnlyList<StoredEdition> Editions, Listing Listing)> EditionsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var editions = await new EditionQuery(dataSource).AllAsync(cancellationToken);
        return (editions, new Listing(EditionColumns, [.. editions.Select(e => new object?[]
            { e.Name, e.ProposalFor, e.Base, e.Amendments, e.Tables, e.Allocations, e.Description, e.Source })]));
    }

    /// <summary>The stored Regions, countries and groups as the features <see cref="AreaGeoJson.Write"/> writes.</summary>
    public static async Task<IReadOnlyList<AreaFeature>> AreasAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        [.. (await new AreaQuery(dataSource).AllAsync(cancellationToken)).Select(a => new AreaFeature(a.Code, a.Name, a.Region, a.Geometry, a.Provenance))];
}
