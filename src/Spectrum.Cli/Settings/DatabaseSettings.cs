using System.ComponentModel;
using Spectre.Console.Cli;

namespace Spectrum.Cli.Settings;

/// <summary>Settings of every command that uses the store: derive a command's settings from this to get <c>--db</c>.</summary>
public class DatabaseSettings : CommandSettings
{
    [CommandOption("--db <CONNECTION>")]
    [Description("PostgreSQL connection string, e.g. \"Host=db.example;Database=spectrum;Username=planner\". Overrides ConnectionStrings:Spectrum; with neither, the managed local PostGIS is used.")]
    public string? Database { get; set; }
}
