using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Spectre.Console;
using Spectrum.Briefing;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Settings;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Commands;

/// <summary>
/// One briefing run as brief and watch make it: the data folder imported when the store has not seen its content
/// (<see cref="DataFolderImport"/>), then the <see cref="BriefingJob"/> with a progress bar, then what was written.
/// </summary>
internal static class BriefingRun
{
    /// <summary>The configuration key naming the administration a briefing is screened for when <c>--country</c> is not given.</summary>
    public const string CountryKey = "Spectrum:Country";

    public static async Task RunAsync(
        IAnsiConsole console, NpgsqlDataSource dataSource, BriefingSettings settings, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var request = settings.Request();
        var folder = new DataFolderImport(dataSource);
        if (await folder.ChangedAsync(settings.DataFolder, cancellationToken) is { } hash)
        {
            console.MarkupLineInterpolated($"{settings.DataFolder} is new or changed since it was last imported: importing it");
            var summary = await folder.ImportAsync(settings.DataFolder, hash, cancellationToken);
            console.MarkupLineInterpolated($"  {summary.Tables} tables, {summary.Allocations} allocations, {summary.Footnotes} footnotes");
        }

        await EditionCheck.ThrowIfUnknownAsync(dataSource, request.FindingsEdition, cancellationToken);
        request = request with { Country = await CountryAsync(dataSource, settings.Country, configuration[CountryKey], cancellationToken) };
        BriefResult? result = null;
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Briefing");
            var steps = new Progress<(string Step, int Done, int Total)>(step =>
            {
                task.Description = step.Step;
                task.MaxValue = step.Total;
                task.Value = step.Done;
            });
            result = await new BriefingJob(dataSource).RunAsync(request, steps, cancellationToken);
        });

        var pack = result!.Pack;
        console.MarkupLineInterpolated(
            $"Briefing on {pack.Items.Count} agenda items, {pack.Items.Sum(b => b.Findings.Count)} findings, in {clock.Elapsed.TotalSeconds:0.0} s:");
        foreach (var file in result.Files)
        {
            console.MarkupLineInterpolated($"  {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
        }

        console.MarkupLineInterpolated($"  {Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(request.Folder, "charts"))}/ ({result.Charts} charts)");
    }

    // --country, else the configured administration, else none (per Region); a code the store does not know is bad input.
    private static async Task<AreaCode?> CountryAsync(NpgsqlDataSource dataSource, string? option, string? configured, CancellationToken cancellationToken)
    {
        var (text, from) = !string.IsNullOrWhiteSpace(option) ? (option, "--country") : (configured, CountryKey);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!AreaCode.TryParse(text.Trim(), out var code) || code.Kind != AreaKind.Country)
        {
            throw new InputException($"{from} '{text}' is not an ISO 3166 alpha-2 code such as NL or DE");
        }

        return await new AreaQuery(dataSource).ExistsAsync(code, cancellationToken)
            ? code
            : throw new InputException($"{from} '{text}': the store has no such country (spectrum import data loads the shipped countries)");
    }
}
