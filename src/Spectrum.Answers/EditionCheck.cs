using Npgsql;
using Spectrum.PostGis.Queries;

namespace Spectrum.Answers;

/// <summary>Refuses an <c>--edition</c> the store does not hold, naming those it does.</summary>
public static class EditionCheck
{
    public static async Task ThrowIfUnknownAsync(NpgsqlDataSource dataSource, string? edition, CancellationToken cancellationToken)
    {
        var editions = new EditionQuery(dataSource);
        if (edition is null || await editions.ExistsAsync(edition, cancellationToken))
        {
            return;
        }

        var known = await editions.NamesAsync(cancellationToken);
        throw new InputException($"unknown edition '{edition}': the store holds {(known.Count == 0 ? "none listed" : string.Join(", ", known))}");
    }

    /// <summary>The edition asked for, or the newest the store holds.</summary>
    public static async Task<string> OrNewestAsync(NpgsqlDataSource dataSource, string? edition, CancellationToken cancellationToken)
    {
        await ThrowIfUnknownAsync(dataSource, edition, cancellationToken);
        return edition ?? await new EditionQuery(dataSource).NewestAsync(cancellationToken)
            ?? throw new InputException("the store holds no edition: spectrum import data loads the shipped ones");
    }
}
