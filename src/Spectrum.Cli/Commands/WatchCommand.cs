using System.ComponentModel;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Store;
using Spectrum.PostGis;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum watch</c>: the console-hosted service. It watches the data folder and, after each change, imports it
/// (all or nothing, as <c>import</c>) and writes the briefing again. A bad file is reported with its file and line and
/// the last good store and briefing stay as they were. Ctrl-C or SIGTERM stops it between two runs.
/// </summary>
internal sealed class WatchCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<WatchCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "[folder]")]
        [Description("The data folder to watch (default data)")]
        public string Folder { get; init; } = "data";

        [CommandOption("--out <FOLDER>")]
        [Description("Where the briefing is written (default plots/brief)")]
        public string Out { get; init; } = Path.Combine("plots", "brief");

        [CommandOption("--format <FORMATS>")]
        [Description("Briefing formats: html, md, docx, or a comma-separated list (default html,md,docx)")]
        public string Format { get; init; } = "html,md,docx";

        // What the briefing checks, and the folder to watch.
        public override ValidationResult Validate() =>
            !Directory.Exists(Folder) ? ValidationResult.Error($"'{Folder}' is not a folder") : BriefSettings().Validate();

        public BriefCommand.Settings BriefSettings() => new() { Out = Out, Format = Format, Data = Folder, Database = Database };
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // The briefing imports the folder itself whenever its content changed (content hash), all or nothing.
        builder.Services.AddSingleton(new DataWatcher(console, settings,
            ct => new BriefCommand(console, store).ExecuteAsync(context, settings.BriefSettings(), ct)));
        builder.Services.AddHostedService(services => services.GetRequiredService<DataWatcher>());
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
        console.MarkupLine("Stopped watching.");
        return 0;
    }
}

/// <summary>The background service of <c>spectrum watch</c>: one import-and-brief run at start and after each burst of changes.</summary>
internal sealed class DataWatcher(
    IAnsiConsole console,
    WatchCommand.Settings settings,
    Func<CancellationToken, Task<int>> brief) : BackgroundService
{
    // Editors write a file in several steps; changes within this quiet time make one run.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changes = Channel.CreateUnbounded<string>();
        using var watcher = new FileSystemWatcher(Path.GetFullPath(settings.Folder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.EnableRaisingEvents = true;
        console.MarkupLineInterpolated($"Watching {settings.Folder}; the briefing is kept in {settings.Out}. Ctrl-C stops.");

        await RunAsync("start", stoppingToken);
        try
        {
            while (await changes.Reader.WaitToReadAsync(stoppingToken))
            {
                var first = await changes.Reader.ReadAsync(stoppingToken);
                await Task.Delay(Quiet, stoppingToken);
                while (changes.Reader.TryRead(out _))
                {
                }

                await RunAsync(Path.GetRelativePath(Path.GetFullPath(settings.Folder), first), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(string cause, CancellationToken stoppingToken)
    {
        console.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss}[/] {cause}: briefing from {settings.Folder}");
        try
        {
            await brief(stoppingToken);
        }
        catch (ImportException e)
        {
            // The import wrote nothing: the store and the briefing stay as they were.
            console.MarkupLine("[red]Not imported; the last good data stays in use:[/]");
            console.Profile.Out.Writer.WriteLine(e.Message);
        }
        catch (Hosting.InputException e)
        {
            console.MarkupLineInterpolated($"[red]Not imported: {e.Message}[/]");
        }
        catch (StoreException e)
        {
            console.MarkupLineInterpolated($"[red]Not imported: {e.Message}[/]");
        }
        catch (Npgsql.NpgsqlException e)
        {
            // The server stopped or the connection broke: the next change tries again.
            console.MarkupLineInterpolated($"[red]Not imported: {StoreException.Failed("the database failed", e).Message}[/]");
        }
        catch (Charts.OutputFileException e)
        {
            // Each file is written whole or not at all: none is left half-written for a reader.
            console.MarkupLineInterpolated($"[red]Briefing not written: {e.Message}[/]");
        }
    }
}
