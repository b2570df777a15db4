using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Briefing;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Csv.Areas;

namespace Spectrum.Cli.Commands;

/// <summary><c>spectrum areas export</c>: the stored Regions, countries and groups as GeoJSON, for QGIS and the like.</summary>
internal sealed class AreasExportCommand(IAnsiConsole console, StoreConnector store) : AsyncCommand<AreasExportCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("geojson (the only format)")]
        [DefaultValue("geojson")]
        public string Format { get; init; } = "geojson";

        [CommandOption("--out <FILE>")]
        [Description("File to write (default: standard output)")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            !string.Equals(Format, "geojson", StringComparison.OrdinalIgnoreCase) ? ValidationResult.Error($"--format '{Format}': areas are exported as geojson")
            : Out is not null && string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is empty: give a file, or leave --out out to write to standard output")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataSource = await store.OpenAsync(settings, cancellationToken);
        var features = await StoreListings.AreasAsync(dataSource, cancellationToken);
        if (settings.Out is null)
        {
            await using var output = Console.OpenStandardOutput();
            AreaGeoJson.Write(output, features);
            return 0;
        }

        OutputFile.Write(settings.Out, stream => AreaGeoJson.Write(stream, features));
        console.MarkupLineInterpolated($"Wrote {features.Count} areas to {settings.Out}");
        return 0;
    }
}
