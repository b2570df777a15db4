using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Output;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.Conflicts;

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum conflicts</c>: who a proposal would hurt, where, and how badly.</summary>
internal sealed class ConflictsCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<ConflictsCommand.Settings>
{
    public sealed class Settings : AreaSettings
    {
        [CommandArgument(0, "[range]")]
        [Description("The proposed band, e.g. 24.25-27.5GHz (not needed with --agenda-item)")]
        public string? Range { get; init; }

        [CommandOption("--service <NAME>")]
        [Description("The service proposed (default MOBILE: IMT runs in the mobile service)")]
        public string Service { get; init; } = ConflictQuestion.DefaultService;

        [CommandOption("--agenda-item <ITEM>")]
        [Description("Take every band of a WRC-23 agenda item, in each Region it names, e.g. 1.2; with an area, only the Regions it lies in, screened in that area")]
        public string? AgendaItem { get; init; }

        [CommandOption("--edition <EDITION>")]
        [Description("The table analysed against (default RR-2020: the table WRC-23 started from)")]
        public string Edition { get; init; } = ProposedTables.BaseEditionName;

        [CommandOption("--guard <WIDTH>")]
        [Description("Guard band for adjacent findings (default 250 MHz: the 24.25 GHz IMT band's distance from the 23.6-24 GHz passive band, for which Resolution 750 set limits)")]
        public string? Guard { get; init; }

        public ConflictQuestion Question => new(Range, Area, Service, AgendaItem, Edition, Guard);

        public override ValidationResult Validate() =>
            base.Validate() is { Successful: false } format ? format
            : Question.Error() is { } error ? ValidationResult.Error(error)
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var answer = await settings.Question.AskAsync(await store.OpenAsync(settings, cancellationToken), cancellationToken);
        if (settings.Format != OutputFormat.Table)
        {
            RowWriter.Write(console, settings.Format, answer.Listing.Columns, answer.Listing.Records);
            return 0;
        }

        WriteTable(settings, [.. answer.Proposals], answer.Findings, answer.Lineage);
        return 0;
    }

    private void WriteTable(Settings settings, List<Proposal> proposals, IReadOnlyList<Finding> findings, string edition)
    {
        var subject = settings.AgendaItem is not null ? $"agenda item {settings.AgendaItem} ({proposals.Count} band(s) and Regions)"
            : $"{proposals[0].Service.Format(AllocationStatus.Primary)} in {proposals[0].Range}, {proposals[0].AreaLabel}";
        console.MarkupLineInterpolated($"[bold]{subject}[/] against {edition}: {findings.Count} finding(s)");
        if (findings.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn(new TableColumn("Severity").NoWrap());
        table.AddColumn(new TableColumn("Kind").NoWrap());
        table.AddColumn(new TableColumn("Band").NoWrap());
        table.AddColumn("Table");
        table.AddColumn("Why");
        foreach (var f in findings)
        {
            var colour = f.Severity switch
            {
                Severity.Critical => "red bold",
                Severity.High => "red",
                Severity.Medium => "yellow",
                _ => "grey",
            };
            var confidence = f.Incumbent.Confidence == Confidence.High ? "" : $" [yellow]({Terms.Of(f.Incumbent.Confidence)} confidence)[/]";
            table.AddRow(
                $"[{colour}]{Terms.Of(f.Severity)}[/]",
                Markup.Escape(Terms.Of(f.Kind)),
                Markup.Escape(f.Band.ToString()),
                Markup.Escape(f.Incumbent.Table),
                Markup.Escape(f.Reason) + confidence);
        }

        console.Write(table);
    }
}
