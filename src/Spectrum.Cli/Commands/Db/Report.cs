using Spectre.Console;

namespace Spectrum.Cli.Commands.Db;

/// <summary>A two-column report: a name, then its value, aligned.</summary>
internal sealed class Report
{
    private readonly Grid grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();

    // Text, not markup: paths and connection details may contain square brackets.
    public Report Add(string name, string value)
    {
        grid.AddRow(new Text(name), new Text(value));
        return this;
    }

    public void WriteTo(IAnsiConsole console) => console.Write(grid);
}
