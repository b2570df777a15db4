using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Commands;
using Spectrum.Cli.Commands.Db;
using Spectrum.Cli.Hosting;

namespace Spectrum.Cli;

/// <summary>
/// The `spectrum` program: every service registration and every verb, in one place.
/// Exit codes: 0 success, 1 a command found invalid data, 2 bad input on the command line or a failure.
/// Output goes to standard output, errors and warnings to standard error.
/// </summary>
public static class SpectrumApp
{
    /// <param name="console">Where output goes; the terminal when null. Tests pass one that records.</param>
    /// <param name="errors">Where errors go; standard error when null.</param>
    public static async Task<int> RunAsync(
        string[] args, CancellationToken cancellationToken = default, IAnsiConsole? console = null, IAnsiConsole? errors = null)
    {
        console ??= Terminal.Create(Console.Out);
        errors ??= Terminal.Create(Console.Error);
        // An empty host builder: the commands need its services and configuration, not the logging providers, file
        // watchers and lifetime the default builder sets up before any command can start.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        Register(builder, console, errors);

        var app = new CommandApp(new TypeRegistrar(builder.Services));
        app.Configure(config => Configure(config, console));

        // Ctrl-C and SIGTERM cancel the command through the token every await takes.
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            cancellation.Cancel();
        });
        var reporter = new ErrorReporter(errors);
        try
        {
            // No terminal can pass a NUL, but a program starting this one in-process can; no file or database takes one.
            if (Array.FindIndex(args, a => a.Contains('\0', StringComparison.Ordinal)) is var nul and >= 0)
            {
                throw new InputException($"argument {nul + 1} holds a NUL character");
            }

            return await app.RunAsync(args, cancellation.Token);
        }
        catch (Exception e) when (ErrorReporter.Reports(e))
        {
            return reporter.Report(e, args);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    // Configuration: appsettings.json beside the program (read once, not watched), then the environment
    // (ConnectionStrings__Spectrum, Spectrum__Country); the host registers it as IConfiguration.
    private static void Register(HostApplicationBuilder builder, IAnsiConsole console, IAnsiConsole errors)
    {
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        var services = builder.Services;
        services.AddSingleton(console);
        services.AddSingleton(new ErrorReporter(errors));
        services.AddSpectrumStore();
    }

    private static void Configure(IConfigurator config, IAnsiConsole console)
    {
        config.SetApplicationName("spectrum");
        config.SetApplicationVersion(Terminal.Version);
        config.ConfigureConsole(console);
        config.PropagateExceptions();
        config.Settings.StrictParsing = true;

        // In the order a delegate works: brief, load, ask, weigh a proposal, compare editions, read the positions.
        config.AddCommand<BriefCommand>("brief")
            .WithDescription("The delegation briefing per WRC-23 agenda item: bands, EU position, outcome, chart and findings")
            .WithExample("brief")
            .WithExample("brief", "--agenda-item", "1.2,1.3", "--out", "plots/brief");
        config.AddCommand<WatchCommand>("watch")
            .WithDescription("Keep the store and the briefing current while the data folder is edited; Ctrl-C stops")
            .WithExample("watch", "data", "--out", "plots/brief");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("The web page and JSON API on this machine (read-only, loopback unless --allow-remote); Ctrl-C stops")
            .WithExample("serve")
            .WithExample("serve", "--urls", "http://127.0.0.1:8080");
        config.AddCommand<ImportCommand>("import")
            .WithDescription("Load tables, footnotes, areas, editions and the WRC agenda into the store, all or nothing")
            .WithExample("import", "data")
            .WithExample("import", "national.csv", "--area", "NL", "--edition", "2024");
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Check data files without loading them: counts per file and every error with its line")
            .WithExample("validate", "data")
            .WithExample("validate", "national.csv", "--area", "NL", "--edition", "2024");
        config.AddCommand<QueryCommand>("query")
            .WithDescription("What is allocated in a frequency range and area")
            .WithExample("query", "23.6-24GHz", "--region", "1", "--format", "json")
            .WithExample("query", "3.4-3.6GHz", "--country", "NL");
        config.AddCommand<FootnotesCommand>("footnotes")
            .WithDescription("The rules read from the RR footnotes (allocations, identifications, protections) with their countries and texts")
            .WithExample("footnotes", "5.430A")
            .WithExample("footnotes", "--country", "NL", "--range", "3.4-3.6GHz")
            .WithExample("footnotes", "--unparsed");
        config.AddCommand<ConflictsCommand>("conflicts")
            .WithDescription("What a proposal conflicts with: passive bands, co-primary incumbents, radio astronomy, neighbours")
            .WithExample("conflicts", "24.25-27.5GHz", "--region", "1", "--service", "MOBILE")
            .WithExample("conflicts", "--agenda-item", "1.2", "--format", "json");
        config.AddCommand<ChartCommand>("chart")
            .WithDescription("A band chart of a range, or the whole spectrum, highlighting 5G/IMT bands and Earth-observation protections")
            .WithExample("chart", "5.9-7.2GHz", "--agenda-item", "1.2", "--out", "plots/ai-1.2-6ghz.png")
            .WithExample("chart", "22-28GHz", "--out", "plots/26ghz.svg")
            .WithExample("chart", "all", "--out", "plots/overview.png");
        config.AddCommand<EditionsCommand>("editions")
            .WithDescription("The editions of the Table in the store, and the tables the EU positions propose");
        config.AddCommand<DiffCommand>("diff")
            .WithDescription("What changed between two editions, band by band and Region by Region")
            .WithExample("diff", "RR-2020", "RR-2024", "6-7.2GHz", "--region", "1");
        config.AddCommand<PositionsCommand>("positions")
            .WithDescription("The EU common positions per WRC-23 agenda item, band and Region, with the outcome")
            .WithExample("positions", "--agenda-item", "1.2", "--format", "json");
        config.AddBranch("areas", areas =>
        {
            areas.SetDescription("The ITU Regions, countries and groups the store knows");
            areas.AddCommand<AreasExportCommand>("export")
                .WithDescription("Write the stored areas as GeoJSON (code, kind, name, itu_region)")
                .WithExample("areas", "export", "--format", "geojson", "--out", "areas.geojson");
        });
        config.AddDbBranch();
    }
}
