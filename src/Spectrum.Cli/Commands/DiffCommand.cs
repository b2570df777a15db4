using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Output;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Conference;

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

        public DiffQuestion Question => new(Before, After, Range, Region);

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

        var rows = answer.Changes;
        console.MarkupLineInterpolated($"[bold]{answer.BeforeLineage} → {answer.AfterLineage}[/]{(answer.Range is { } range ? $", {range}" : "")}: {rows.Count} change(s)");
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("Table");
        table.AddColumn("Band");
        table.AddColumn("Change");
        foreach (var (name, change) in rows)
        {
            var confidence = DiffQuestion.Provenance(change)?.Confidence is { } c and not Confidence.High ? $" [yellow]({Terms.Of(c)} confidence)[/]" : "";
            table.AddRow(Markup.Escape(name), Markup.Escape(change.Band.ToString()), Markup.Escape(change.What) + confidence);
        }

        console.Write(table);
        return 0;
    }
}
