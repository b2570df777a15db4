using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Store;

namespace Spectrum.Cli.Commands.Db;

/// <summary>
/// <c>spectrum db reset</c>: deletes the local store. It asks first; <c>--yes</c> skips the question, and where no one
/// can answer it (a script, a pipe) the command refuses rather than guess.
/// </summary>
internal sealed class DbResetCommand(StoreConnector store, IAnsiConsole console) : AsyncCommand<DbResetCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-y|--yes")]
        [Description("Delete without asking. Needed when no one is at the console to answer.")]
        public bool Yes { get; set; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var managed = store.Managed;
        if (!settings.Yes)
        {
            if (!console.Profile.Capabilities.Interactive || Console.IsInputRedirected)
            {
                await Console.Error.WriteLineAsync(
                    $"error: refusing to delete {managed.DataDirectory} without confirmation; run `spectrum db reset --yes` to delete it.");
                return 2;
            }

            if (!await console.ConfirmAsync($"Delete the local store in {managed.DataDirectory.EscapeMarkup()}, with all its data?", defaultValue: false, cancellationToken))
            {
                console.WriteLine("Nothing deleted.");
                return 0;
            }
        }

        await managed.ResetAsync(cancellationToken);
        console.WriteLine($"Deleted {managed.DataDirectory}; the next use starts with an empty store.");
        return 0;
    }
}
