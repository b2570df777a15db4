using Microsoft.Extensions.Configuration;
using System.ComponentModel;
using System.Threading.Channels;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum watch</c>: the console-hosted service. It watches the data folder and, after each change, imports it
/// (all or nothing, as <c>import</c>) and writes the briefing again. A bad file is reported on standard error with
/// its file and line, and the last good store and briefing stay as they were. Ctrl-C or SIGTERM stops it.
/// </summary>
internal sealed class WatchCommand(IAnsiConsole console, ErrorReporter errors, StoreConnector store, IConfiguration configuration) : AsyncCommand<WatchCommand.Settings>
{
    // Editors write a file in several steps; changes within this quiet time make one run.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    public sealed class Settings : BriefingSettings
    {
        [CommandArgument(0, "[folder]")]
        [Description("The data folder to watch (default data)")]
        public string Folder { get; init; } = "data";

        public override string DataFolder => Folder;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataSource = await store.OpenAsync(settings, cancellationToken);
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
        try
        {
            await RunOnceAsync(dataSource, settings, "start", cancellationToken);
            while (await changes.Reader.WaitToReadAsync(cancellationToken))
            {
                var first = await changes.Reader.ReadAsync(cancellationToken);
                await Task.Delay(Quiet, cancellationToken);
                while (changes.Reader.TryRead(out _))
                {
                }

                await RunOnceAsync(dataSource, settings, Path.GetRelativePath(Path.GetFullPath(settings.Folder), first), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        console.MarkupLine("Stopped watching.");
        return 0;
    }

    // A failed run writes nothing: the import is all or nothing and each file of the briefing is written whole.
    private async Task RunOnceAsync(NpgsqlDataSource dataSource, Settings settings, string cause, CancellationToken cancellationToken)
    {
        console.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss}[/] {cause}: briefing from {settings.Folder}");
        try
        {
            await BriefingRun.RunAsync(console, dataSource, settings, configuration, cancellationToken);
        }
        catch (Exception e) when (ErrorReporter.Reports(e))
        {
            errors.Report(e, []);
            console.MarkupLine("[red]Not briefed; the last good store and briefing stay in use.[/]");
        }
    }
}
