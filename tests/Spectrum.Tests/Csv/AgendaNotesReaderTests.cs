using Spectrum.Conference;
using Spectrum.Csv;
using Spectrum.Tests.Data;
using static Spectrum.Tests.Csv.Fixtures;

namespace Spectrum.Tests.Csv;

/// <summary>
/// The CPM methods, the regional positions, the <c>article5</c> of agenda items and the <c>outcome_kind</c> of
/// positions: what each reader accepts, each bad input as an error at its file, line and column, and the shipped files.
/// </summary>
public class AgendaNotesReaderTests
{
    private const string MethodsHeader = "agenda_item,method,summary,source,confidence";
    private const string RegionalHeader = "agenda_item,organisation,method,view,source,confidence";

    private static ImportError SingleError<T>(AgendaFileImport<T> import)
    {
        Assert.False(import.IsValid);
        Assert.Empty(import.Values);
        return Assert.Single(import.Errors);
    }

    [Fact]
    public void CPM_methods_are_read_with_item_letter_summary_and_provenance_and_told_by_their_header()
    {
        var methods = CpmMethodReader.Read(Utf8($"{MethodsHeader}\n1.1,a,no change,CPM Report,high\n1.1,D,revise 5.441B,CPM Report,medium\n"), "m.csv");

        Assert.Equal([("1.1", "A"), ("1.1", "D")], methods.Select(m => (m.AgendaItem, m.Method)));
        Assert.Equal(new Provenance("CPM Report", Confidence.Medium), methods[1].Provenance);
        Assert.Equal(DataFileKind.CpmMethods, DataFileReader.DetectKind(MethodsHeader.Split(',')));
    }

    [Theory]
    [InlineData("1.1,,no change,s,high", 2, "method: empty")]
    [InlineData("1.1,Method A,no change,s,high", 2, "method: 'Method A' is not a CPM method")]
    [InlineData("1.1,B,,s,high", 3, "summary: empty")]
    [InlineData("1.1,A,again,s,high", 2, "method: method A of agenda item 1.1 is given twice (first on line 2)")]
    public void A_bad_CPM_method_row_is_an_error_at_its_line_and_column(string row, int column, string problem)
    {
        var error = SingleError(CpmMethodReader.Import(Utf8($"{MethodsHeader}\n1.1,A,no change,s,high\n{row}\n"), "m.csv"));

        Assert.Equal(("m.csv", 3, column, problem), (error.File, error.Line, error.Column, error.Problem));
    }

    [Fact]
    public void Regional_positions_are_read_with_organisation_optional_method_and_view()
    {
        var positions = RegionalPositionReader.Read(Utf8($"{RegionalHeader}\n1.1,cept,D,revise 5.441B,s,medium\n1.1,ASMG,,no change,s,medium\n"), "r.csv");

        Assert.Equal([(RegionalOrganisation.Cept, "D"), (RegionalOrganisation.Asmg, "")], positions.Select(p => (p.Organisation, p.Method)));
        Assert.Equal("no change", positions[1].View);
        Assert.Equal(DataFileKind.RegionalPositions, DataFileReader.DetectKind(RegionalHeader.Split(',')));
    }

    [Theory]
    [InlineData("1.1,EBU,,no change,s,medium", 2, "organisation: 'EBU' is not a regional organisation", "APT, ASMG, ATU, CEPT, CITEL or RCC")]
    [InlineData("1.1,RCC,,,s,medium", 4, "view: empty", "the organisation's position, such as no change")]
    [InlineData("1.1,RCC,F!,delete,s,medium", 3, "method: 'F!' is not a CPM method", "a CPM method such as A or A1 (a letter, then up to three letters or digits)")]
    public void A_bad_regional_position_row_is_an_error_at_its_line_and_column(string row, int column, string problem, string expected)
    {
        var error = SingleError(RegionalPositionReader.Import(Utf8($"{RegionalHeader}\n{row}\n"), "r.csv"));

        Assert.Equal(("r.csv", 2, column, problem, expected), (error.File, error.Line, error.Column, error.Problem, error.Expected));
    }

