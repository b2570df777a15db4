using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Answers;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Cli.Output;

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum query</c>: what is allocated in a frequency range and area, and with <c>--applications</c> what the
/// tables list the bands as used for.</summary>
internal sealed class QueryCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<QueryCommand.Settings>
{
    public sealed class Settings : AreaSettings
    {
        [CommandArgument(0, "<range>")]
        [Description("Frequency range, e.g. 3.4-3.8GHz, \"6425-7125 MHz\", or a single frequency such as 10.5GHz")]
        public string Range { get; init; } = "";

        [CommandOption("--service <NAME>")]
        [Description("Only this service and its kinds (MOBILE also lists LAND MOBILE), e.g. \"Mobile\" or EESS")]
        public string? Service { get; init; }

        [CommandOption("--table <NAME>")]
        [Description("Only the table of this name, e.g. \"ITU Region 1\"")]
        public string? Table { get; init; }

        [CommandOption("--edition <EDITION>")]
        [Description("Edition of the tables, e.g. RR-2020 (default: the newest; spectrum editions lists them)")]
        public string? Edition { get; init; }

        [CommandOption("--applications")]
        [Description("Also list the applications of the tables (MFCN, PMSE, RLAN…, national tables); csv and json then list the applications")]
        public bool Applications { get; init; }

        public AllocationQuestion Question => new(Range, Area, Service, Table, Edition, Applications);

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
            var listing = answer.Applications is not null ? answer.ApplicationListing : answer.Allocations;
            RowWriter.Write(console, settings.Format, listing.Columns, listing.Records);
            return 0;
        }

        AllocationListing.WriteTable(console, answer.Range, answer.AreaLabel, answer.Rows, answer.Answer, answer.View, answer.Lineage);
        if (answer.Applications is not null)
        {
            ApplicationListing.WriteTable(console, answer.Applications);
        }

        return 0;
    }
}
