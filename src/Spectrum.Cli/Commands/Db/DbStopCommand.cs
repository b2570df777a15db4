using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Store;
using Spectrum.PostGis;

namespace Spectrum.Cli.Commands.Db;

/// <summary><c>spectrum db stop</c>: a fast shutdown of the local PostGIS; its data stays.</summary>
internal sealed class DbStopCommand(StoreConnector store, IAnsiConsole console) : AsyncCommand<DbStopCommand.Settings>
{
    public sealed class Settings : CommandSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var managed = store.Managed;
        if ((await managed.GetStatusAsync(cancellationToken)).State != ServerState.Running)
        {
            console.WriteLine("The local PostGIS is not running.");
            return 0;
        }

        await managed.StopAsync(cancellationToken);
        console.WriteLine("The local PostGIS is stopped.");
        return 0;
    }
}
