using Spectre.Console;
using Spectrum.Csv;

namespace Spectrum.Cli.Settings;

/// <summary>The <c>--table</c>, <c>--edition</c> and <c>--area</c> of import and validate: what rows of a table file lack.</summary>
internal static class TableDefaultsOption
{
    public static ValidationResult Check(string? area) =>
        area is not null && !AreaCode.TryParse(area, out _)
            ? ValidationResult.Error($"--area '{area}' is not an area: expected R1, R2, R3, an ISO alpha-2 code such as NL or a group such as CEPT")
            : ValidationResult.Success();

    public static TableDefaults Of(string? table, string? edition, string? area) => new(
        string.IsNullOrWhiteSpace(table) ? null : table.Trim(),
        string.IsNullOrWhiteSpace(edition) ? null : edition.Trim(),
        area is null ? null : AreaCode.Parse(area));
}
