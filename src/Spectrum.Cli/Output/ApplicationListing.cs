using Spectre.Console;
using Spectrum.Answers;
using Spectrum.PostGis.Queries;

namespace Spectrum.Cli.Output;

/// <summary>
/// How <c>query --applications</c> prints the application layer: rows with the same column names in CSV and JSON, or
/// a console table naming each application's table and edition.
/// </summary>
internal static class ApplicationListing
{
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
            table.AddRow(Markup.Escape(QueryAnswer.Band(application)), Markup.Escape(application.Name), Markup.Escape(measure),
                Markup.Escape($"{row.Table} {row.Edition}"));
        }

        console.Write(table);
    }
}
