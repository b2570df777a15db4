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

        console.WriteLine(wasRunning ? $"The local PostGIS was already {status}." : $"The local PostGIS is {status}.");
        console.WriteLine($"Connection: {managed.ConnectionString}");
        if (applied.Count > 0)
        {
            console.WriteLine($"Schema migrated to version {applied[^1]}.");
        }

        if (store.ConfiguredConnectionString(null) is not null)
        {
            console.WriteLine("Note: ConnectionStrings:Spectrum is set, so other commands use that database, not this one.");
        }

        return 0;
    }
}
