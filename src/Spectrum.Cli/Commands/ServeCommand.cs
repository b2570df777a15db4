using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Hosting;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.Web;

namespace Spectrum.Cli.Commands;

/// <summary>
/// <c>spectrum serve</c>: the JSON API, its OpenAPI document and the web page on this machine's loopback interface,
/// answering from a read-only view of the store until Ctrl-C or SIGTERM.
/// </summary>
internal sealed class ServeCommand(IAnsiConsole console, ErrorReporter errors, StoreConnector store) : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, semicolon-separated (default http://127.0.0.1:5080; port 0 takes a free port)")]
        public string Urls { get; init; } = ServeOptions.DefaultUrls;

        [CommandOption("--allow-remote")]
        [Description("Allow --urls beyond this machine's loopback interface (the service is read-only and has no login)")]
        public bool AllowRemote { get; init; }

        [CommandOption("--brief <FOLDER>")]
        [Description("The briefing the page opens, as spectrum brief or watch writes it (default plots/brief)")]
        public string Brief { get; init; } = Path.Combine("plots", "brief");

        public ServeOptions Serving => new(Urls, AllowRemote, Brief);

        public override ValidationResult Validate() =>
            Serving.Error() is { } error ? ValidationResult.Error(error) : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataSource = await store.OpenReadOnlyAsync(settings, cancellationToken);
        await using var app = SpectrumServer.Build(settings.Serving, dataSource, e => errors.Report(e, []));
        await app.StartAsync(cancellationToken);
        foreach (var address in SpectrumServer.Addresses(app))
        {
            console.MarkupLineInterpolated($"Listening on {address} (the page at /, the API at /api, its OpenAPI document at /openapi/v1.json); read-only. Ctrl-C stops.");
        }

        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        await app.StopAsync(CancellationToken.None);
        console.MarkupLine("Stopped serving.");
        return 0;
    }
}
