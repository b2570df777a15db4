using Spectrum.Conference;
using Spectrum.Csv;

namespace Spectrum.Tests.Csv;

/// <summary>Bands and positions checked against the agenda items: an unknown item is an error at its row.</summary>
public sealed class AgendaCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Items => _folder.Write("agenda-items.csv", """
        agenda_item,resolution,title,scope,source,confidence
        1.2,245 (WRC-19),IMT identification,5G/IMT,s,high
        1.14,662 (WRC-19),EESS (passive),Earth observation,s,high
        """);

    private string Bands(string extraRow = "") => _folder.Write("agenda-bands.csv", $"""
        agenda_item,area,lower_hz,upper_hz,service,action,status,identifies,highlight,source,confidence
        1.2,R1,6425000000,7025000000,Mobile,identify,,IMT,imt,s,high
        {extraRow}
        """);

    private string Positions(string extraRow = "") => _folder.Write("eu-positions.csv", $"""
        agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,source,confidence
        1.2,R1,6425000000,7025000000,support-with-conditions,protect incumbents,identified,high,s,medium
        {extraRow}
        """);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_position_on_an_unknown_agenda_item_is_an_error_at_its_file_line_and_column()
    {
        var items = AgendaItemReader.Read(Items);
        var positions = new PositionReader().Import(Positions("1.20,R1,6425000000,7025000000,support,,,,s,medium"));

        var error = Assert.Single(AgendaCheck.UnknownAgendaItems(items, positions));

        Assert.Equal((positions.File, 3, 1), (error.File, error.Line, error.Column));
        Assert.Equal("agenda_item: 1.20 is not an agenda item of the agenda-item files", error.Problem);
        Assert.Equal("one of 1.2, 1.14", error.Expected);
        Assert.EndsWith("eu-positions.csv:3:1: agenda_item: 1.20 is not an agenda item of the agenda-item files; expected one of 1.2, 1.14",
            error.ToString());
    }

    [Fact]
    public void A_band_on_an_unknown_agenda_item_is_an_error_at_the_agenda_item_column_wherever_it_is()
    {
        var items = AgendaItemReader.Read(Items);
        var path = _folder.Write("bands.csv", """
            area,lower_hz,upper_hz,service,action,agenda_item
            R1,6425000000,7025000000,Mobile,protect,1.2
            R1,4400000000,4800000000,Mobile,protect,1.7
            """);

        var error = Assert.Single(AgendaCheck.UnknownAgendaItems(items, new AgendaBandReader().Import(path)));

        Assert.Equal((3, 6), (error.Line, error.Column));
    }

    [Fact]
    public void The_three_files_read_together_when_every_agenda_item_is_known()
    {
        var data = WrcFiles(Items, Bands(), Positions());

        Assert.Equal(["1.2", "1.14"], data.AgendaItems.Select(i => i.Number));
        Assert.Single(data.AgendaBands);
        Assert.Single(data.Positions);
    }

    [Fact]
    public void Reading_the_three_files_together_reports_every_unknown_agenda_item_among_the_other_errors_in_line_order()
    {
        var items = Items;
        var bands = Bands("9.1 a,R1,1000000,2000000,Radio Astronomy,protect,,,eo,s,low");
        var positions = Positions("1.20,R1,6425000000,7025000000,support,,,,s,medium\n1.2,R1,6425000000,7025000000,abstain,,,,s,medium");

        var exception = Assert.Throws<ImportException>(() => WrcFiles(items, bands, positions));

        Assert.Equal(
            [
                (bands, 3, "agenda_item: 9.1 a is not an agenda item of the agenda-item files"),
                (positions, 3, "agenda_item: 1.20 is not an agenda item of the agenda-item files"),
                (positions, 4, "stance: 'abstain' is not a stance"),
            ],
            exception.Errors.Select(e => (e.File, e.Line, e.Problem)));
        Assert.Equal(3, exception.TotalCount);
    }

    [Fact]
    public void An_unknown_agenda_item_in_a_valid_positions_file_is_reported_by_the_combined_reader_at_its_line()
    {
        var positions = Positions("1.20,R1,6425000000,7025000000,support,,,,s,medium");

        var exception = Assert.Throws<ImportException>(() => WrcFiles(Items, Bands(), positions));

        var error = Assert.Single(exception.Errors);
        Assert.Equal((positions, 3, 1), (error.File, error.Line, error.Column));
        Assert.Contains($"{positions}:3:1: agenda_item: 1.20 is not an agenda item", exception.Message);
    }

    [Fact]
    public void A_duplicate_agenda_item_stops_the_cross_check_but_is_itself_reported()
    {
        var items = _folder.Write("dup-items.csv", """
            agenda_item,resolution,title,scope
            1.2,245,a,5G/IMT
            1.2,245,b,5G/IMT
            """);

        var exception = Assert.Throws<ImportException>(() => WrcFiles(items, Bands(), Positions("1.20,R1,1000,2000,support,,,,s,low")));

        var error = Assert.Single(exception.Errors);
        Assert.Equal((items, 3), (error.File, error.Line));
        Assert.Contains("first on line 2", error.Problem);
    }

    [Fact]
    public void An_unknown_agenda_item_is_reported_even_when_its_file_has_other_errors()
    {
        var items = AgendaItemReader.Read(Items);
        var positions = new PositionReader().Import(Positions("1.20,R1,6425000000,7025000000,abstain,,,,s,medium"));

        var error = Assert.Single(AgendaCheck.UnknownAgendaItems(items, positions));

        Assert.False(positions.IsValid);
        Assert.Equal(3, error.Line);
        Assert.Equal(3, Assert.Single(positions.Errors).Line);
    }

    // The agenda files read together, as an import reads them.
    private static ImportBatch WrcFiles(params string[] paths) => ImportPlan.Read(paths).Build();
}
