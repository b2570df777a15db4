using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Output;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum diff</c>: what changed between two editions, band by band and Region by Region.</summary>
internal sealed class DiffCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<DiffCommand.Settings>
{
    public sealed class Settings : TabularSettings
    {
        [CommandArgument(0, "<edition-a>")]
        [Description("The earlier edition, e.g. RR-2020")]
        public string Before { get; init; } = "";

        [CommandArgument(1, "<edition-b>")]
        [Description("The later edition, e.g. RR-2024")]
        public string After { get; init; } = "";

        [CommandArgument(2, "[range]")]
        [Description("Only this frequency range, e.g. 6-7.2GHz")]
        public string? Range { get; init; }

        [CommandOption("--region <N>")]
        [Description("Only the table of ITU Region 1, 2 or 3")]
        public int? Region { get; init; }

        public override ValidationResult Validate() => Options.First(base.Validate, () =>
            Region is not null and not (1 or 2 or 3) ? ValidationResult.Error($"--region {Region}: an ITU Region is 1, 2 or 3")
            : Range is not null && !FrequencyRange.TryParse(Range, out _, out var error) ? ValidationResult.Error(error)
            : ValidationResult.Success());
    }

    private static readonly string[] Columns =
        ["table", "lower_hz", "upper_hz", "band", "change", "service", "status_before", "status_after", "footnote", "identifies", "listed_countries_only", "description", "source", "confidence"];

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        await EditionCheck.ThrowIfUnknownAsync(dataSource, settings.Before, cancellationToken);
        await EditionCheck.ThrowIfUnknownAsync(dataSource, settings.After, cancellationToken);
        var region = settings.Region is { } n ? AreaCode.Region(n) : (AreaCode?)null;
        var range = settings.Range is null ? (FrequencyRange?)null : FrequencyRange.Parse(settings.Range);
        var tables = new TableQuery(dataSource);
        var diffs = EditionDiff.CompareEditions(
            await tables.LoadAsync(settings.Before, region, cancellationToken),
            await tables.LoadAsync(settings.After, region, cancellationToken),
            range);
        var rows = diffs.SelectMany(d => d.Changes.Select(c => (Table: d.Tables.Name, Change: c))).ToList();

        if (settings.Format != OutputFormat.Table)
        {
            RowWriter.Write(console, settings.Format, Columns, rows.Select(r => Record(r.Table, r.Change)));
            return 0;
        }

        var editions = new EditionQuery(dataSource);
        var (before, after) = (await editions.LineageAsync(settings.Before, cancellationToken), await editions.LineageAsync(settings.After, cancellationToken));
        console.MarkupLineInterpolated($"[bold]{before} → {after}[/]{(range is null ? "" : $", {range}")}: {rows.Count} change(s)");
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("Table");
        table.AddColumn("Band");
        table.AddColumn("Change");
        foreach (var (name, change) in rows)
        {
            var confidence = Provenance(change)?.Confidence is { } c and not Confidence.High ? $" [yellow]({Terms.Of(c)} confidence)[/]" : "";
            table.AddRow(Markup.Escape(name), Markup.Escape(change.Band.ToString()), Markup.Escape(change.What) + confidence);
        }

        console.Write(table);
        return 0;
    }

    private static object?[] Record(string table, EditionChange change)
    {
        var provenance = Provenance(change);
        return
        [
            table, change.Band.LowerHz, change.Band.UpperHz, change.Band.ToString(), Kebab(change.Kind), change.Service?.Name,
            change.OldStatus is { } before ? Terms.Of(before) : null, change.NewStatus is { } after ? Terms.Of(after) : null,
            change.Footnote?.Value ?? change.Mark?.Footnote?.Value, change.Mark?.Identifies is { } i ? Terms.Of(i) : null,
            change.Mark?.ListedCountriesOnly ?? false, change.ToString(), provenance?.Source, provenance is null ? null : Terms.Of(provenance.Confidence),
        ];
    }

    // Where the change comes from: the mark's amendment, else the later (or, for a removal, the earlier) allocation.
    private static Provenance? Provenance(EditionChange change) => change.Mark?.Provenance ?? (change.After ?? change.Before)?.Provenance;

    // AllocationAdded → allocation-added.
    private static string Kebab(EditionChangeKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
