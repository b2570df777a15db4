using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Briefing;

namespace Spectrum.Cli.Settings;

/// <summary>The settings brief and watch share: where the briefing goes, in which formats, and from which data folder.</summary>
internal abstract class BriefingSettings : DatabaseSettings
{
    private static readonly Dictionary<string, BriefFormat> FormatNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["html"] = BriefFormat.Html,
        ["md"] = BriefFormat.Markdown,
        ["docx"] = BriefFormat.Word,
        ["pdf"] = BriefFormat.Pdf,
    };

    [CommandOption("--out <FOLDER>")]
    [Description("Where to write the briefing (default plots/brief)")]
    public string Out { get; init; } = Path.Combine("plots", "brief");

    [CommandOption("--format <FORMATS>")]
    [Description("html, md, docx, pdf (the HTML printed by Chromium), or a comma-separated list of them (default html,md,docx)")]
    public string Format { get; init; } = "html,md,docx";

    [CommandOption("--country <ISO>")]
    [Description("Screen the findings for this administration, e.g. NL: its Region's proposals, its tables and its neighbours (default: configuration Spectrum:Country; without one, per ITU Region)")]
    public string? Country { get; init; }

    /// <summary>The data folder the briefing is made from, imported first when its content is new to the store.</summary>
    public abstract string DataFolder { get; }

    public override ValidationResult Validate() =>
        !Directory.Exists(DataFolder) ? ValidationResult.Error($"'{DataFolder}' is not a folder (run from the repository, or name the data folder)")
        : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is empty: give the folder to write the briefing to")
        : Options.List(Format) is var formats && (formats.Length == 0 || formats.Any(f => !FormatNames.ContainsKey(f)))
            ? ValidationResult.Error($"--format '{Format}': expected html, md, docx, pdf or a comma-separated list of them")
            : ValidationResult.Success();

    public virtual BriefRequest Request() =>
        new(Out, Options.List(Format).Select(f => FormatNames[f]).ToHashSet(), DateOnly.FromDateTime(DateTime.Today));
}
