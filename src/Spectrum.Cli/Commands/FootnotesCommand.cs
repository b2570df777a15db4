using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Output;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Footnotes;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum footnotes</c>: the rules read from the RR footnotes, with their texts, or those the grammar could not read.</summary>
internal sealed class FootnotesCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<FootnotesCommand.Settings>
{
    public sealed class Settings : TabularSettings
    {
        [CommandArgument(0, "[ids]")]
        [Description("Footnotes by number, e.g. 5.430A 5.431 (default: all)")]
        public string[] Ids { get; init; } = [];

        [CommandOption("--country <ISO>")]
        [Description("Only rules that hold in this country (named, its Region named, or wherever the footnote is cited), e.g. NL")]
        public string? Country { get; init; }

        [CommandOption("--range <RANGE>")]
        [Description("Only rules naming a band that overlaps this range, e.g. 3.4-3.6GHz")]
        public string? Range { get; init; }

        [CommandOption("--kind <KIND>")]
        [Description("Only rules of this kind: additional-allocation, alternative-allocation, different-category, identification, prohibition, protection, notice, non-interference")]
        public string? Kind { get; init; }

        [CommandOption("--unparsed")]
        [Description("List the footnotes the grammar could not read, with the reason, instead of the rules")]
        public bool Unparsed { get; init; }

        public override ValidationResult Validate() => Options.First(
            base.Validate,
            () => Ids.FirstOrDefault(i => !FootnoteId.TryParse(i, out _)) is { } bad
                ? ValidationResult.Error($"'{bad}' is not a footnote id: expected {FootnoteId.Expected}") : ValidationResult.Success(),
            () => Country is not null && (!AreaCode.TryParse(Country, out var c) || c.Kind != AreaKind.Country)
                ? ValidationResult.Error($"--country '{Country}' is not an ISO 3166 alpha-2 code such as NL or US") : ValidationResult.Success(),
            () => Range is not null && !FrequencyRange.TryParse(Range, out _, out var error) ? ValidationResult.Error(error) : ValidationResult.Success(),
            () => Kind is not null && FootnoteTerms.RuleKindOf(Kind) is null
                ? ValidationResult.Error($"--kind '{Kind}': expected one of {string.Join(", ", Enum.GetValues<FootnoteRuleKind>().Select(FootnoteTerms.Of))}")
                : ValidationResult.Success());
    }

    private static readonly string[] RuleColumns =
        ["footnote", "kind", "bands", "services", "status", "countries", "regions", "except", "identifies", "conditions", "rule_text", "footnote_text"];

    private static readonly string[] UnparsedColumns = ["footnote", "opening", "reason", "text", "source", "confidence"];

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        var query = new FootnoteRuleQuery(dataSource);
        IReadOnlyList<FootnoteId>? ids = settings.Ids.Length == 0 ? null : [.. settings.Ids.Select(FootnoteId.Parse).Distinct()];
        var readings = await query.ReadingsAsync(ids, cancellationToken);
        if (ids is not null && ids.FirstOrDefault(i => readings.All(r => r.Footnote != i)) is { Value: not null } unknown)
        {
            throw new InputException($"unknown footnote {unknown}: the store has neither its text nor a table citing it (spectrum import data loads the shipped ones)");
        }

        if (settings.Unparsed)
        {
            WriteUnparsed(settings, [.. readings.Where(r => !r.IsRead)]);
            return 0;
        }

        AreaCode? country = settings.Country is null ? null : AreaCode.Parse(settings.Country);
        if (country is { } asked && !await new AreaQuery(dataSource).ExistsAsync(asked, cancellationToken))
        {
            throw new InputException($"unknown country '{asked}': the store has no area of that code (spectrum import data loads the shipped countries)");
        }

        var filter = new RuleFilter(ids, country, settings.Range is null ? null : FrequencyRange.Parse(settings.Range),
            settings.Kind is null ? null : FootnoteTerms.RuleKindOf(settings.Kind));
        var rules = await query.RulesAsync(filter, cancellationToken);
        var texts = readings.ToDictionary(r => r.Footnote);
        if (settings.Format != OutputFormat.Table)
        {
            RowWriter.Write(console, settings.Format, RuleColumns, rules.Select(r => new object?[]
            {
                r.Footnote.Value, FootnoteTerms.Of(r.Kind), r.Bands.Select(b => b.ToString()).ToList(), r.Services.Select(s => s.Name).ToList(),
                r.Status is { } status ? Terms.Of(status) : null, r.Countries.Select(c => c.Value).ToList(),
                r.Where.Areas.Where(a => a.Kind == AreaKind.Region).Select(a => a.Value).ToList(), r.Where.Except.Select(c => c.Value).ToList(),
                r.Identifies is { } identifies ? Terms.Of(identifies) : null, r.Conditions.Select(c => c.Text).ToList(), r.Text,
                texts.TryGetValue(r.Footnote, out var reading) ? reading.Text : null,
            }));
            return 0;
        }

        WriteRules(rules, ids is null ? [] : readings);
        return 0;
    }

    private void WriteRules(IReadOnlyList<FootnoteRule> rules, IReadOnlyList<StoredReading> shown)
    {
        console.MarkupLineInterpolated($"[bold]{rules.Count}[/] rule(s) of {rules.Select(r => r.Footnote).Distinct().Count()} footnote(s)");
        if (rules.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Expand();
            foreach (var column in new[] { "Footnote", "Kind", "Bands", "Services", "Where", "Conditions" })
            {
                table.AddColumn(column);
            }

            foreach (var rule in rules)
            {
                var services = rule.Services.Select(s => rule.Status is { } status ? s.Format(status) : s.Name)
                    .Concat(rule.Identifies is { } identifies ? [$"identified for {Terms.Of(identifies)}"] : []);
                table.AddRow(
                    Markup.Escape(rule.Footnote.Value), Markup.Escape(FootnoteTerms.Of(rule.Kind)), Markup.Escape(string.Join(", ", rule.Bands)),
                    Markup.Escape(string.Join(", ", services)), Markup.Escape(rule.Where.ToString()),
                    Markup.Escape(string.Join("; ", rule.Conditions.Select(c => c.Text))));
            }

            console.Write(table);
        }

        // The texts of the footnotes asked for by number: the repaired one shown, and why one was not read.
        foreach (var reading in shown)
        {
            var text = reading.Text ?? "(the footnote's text is not known)";
            var note = reading.IsRead ? "" : $" [yellow](not read: {Markup.Escape(reading.Reason!)})[/]";
            console.MarkupLine($"[bold]{Markup.Escape(reading.Footnote.Value)}[/] {Markup.Escape(text)}{note}");
        }
    }

    private void WriteUnparsed(Settings settings, IReadOnlyList<StoredReading> unparsed)
    {
        if (settings.Format != OutputFormat.Table)
        {
            RowWriter.Write(console, settings.Format, UnparsedColumns, unparsed.Select(r => new object?[]
            {
                r.Footnote.Value, r.Opening, r.Reason, r.Text, r.Provenance.Source, Terms.Of(r.Provenance.Confidence),
            }));
            return;
        }

        console.MarkupLineInterpolated($"[bold]{unparsed.Count}[/] footnote(s) the grammar could not read");
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("Footnote");
        table.AddColumn("Opening");
        table.AddColumn("Why not read");
        foreach (var reading in unparsed)
        {
            table.AddRow(Markup.Escape(reading.Footnote.Value), Markup.Escape(reading.Opening ?? ""), Markup.Escape(reading.Reason!));
        }

        console.Write(table);
    }
}
