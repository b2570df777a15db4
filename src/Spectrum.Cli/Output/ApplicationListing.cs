using Spectre.Console;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Output;

/// <summary>
/// How <c>query --applications</c> prints the application layer: rows with the same column names in CSV and JSON, or
/// a console table naming each application's table and edition.
/// </summary>
internal static class ApplicationListing
{
    public static readonly IReadOnlyList<string> Columns =
        ["table", "edition", "area", "lower_hz", "upper_hz", "band", "application", "measure", "standard", "notes", "source", "confidence"];

    /// <summary>An application at a single frequency has <c>upper_hz</c> equal to <c>lower_hz</c> and its band is that frequency.</summary>
    public static object?[] ToRecord(ApplicationRow row)
    {
        var application = row.Application;
        return
        [
            row.Table, row.Edition, row.Area.Value, application.Lower.Hertz, application.Upper.Hertz, Band(application), application.Name,
            application.Measure, application.Standard, application.Notes, application.Provenance.Source,
            application.Provenance.Confidence.ToString().ToLowerInvariant(),
        ];
    }

    public static void WriteTable(IAnsiConsole console, IReadOnlyList<ApplicationRow> rows)
    {
        console.MarkupLineInterpolated($"{rows.Count} application(s)");
        if (rows.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("Band");
        table.AddColumn("Application");
        table.AddColumn("Measure, standard");
        table.AddColumn("Table");
        foreach (var row in rows)
        {
            var application = row.Application;
            var measure = string.Join("; ", new[] { application.Measure, application.Standard }.OfType<string>());
            table.AddRow(Markup.Escape(Band(application)), Markup.Escape(application.Name), Markup.Escape(measure),
                Markup.Escape($"{row.Table} {row.Edition}"));
        }

        console.Write(table);
    }

    private static string Band(BandApplication application) =>
        application.Range?.ToString() ?? application.Lower.ToString();
}
