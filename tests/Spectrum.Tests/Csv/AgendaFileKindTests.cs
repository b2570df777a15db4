using Spectrum.Csv;

namespace Spectrum.Tests.Csv;

public class AgendaFileKindTests
{
    [Theory]
    [InlineData("agenda_item,resolution,title,scope,source,confidence", DataFileKind.AgendaItems)]
    [InlineData("agenda_item,area,lower_hz,upper_hz,service,action,status,identifies,highlight,source,confidence", DataFileKind.AgendaBands)]
    [InlineData("agenda_item,area,lower_hz,upper_hz,service,action", DataFileKind.AgendaBands)]
    [InlineData("agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,source,confidence", DataFileKind.Positions)]
    [InlineData("Stance,agenda_item", DataFileKind.Positions)]
    [InlineData("conference,agenda_item,area,lower_hz,upper_hz,service,action,status,footnote,identifies,source,confidence", DataFileKind.Amendments)]
    [InlineData("edition,base,amendments,description,source", DataFileKind.Editions)]
    public void Agenda_items_bands_and_positions_are_told_by_their_headers_from_amendments_and_editions(string header, DataFileKind kind)
    {
        Assert.Equal(kind, DataFileReader.DetectKind(header.Split(',')));
    }

    [Fact]
    public void A_positions_file_with_a_missing_column_is_still_a_positions_file_that_names_the_column()
    {
        var import = DataFileReader.Import(Fixtures.Utf8("agenda_item,area,lower_hz,stance\n1.2,R1,1000,support\n"), "p.csv");

        Assert.Equal(DataFileKind.Positions, import.Kind);
        var error = Assert.Single(import.Errors);
        Assert.StartsWith("missing column upper_hz", error.Problem);
    }
}
