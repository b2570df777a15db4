using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.PostGis;

namespace Spectrum.Cli.Commands.Db;

/// <summary><c>spectrum db status</c>: reports on the store without changing it (it starts nothing, migrates nothing).</summary>
internal sealed class DbStatusCommand(StoreConnector store, IAnsiConsole console) : AsyncCommand<DbStatusCommand.Settings>
{
    public sealed class Settings : DatabaseSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var report = new Report();
        if (store.ConfiguredConnectionString(settings.Database) is { } configured)
        {
            var database = await SpectrumStore.DescribeAsync(configured, cancellationToken);
            report.Add("Store", settings.Database is null ? "configured (ConnectionStrings:Spectrum)" : "configured (--db)");
            report.Add("Database", database.Location);
            report.Add("State", "reachable");
            AddVersions(report, database);
        }
        else
        {
            await DescribeManagedAsync(report, store.Managed, cancellationToken);
        }

        report.WriteTo(console);
        return 0;
    }

    private static async Task DescribeManagedAsync(Report report, ManagedPostgres managed, CancellationToken cancellationToken)
    {
        report.Add("Store", "managed local PostGIS");
        report.Add("Home", managed.Home);
        report.Add("Data", managed.DataDirectory);
        report.Add("Socket", managed.SocketDirectory);
        report.Add("Log", managed.LogFile);
        var status = await managed.GetStatusAsync(cancellationToken);
        report.Add("State", status.ToString());
        if (status.State == ServerState.Running)
        {
            report.Add("Connect", $"psql -h {managed.SocketDirectory} -U {managed.ServerUser} {ManagedPostgres.DatabaseName}");
            AddVersions(report, await SpectrumStore.DescribeAsync(managed.ConnectionString, cancellationToken));
            return;
        }

        try
        {
            var installed = await managed.GetInstallationAsync(cancellationToken);
            report.Add("PostgreSQL", $"{installed.PostgresVersion} (installed in {installed.BinDirectory})");
            report.Add("PostGIS", $"{installed.PostGisVersion} (installed)");
        }
        catch (PostgresNotInstalledException e)
        {
            report.Add("PostgreSQL", e.Message);
        }

        report.Add("Schema", $"unknown until started (this program's is version {SchemaMigrator.LatestVersion})");
    }

    private static void AddVersions(Report report, StoreDescription database)
    {
        report.Add("PostgreSQL", database.ServerVersion);
        report.Add("PostGIS", database.PostGisVersion ?? "not created in this database");
        report.Add("Schema", database.SchemaVersion is { } version
            ? $"version {version} (this program's is {SchemaMigrator.LatestVersion})"
            : $"not migrated (this program's is version {SchemaMigrator.LatestVersion})");
    }
}