    [Fact]
    public void A_regional_position_of_an_unknown_agenda_item_is_an_error_across_files()
    {
        var items = AgendaItemReader.Read(Utf8("agenda_item,resolution,title,scope,source,confidence\n1.1,223 (Rev.WRC-19),t,5G/IMT,s,high\n"), "i.csv");
        var regional = RegionalPositionReader.Import(Utf8($"{RegionalHeader}\n1.1,CEPT,D,v,s,medium\n1.21,CEPT,,v,s,medium\n"), "r.csv");

        var error = Assert.Single(AgendaCheck.UnknownAgendaItems(items, regional));
        Assert.Equal(("r.csv", 3, 1), (error.File, error.Line, error.Column));
        Assert.Equal("agenda_item: 1.21 is not an agenda item of the agenda-item files", error.Problem);
    }

    [Theory]
    [InlineData("yes", Article5Consequence.Yes)]
    [InlineData("No", Article5Consequence.No)]
    [InlineData("", Article5Consequence.NotKnown)]
    public void An_agenda_item_says_whether_it_asks_for_an_Article_5_change(string article5, Article5Consequence expected)
    {
        var item = Assert.Single(AgendaItemReader.Read(Utf8($"agenda_item,resolution,title,scope,article5,source,confidence\n1.7,428 (WRC-19),t,other,{article5},s,high\n"), "i.csv"));

        Assert.Equal(expected, item.Article5);
    }

    [Fact]
    public void A_bad_article5_is_an_error_at_its_column()
    {
        var error = SingleError(AgendaItemReader.Import(Utf8("agenda_item,resolution,title,scope,article5,source,confidence\n1.7,428 (WRC-19),t,other,maybe,s,high\n"), "i.csv"));

        Assert.Equal((2, 5, "article5: 'maybe' is not an Article 5 consequence"), (error.Line, error.Column, error.Problem));
    }

    [Theory]
    [InlineData("1.5,R1,470000000,694000000,no-change,,partly,medium,sometimes,s,medium", 9, "outcome_kind: 'sometimes' is not an outcome kind")]
    [InlineData("1.5,R1,470000000,694000000,no-change,,,low,adopted,s,medium", 9, "outcome_kind: outcome kind 'adopted' without an outcome")]
    [InlineData("1.5,R1,470000000,694000000,undecided,,,,,s,medium", 5, "stance: 'undecided' is not a stance")]
    public void A_bad_outcome_kind_or_stance_is_an_error_at_its_column(string row, int column, string problem)
    {
        var header = "agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,outcome_kind,source,confidence";
        var error = SingleError(new PositionReader().Import(Utf8($"{header}\n{row}\n"), "p.csv"));

        Assert.Equal((2, column, problem), (error.Line, error.Column, error.Problem));
    }

    [Fact]
    public void The_stance_not_recorded_is_read_and_never_supports_a_change()
    {
        var header = "agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,outcome_kind,source,confidence";
        var position = Assert.Single(new PositionReader().Read(Utf8($"{header}\n1.7,R1,117975000,137000000,not-recorded,,,low,,no stance found,low\n"), "p.csv"));

        Assert.Equal((Stance.NotRecorded, (OutcomeKind?)null), (position.Stance, position.OutcomeKind));
        Assert.Equal("not-recorded", Terms.Of(position.Stance));
    }

    [Fact]
    public void The_shipped_CPM_methods_and_regional_positions_read_with_their_sources()
    {
        var methods = CpmMethodReader.Import(File.OpenRead(Repository.DataPath("wrc23", "cpm-methods.csv")), "cpm-methods.csv");
        var regional = RegionalPositionReader.Import(File.OpenRead(Repository.DataPath("wrc23", "regional-positions.csv")), "regional-positions.csv");

        Assert.True(methods.IsValid && regional.IsValid);
        Assert.Equal(["A", "B", "C", "D"], methods.Values.Where(m => m.AgendaItem == "1.1").Select(m => m.Method));
        Assert.Equal(["A", "B"], methods.Values.Where(m => m.AgendaItem == "1.8").Select(m => m.Method));
        Assert.Equal("D", Assert.Single(regional.Values, r => r.AgendaItem == "1.1" && r.Organisation == RegionalOrganisation.Cept).Method);
        Assert.Equal(3, regional.Values.Count(r => r.AgendaItem == "1.11" && r.Organisation == RegionalOrganisation.Apt));
        Assert.All(regional.Values, r => Assert.NotEmpty(r.Provenance.Source));
        Assert.All(methods.Values, m => Assert.Contains("CPM", m.Provenance.Source));
    }
}
