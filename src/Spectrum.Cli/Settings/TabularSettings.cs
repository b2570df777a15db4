using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Output;

namespace Spectrum.Cli.Settings;

/// <summary>The settings of every command that prints rows: <c>--format table|csv|json</c>.</summary>
internal class TabularSettings : DatabaseSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (default), csv or json")]
    public string FormatName { get; init; } = "table";

    public OutputFormat Format => OutputFormats.Parse(FormatName) ?? OutputFormat.Table;

    public override ValidationResult Validate() =>
        OutputFormats.Parse(FormatName) is null
            ? ValidationResult.Error($"--format '{FormatName}': expected one of {string.Join(", ", OutputFormats.Names)}")
            : ValidationResult.Success();
}
