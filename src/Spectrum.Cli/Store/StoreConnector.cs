using Microsoft.Extensions.Configuration;
using Npgsql;
using Spectrum.Cli.Settings;
using Spectrum.PostGis;

namespace Spectrum.Cli.Store;

/// <summary>
/// Gives commands the store: the database named by <c>--db</c>, else <c>ConnectionStrings:Spectrum</c> (appsettings.json
/// beside the program, or the environment variable <c>ConnectionStrings__Spectrum</c>), else the managed local PostGIS,
/// started if needed. The schema is migrated on the way; one data source serves the whole run.
/// </summary>
internal sealed class StoreConnector(IConfiguration configuration, ManagedPostgres managed) : IDisposable, IAsyncDisposable
{
    public const string ConnectionStringName = "Spectrum";

    private NpgsqlDataSource? dataSource;

    /// <summary>The user's managed server, whether or not it is the one in use.</summary>
    public ManagedPostgres Managed => managed;

    /// <summary>The configured connection string, or null when the managed server is to be used.</summary>
    public string? ConfiguredConnectionString(string? databaseOption) =>
        !string.IsNullOrWhiteSpace(databaseOption) ? databaseOption
        : configuration.GetConnectionString(ConnectionStringName) is { } configured && !string.IsNullOrWhiteSpace(configured) ? configured
        : null;

    public async Task<NpgsqlDataSource> OpenAsync(DatabaseSettings settings, CancellationToken cancellationToken) =>
        dataSource ??= await SpectrumStore.OpenAsync(ConfiguredConnectionString(settings.Database), managed, cancellationToken);

    /// <summary>The store for a service that only answers questions: the server refuses every write on it.</summary>
    public async Task<NpgsqlDataSource> OpenReadOnlyAsync(DatabaseSettings settings, CancellationToken cancellationToken) =>
        dataSource ??= await SpectrumStore.OpenAsync(ConfiguredConnectionString(settings.Database), managed, cancellationToken, readOnly: true);

    public void Dispose() => dataSource?.Dispose();

    public async ValueTask DisposeAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }
    }
}
