using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Store;
using Spectrum.PostGis;

namespace Spectrum.Cli.Commands.Db;

/// <summary><c>spectrum db status</c>: reports on the store without changing it (it starts nothing, migrates nothing).</summary>
internal sealed class DbStatusCommand(StoreConnector store, IAnsiConsole console) : AsyncCommand<DbStatusCommand.Settings>
{
    public sealed class Settings : DatabaseSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var report = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        if (store.ConfiguredConnectionString(settings.Database) is { } configured)
        {
            var database = await SpectrumStore.DescribeAsync(configured, cancellationToken);
            Add(report, "Store", settings.Database is null ? "configured (ConnectionStrings:Spectrum)" : "configured (--db)");
            Add(report, "Database", database.Location);
            Add(report, "State", "reachable");
            AddVersions(report, database);
        }
        else
        {
            await DescribeManagedAsync(report, store.Managed, cancellationToken);
        }

        console.Write(report);
        return 0;
    }

    private static async Task DescribeManagedAsync(Grid report, ManagedPostgres managed, CancellationToken cancellationToken)
    {
        Add(report, "Store", "managed local PostGIS");
        Add(report, "Home", managed.Home);
        Add(report, "Data", managed.DataDirectory);
        Add(report, "Socket", managed.SocketDirectory);
        Add(report, "Log", managed.LogFile);
        var status = await managed.GetStatusAsync(cancellationToken);
        Add(report, "State", status.ToString());
        if (status.State == ServerState.Running)
        {
            AddVersions(report, await SpectrumStore.DescribeAsync(managed.ConnectionString, cancellationToken));
            return;
        }

        try
        {
            var installed = await managed.GetInstallationAsync(cancellationToken);
            Add(report, "PostgreSQL", $"{installed.PostgresVersion} (installed in {installed.BinDirectory})");
            Add(report, "PostGIS", $"{installed.PostGisVersion} (installed)");
        }
        catch (PostgresNotInstalledException e)
        {
            Add(report, "PostgreSQL", e.Message);
        }

        Add(report, "Schema", $"unknown until started (this program's is version {SchemaMigrator.LatestVersion})");
    }

    private static void AddVersions(Grid report, StoreDescription database)
    {
        Add(report, "PostgreSQL", database.ServerVersion);
        Add(report, "PostGIS", database.PostGisVersion ?? "not created in this database");
        Add(report, "Schema", database.SchemaVersion is { } version
            ? $"version {version} (this program's is {SchemaMigrator.LatestVersion})"
            : $"not migrated (this program's is version {SchemaMigrator.LatestVersion})");
    }

    // Text, not markup: paths and connection details may contain square brackets.
    private static void Add(Grid report, string name, string value) => report.AddRow(new Text(name), new Text(value));
}
