using Npgsql;
using Spectrum.Cli.Hosting;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Commands;

/// <summary>Refuses an <c>--edition</c> the store does not hold, naming those it does.</summary>
internal static class EditionCheck
{
    public static async Task ThrowIfUnknownAsync(NpgsqlDataSource dataSource, string? edition, CancellationToken cancellationToken)
    {
        if (edition is null)
        {
            return;
        }

        await using var command = dataSource.CreateCommand("SELECT count(*) FROM allocation_table WHERE edition = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = edition });
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            var known = await new EditionQuery(dataSource).NamesAsync(cancellationToken);
            var names = known.Count == 0 ? "none listed" : string.Join(", ", known);
            throw new InputException($"unknown edition '{edition}': the store holds {names}");
        }
    }
}
