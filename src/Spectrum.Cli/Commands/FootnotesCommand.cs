using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
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

        public FootnoteQuestion Question => new(Ids, Country, Range, Kind, Unparsed);

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

        if (settings.Unparsed)
        {
            WriteUnparsed(answer.Readings);
            return 0;
        }

        WriteRules(answer.Rules, answer.Readings);
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

    private void WriteUnparsed(IReadOnlyList<StoredReading> unparsed)
    {
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
