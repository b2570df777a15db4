using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Output;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.Conflicts;
using Spectrum.PostGis.Queries;

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
        public string Service { get; init; } = "Mobile";

        [CommandOption("--action <ACTION>")]
        [Description("What is proposed, e.g. identify-imt (default), allocate, upgrade")]
        public string Action { get; init; } = "identify-imt";

        [CommandOption("--agenda-item <ITEM>")]
        [Description("Take every band of a WRC-23 agenda item, in each Region it names, e.g. 1.2")]
        public string? AgendaItem { get; init; }

        [CommandOption("--edition <EDITION>")]
        [Description("The table analysed against (default RR-2020: the table WRC-23 started from)")]
        public string Edition { get; init; } = ProposedTables.BaseEditionName;

        [CommandOption("--guard <WIDTH>")]
        [Description("Guard band for adjacent findings (default 250 MHz: the 24.25 GHz IMT band's distance from the 23.6-24 GHz passive band, for which Resolution 750 set limits)")]
        public string? Guard { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("table (default), csv or json")]
        [DefaultValue(OutputFormat.Table)]
        public OutputFormat Format { get; init; } = OutputFormat.Table;

        public override ValidationResult Validate()
        {
            var area = base.Validate();
            if (!area.Successful)
            {
                return area;
            }

            if (Range is null && AgendaItem is null)
            {
                return ValidationResult.Error("give a range (e.g. 24.25-27.5GHz) or --agenda-item");
            }

            if (Range is not null && !FrequencyRange.TryParse(Range, out _, out var error))
            {
                return ValidationResult.Error(error);
            }

            if (!RadioService.TryParse(Service, out _, out var serviceError))
            {
                return ValidationResult.Error(serviceError);
            }

            return Guard is not null && !Frequency.TryParse(Guard, out _, out var guardError)
                ? ValidationResult.Error($"--guard: {guardError}")
                : ValidationResult.Success();
        }
    }

    private static readonly string[] Columns =
    [
        "severity", "kind", "agenda_item", "proposal_band", "proposal_area", "table", "edition", "area", "service", "status",
        "lower_hz", "upper_hz", "band", "gap_hz", "footnotes", "reason", "confidence",
    ];

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        await EditionCheck.ThrowIfUnknownAsync(dataSource, settings.Edition, cancellationToken);
        var query = new ConflictQuery(dataSource);
        var guard = settings.Guard is null ? ConflictFinder.DefaultGuardHz : Frequency.Parse(settings.Guard).Hertz;

        var asked = new List<(Proposal Proposal, AreaFilter Area)>();
        if (settings.AgendaItem is not null)
        {
            var proposals = await query.ProposalsOfAsync(settings.AgendaItem, cancellationToken);
            if (proposals.Count == 0)
            {
                throw new InputException($"agenda item '{settings.AgendaItem}' has no bands in the store (spectrum positions lists the items; spectrum import data loads them)");
            }

            var range = settings.Range is null ? (FrequencyRange?)null : FrequencyRange.Parse(settings.Range);
            asked.AddRange(proposals.Where(p => range is null || p.Range.Overlaps(range.Value)).Select(p => (p, (AreaFilter)new AreaFilter.Known(p.Area!.Value))));
        }
        else
        {
            var area = await settings.ResolveAreaAsync(dataSource, cancellationToken);
            var code = area is AreaFilter.Known known ? known.Code : (AreaCode?)null;
            asked.Add((new Proposal(FrequencyRange.Parse(settings.Range!), code, settings.AreaLabel, RadioService.Parse(settings.Service), settings.Action), area));
        }

        var findings = new List<Finding>();
        foreach (var (proposal, area) in asked)
        {
            findings.AddRange(await query.FindAsync(proposal, area, settings.Edition, guard, cancellationToken));
        }

        var sorted = findings.OrderBy(f => f.Severity).ThenBy(f => (f.Overlap ?? f.CounterpartRange).LowerHz).ToList();
        if (settings.Format != OutputFormat.Table)
        {
            RowWriter.Write(console, settings.Format, Columns, sorted.Select(Record));
            return 0;
        }

        WriteTable(settings, asked.Select(a => a.Proposal).ToList(), sorted);
        return 0;
    }

    private static object?[] Record(Finding f)
    {
        var range = f.Overlap ?? f.CounterpartRange;
        return
        [
            Terms.Of(f.Severity), Terms.Of(f.Kind), f.Proposal.AgendaItem, f.Proposal.Range.ToString(), f.Proposal.AreaLabel,
            f.Table, f.Edition, f.Area.Value, f.Service?.Name, f.Status is { } s ? Terms.Of(s) : null,
            range.LowerHz, range.UpperHz, range.ToString(), f.GapHz, f.Footnotes.Select(id => id.Value).ToList(), f.Reason, Terms.Of(f.Confidence),
        ];
    }

    private void WriteTable(Settings settings, List<Proposal> proposals, List<Finding> findings)
    {
        var subject = settings.AgendaItem is not null ? $"agenda item {settings.AgendaItem} ({proposals.Count} band(s) and Regions)"
            : $"{proposals[0].Service.Format(AllocationStatus.Primary)} in {proposals[0].Range}, {proposals[0].AreaLabel}";
        console.MarkupLineInterpolated($"[bold]{subject}[/] against {settings.Edition}: {findings.Count} finding(s)");
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
            var confidence = f.Confidence == Confidence.High ? "" : $" [yellow]({Terms.Of(f.Confidence)} confidence)[/]";
            table.AddRow(
                $"[{colour}]{Terms.Of(f.Severity)}[/]",
                Markup.Escape(Terms.Of(f.Kind)),
                Markup.Escape((f.Overlap ?? f.CounterpartRange).ToString()),
                Markup.Escape(f.Table),
                Markup.Escape(f.Reason) + confidence);
        }

        console.Write(table);
    }
}
