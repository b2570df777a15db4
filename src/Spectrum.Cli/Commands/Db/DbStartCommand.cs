using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Store;
using Spectrum.PostGis;

namespace Spectrum.Cli.Commands.Db;

/// <summary><c>spectrum db start</c>: the local PostGIS, created if need be, running and migrated.</summary>
internal sealed class DbStartCommand(StoreConnector store, IAnsiConsole console) : AsyncCommand<DbStartCommand.Settings>
{
    public sealed class Settings : CommandSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var managed = store.Managed;
        var wasRunning = (await managed.GetStatusAsync(cancellationToken)).State == ServerState.Running;
        await managed.StartAsync(cancellationToken);
        var applied = await SpectrumStore.MigrateAsync(managed.ConnectionString, cancellationToken);
        var status = await managed.GetStatusAsync(cancellationToken);

        new Report()
            .Add("State", wasRunning ? $"already {status}" : $"{status}")
            .Add("Socket", managed.SocketDirectory)
            .Add("Connect", $"psql -h {managed.SocketDirectory} -U {managed.ServerUser} {ManagedPostgres.DatabaseName}")
            .Add("Schema", applied.Count > 0 ? $"migrated to version {applied[^1]}" : $"version {SchemaMigrator.LatestVersion}, up to date")
            .WriteTo(console);
        if (store.ConfiguredConnectionString(null) is not null)
        {
            console.WriteLine("Note: ConnectionStrings:Spectrum is set, so other commands use that database, not this one.");
        }

        return 0;
    }
}
