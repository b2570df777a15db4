using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Charts;
using Spectrum.Cli.Commands;
using Spectrum.Cli.Commands.Db;
using Spectrum.Cli.Hosting;
using Spectrum.PostGis;

namespace Spectrum.Cli;

/// <summary>
/// The `spectrum` program: every service registration and every verb, in one place.
/// Exit codes: 0 success, 1 a command found invalid data, 2 bad input on the command line or a failure.
/// </summary>
public static partial class SpectrumApp
{
    /// <param name="console">Where output goes; the terminal when null. Tests pass one that records.</param>
    public static async Task<int> RunAsync(
        string[] args, CancellationToken cancellationToken = default, IAnsiConsole? console = null)
    {
        console ??= AnsiConsole.Console;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        Register(builder.Services, console);

        var app = new CommandApp(new TypeRegistrar(builder.Services));
        app.Configure(config => Configure(config, console));

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            // No terminal can pass a NUL, but a program starting this one in-process can; no file or database takes one.
            if (Array.FindIndex(args, a => a.Contains('\0', StringComparison.Ordinal)) is var nul and >= 0)
            {
                throw new InputException($"argument {nul + 1} holds a NUL character");
            }

            return await app.RunAsync(args, cancellation.Token);
        }
        catch (Exception e) when (e is CommandParseException or CommandRuntimeException)
        {
            // Bad input on the command line (unknown option, missing argument): say so, as the help would, unless the
            // help would quote a connection string with its password; then in one line, the password hidden.
            if (Secrets.AnyIn(args) || ConversionFailure().IsMatch(e.Message))
            {
                console.Write(new Text(Secrets.Redact(Describe(e, args))));
            }
            else
            {
                console.Write(((CommandAppException)e).Pretty ?? new Text(e.Message));
            }

            console.WriteLine();
            return 2;
        }
        catch (Exception e) when (e is InputException or StoreException or OutputFileException)
        {
            // Bad input, a store that says what is wrong and what to do, or a file that could not be written (a full
            // disk, a missing folder, no permission: no part of it is left). A stack trace would only bury the message.
            return await FailAsync($"error: {e.Message}");
        }
        catch (ImportException e)
        {
            return await FailAsync(e.Message);
        }
        catch (NpgsqlException e)
        {
            // The server stopped, or a connection broke, in the middle of a command.
            return await FailAsync($"error: {StoreException.Failed("the database failed", e).Message}");
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(Secrets.Redact(message));
        return 2;
    }

    // Spectre names the type it could not convert to, which for an optional number is Nullable`1; name the option.
    private static string Describe(Exception e, string[] args)
    {
        if (ConversionFailure().Match(e.Message) is not { Success: true } failure)
        {
            return $"error: {e.Message}";
        }

        var value = failure.Groups["value"].Value;
        var at = Array.IndexOf(args, value);
        var option = at > 0 && args[at - 1].StartsWith('-') ? args[at - 1] : "an option";
        return $"error: {option} '{value}': expected a number within range";
    }

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to Nullable`1\.", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();

    private static void Register(IServiceCollection services, IAnsiConsole console)
    {
        services.AddSingleton(console);
        services.AddSpectrumStore();
    }

    private static void Configure(IConfigurator config, IAnsiConsole console)
    {
        config.SetApplicationName("spectrum");
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
