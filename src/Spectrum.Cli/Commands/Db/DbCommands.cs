using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;
using Spectrum.Cli.Settings;
using Spectrum.Cli.Store;
using Spectrum.PostGis;

namespace Spectrum.Cli.Commands.Db;

/// <summary>The store's services and the <c>spectrum db</c> verbs, registered from <see cref="SpectrumApp"/>.</summary>
internal static class DbCommands
{
    public static IServiceCollection AddSpectrumStore(this IServiceCollection services) => services
        .AddSingleton(_ => ManagedPostgres.ForCurrentUser())
        .AddSingleton<StoreConnector>();

    public static void AddDbBranch(this IConfigurator config) => config.AddBranch("db", db =>
    {
        db.SetDescription("Manage the local PostGIS that spectrum runs itself when no database is configured.");
        db.AddCommand<DbStatusCommand>("status")
            .WithDescription("Show where the store is, whether its server runs, and the PostgreSQL, PostGIS and schema versions.")
            .WithExample("db", "status");
        db.AddCommand<DbStartCommand>("start")
            .WithDescription("Create the local PostGIS on first use, start it, and bring its schema up to date. Does nothing if it runs.")
            .WithExample("db", "start");
        db.AddCommand<DbStopCommand>("stop")
            .WithDescription("Stop the local PostGIS (open sessions are ended; saved data is kept).")
            .WithExample("db", "stop");
        db.AddCommand<DbResetCommand>("reset")
            .WithDescription("Stop the local PostGIS and delete all its data, so the next use starts with an empty store.")
            .WithExample("db", "reset", "--yes");
    });
}
