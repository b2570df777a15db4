using System.Globalization;
using Spectre.Console;

namespace Spectrum.Cli.Settings;

/// <summary>How the commands read the values of their options: lists, dates and the like, one way each.</summary>
internal static class Options
{
    /// <summary>The items of a comma-separated list, trimmed, empty items dropped.</summary>
    public static string[] List(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A date written yyyy-mm-dd; today when none is given.</summary>
    public static DateOnly DateOrToday(string? text) =>
        text is null ? DateOnly.FromDateTime(DateTime.Today) : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Success for no date or one written yyyy-mm-dd, else an error naming the option.</summary>
    public static ValidationResult CheckDate(string? text) =>
        text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--date '{text}': expected yyyy-mm-dd");

    /// <summary>The first failed check, or success.</summary>
    public static ValidationResult First(params Func<ValidationResult>[] checks) =>
        checks.Select(check => check()).FirstOrDefault(result => !result.Successful) ?? ValidationResult.Success();
}
