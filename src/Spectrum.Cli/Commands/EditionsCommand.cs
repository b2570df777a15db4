using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Output;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum editions</c>: the editions of the Table the store holds, oldest first; the last is the default.</summary>
internal sealed class EditionsCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<EditionsCommand.Settings>
{
    public sealed class Settings : TabularSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (editions, listing) = await StoreListings.EditionsAsync(await store.OpenAsync(settings, cancellationToken), cancellationToken);
        if (settings.Format != OutputFormat.Table)
        {
            RowWriter.Write(console, settings.Format, listing.Columns, listing.Records);
            return 0;
        }

        if (editions.Count == 0)
        {
            console.MarkupLine("[grey]No editions stored (spectrum import data loads the shipped ones)[/]");
            return 0;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("Edition");
        table.AddColumn("Built from");
        table.AddColumn(new TableColumn("Tables").RightAligned());
        table.AddColumn(new TableColumn("Allocations").RightAligned());
        table.AddColumn("Description");
        var newest = editions.LastOrDefault(e => e.ProposalFor is null);
        foreach (var e in editions)
        {
            var name = e == newest ? $"[bold]{Markup.Escape(e.Name)}[/] (default)" : Markup.Escape(e.Name);
            var builtFrom = e.Amendments.Count == 0 ? e.Base : $"{e.Base} + {string.Join(", ", e.Amendments)}";
            table.AddRow(name, Markup.Escape(builtFrom), $"{e.Tables}", $"{e.Allocations}", Markup.Escape(e.Description));
        }

        console.Write(table);
        return 0;
    }
}
