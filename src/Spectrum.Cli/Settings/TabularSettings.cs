using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Cli.Output;

namespace Spectrum.Cli.Settings;

/// <summary>
/// The settings of every command that prints rows: <c>--format table|csv|csv-spreadsheet|json|xlsx</c> and
/// <c>--out FILE</c> (required for xlsx; csv and json go to standard output without it).
/// </summary>
internal class TabularSettings : DatabaseSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (default), csv, csv-spreadsheet (CSV that Excel and LibreOffice open as written: UTF-8 with BOM, ids such as 5.340 kept as text), json, or xlsx (a workbook, with --out)")]
    public string FormatName { get; init; } = "table";

    [CommandOption("--out <FILE>")]
    [Description("File to write the rows to (required for xlsx; default for the others: standard output)")]
    public string? Out { get; init; }

    public OutputFormat Format => new(OutputFormat.Parse(FormatName) ?? RowFormat.Table, Out);

    public override ValidationResult Validate() =>
        OutputFormat.Parse(FormatName) is not { } format
            ? ValidationResult.Error($"--format '{FormatName}': expected one of {string.Join(", ", OutputFormat.Names)}")
        : Out is not null && string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is empty: give the file to write the rows to")
        : format == RowFormat.Xlsx && Out is null ? ValidationResult.Error("--format xlsx: give the workbook's file with --out, e.g. --out rows.xlsx")
        : format == RowFormat.Table && Out is not null ? ValidationResult.Error("--out: the console table is printed; give --format csv, csv-spreadsheet, json or xlsx to write a file")
        : ValidationResult.Success();
}
