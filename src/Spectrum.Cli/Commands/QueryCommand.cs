using System.ComponentModel;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Conference;
using Spectrum.Cli.Output;
using Spectrum.PostGis.Queries;

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

        public override ValidationResult Validate()
        {
            var area = base.Validate();
            if (!area.Successful)
            {
                return area;
            }

            if (!FrequencyRange.TryParse(Range, out _, out var error))
            {
                return ValidationResult.Error(error);
            }

            return Service is not null && !RadioService.TryParse(Service, out _, out var serviceError)
                ? ValidationResult.Error(serviceError)
                : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var range = FrequencyRange.Parse(settings.Range);
        var service = settings.Service is null ? null : RadioService.Parse(settings.Service);
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        var area = await settings.ResolveAreaAsync(dataSource, cancellationToken);
        var edition = await EditionCheck.OrNewestAsync(dataSource, settings.Edition, cancellationToken);
        await ThrowIfUnknownTableAsync(dataSource, settings.Table, cancellationToken);
        var query = new AllocationQuery(dataSource);
        var answer = await query.FindAsync(range, area, edition, settings.Table, cancellationToken);
        // A country, point or drawn area answers with the footnotes applied for its countries.
        var view = await CountryView.LoadAsync(dataSource, area, range, edition, cancellationToken);
        var rows = (view?.Rows(answer.Allocations, range) ?? answer.Allocations)
            .Where(row => service is null || row.Allocation.Service.IsKindOf(service))
            .ToList();
        var applications = settings.Applications ? await query.ApplicationsAsync(range, area, edition, settings.Table, cancellationToken) : null;

        if (settings.Format != OutputFormat.Table)
        {
            if (applications is not null)
            {
                RowWriter.Write(console, settings.Format, ApplicationListing.Columns, applications.Select(ApplicationListing.ToRecord));
                return 0;
            }

            RowWriter.Write(console, settings.Format, AllocationListing.Columns, rows.Select(row => AllocationListing.ToRecord(row, answer, view)));
            return 0;
        }

        AllocationListing.WriteTable(console, range, settings.AreaLabel, rows, answer, view, await new EditionQuery(dataSource).LineageAsync(edition, cancellationToken));
        if (applications is not null)
        {
            ApplicationListing.WriteTable(console, applications);
        }

        return 0;
    }

    // A table name is matched as written, never as a pattern; one the store does not hold is a mistake worth saying so.
    private static async Task ThrowIfUnknownTableAsync(NpgsqlDataSource dataSource, string? table, CancellationToken cancellationToken)
    {
        if (table is not null && !await new TableQuery(dataSource).ExistsAsync(table, cancellationToken))
        {
            throw new InputException($"unknown table '{table}': the store has no table of that name (spectrum import lists the tables it loads)");
        }
    }
}
