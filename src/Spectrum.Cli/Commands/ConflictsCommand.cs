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
        [Description("A fixed guard band for adjacent findings instead of the out-of-band domain of the emission, e.g. 250MHz")]
        public string? Guard { get; init; }

        [CommandOption("--bandwidth <WIDTH>")]
        [Description("The necessary bandwidth of the proposal's emission, e.g. 100MHz (default: the service's default at that frequency); its out-of-band domain (Rec. ITU-R SM.1539) decides which bands are adjacent")]
        public string? Bandwidth { get; init; }

        public ConflictQuestion Question => new(Range, Area, Service, AgendaItem, Edition, Guard, Bandwidth);

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
        foreach (var proposal in proposals.Where(p => p.Transmits).DistinctBy(p => (p.Service, p.Range)))
        {
            console.MarkupLineInterpolated($"  {settings.Question.Reach(proposal)}");
        }

        foreach (var (kind, count) in Findings.ByKind(findings))
        {
            var table = new Table().Border(TableBorder.Simple).Expand().Title($"{Terms.Of(kind)} ({count})");
            table.AddColumn(new TableColumn("Severity").NoWrap());
            table.AddColumn(new TableColumn("Band").NoWrap());
            table.AddColumn("Table");
            table.AddColumn("Why");
            table.AddColumn("Provisions");
            table.AddColumn("Ask");
            foreach (var f in findings.Where(f => f.Kind == kind))
            {
                var colour = f.Severity switch
                {
                    Severity.Critical => "red bold",
                    Severity.High => "red",
                    Severity.Medium => "yellow",
                    _ => "grey",
                };
                var confidence = f.Incumbent.Confidence == Confidence.High ? "" : $" [yellow]({Terms.Of(f.Incumbent.Confidence)} confidence)[/]";
                var direction = f.Direction is null ? "" : $" [grey]{Markup.Escape(f.Direction)}[/]";
                table.AddRow(
                    $"[{colour}]{Terms.Of(f.Severity)}[/]",
                    Markup.Escape(f.Band.ToString()),
                    Markup.Escape(f.Incumbent.Table),
                    Markup.Escape(f.Reason) + direction + confidence,
                    Markup.Escape(string.Join("; ", f.Provisions)),
                    Markup.Escape(f.Ask));
            }

            console.Write(table);
        }
    }
}
