using Spectrum.Conference;
using Spectrum.Csv;
using Spectrum.Tests.Data;

namespace Spectrum.Tests.Csv;

/// <summary>The shipped WRC-23 files read without error, with the counts and rows data/README.md describes.</summary>
public class ShippedAgendaFilesTests
{
    private static readonly Lazy<ImportBatch> Wrc23 = new(() => WrcFiles(
        Repository.DataPath("wrc23", "agenda-items.csv"),
        Repository.DataPath("wrc23", "agenda-bands.csv"),
        Repository.DataPath("wrc23", "eu-positions.csv")));

    private static AgendaItem Item(string number) => Assert.Single(Wrc23.Value.AgendaItems, i => i.Number == number);

    [Fact]
    public void The_three_files_read_together_with_the_row_counts_of_the_README()
    {
        var data = Wrc23.Value;

        Assert.Equal(33, data.AgendaItems.Count);
        Assert.Equal(110, data.AgendaBands.Count);
        Assert.Equal(99, data.Positions.Count);
    }

    [Fact]
    public void Each_file_read_alone_has_the_same_rows_and_their_lines()
    {
        var items = AgendaItemReader.Import(Repository.DataPath("wrc23", "agenda-items.csv"));
        var bands = new AgendaBandReader().Import(Repository.DataPath("wrc23", "agenda-bands.csv"));
        var positions = new PositionReader().Import(Repository.DataPath("wrc23", "eu-positions.csv"));

        Assert.True(items.IsValid && bands.IsValid && positions.IsValid);
        Assert.Equal((33, 110, 99), (items.Values.Count, bands.Values.Count, positions.Values.Count));
        Assert.Equal(Enumerable.Range(2, 110), bands.Lines);
        Assert.Equal(Enumerable.Range(2, 99), positions.Lines);
        Assert.Equal(1, bands.AgendaItemColumn);
    }

    [Fact]
    public void Agenda_items_run_from_1_1_to_10_with_their_resolutions_and_scopes()
    {
        var numbers = Wrc23.Value.AgendaItems.Select(i => i.Number).ToArray();

        Assert.Equal("1.1", numbers[0]);
        Assert.Equal(["1.19", "2", "3", "4", "5", "6", "7", "8", "9.1 a", "9.1 b", "9.1 c", "9.1 d", "9.2", "9.3", "10"], numbers[^15..]);
        Assert.Equal(("245 (WRC-19)", AgendaScope.Imt), (Item("1.2").Resolution, Item("1.2").Scope));
        Assert.StartsWith("identification of 3 300-3 400 MHz", Item("1.2").Title);
        Assert.Equal("171 (WRC-19); 155 (Rev.WRC-19)", Item("1.8").Resolution);
        Assert.Equal(Confidence.Low, Item("1.8").Provenance.Confidence);
        Assert.StartsWith("new non-safety aeronautical mobile allocations around 15.41-15.7", Item("1.10").Title);
        Assert.Equal(Confidence.Medium, Item("1.10").Provenance.Confidence);
    }

    [Fact]
    public void The_scopes_are_the_READMEs_judgement()
    {
        string[] NumbersOf(AgendaScope scope) =>
            [.. Wrc23.Value.AgendaItems.Where(i => i.Scope == scope).Select(i => i.Number)];

        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5", "9.1 c"], NumbersOf(AgendaScope.Imt));
        Assert.Equal(["1.12", "1.13", "1.14", "9.1 d"], NumbersOf(AgendaScope.EarthObservation));
        Assert.Equal(23, NumbersOf(AgendaScope.Other).Length);
    }

    [Fact]
    public void Every_item_of_Resolution_811_is_there_with_a_resolution_and_whether_it_asks_for_an_Article_5_change()
    {
        string[] standing = ["2", "3", "4", "5", "6", "7", "8", "9.2", "9.3"];
        Assert.All(standing, n => Assert.NotEmpty(Item(n).Resolution));
        Assert.Equal(("86 (Rev.WRC-07)", "80 (Rev.WRC-07)", "26 (Rev.WRC-19)"), (Item("7").Resolution, Item("9.3").Resolution, Item("8").Resolution));
        string[] asking = [.. Wrc23.Value.AgendaItems.Where(i => i.Article5 == Article5Consequence.Yes).Select(i => i.Number)];

        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5", "1.7", "1.8", "1.10", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18", "1.19", "9.1 b", "9.1 d"], asking);
        Assert.Equal(Article5Consequence.No, Item("10").Article5);
        Assert.All(["1.6", "1.9", "1.11", "9.1 a", "9.1 c"], n => Assert.Equal(Article5Consequence.NotKnown, Item(n).Article5));
    }

    [Fact]
    public void Every_item_asking_for_an_Article_5_change_has_bands_and_positions_with_sources_and_no_stance_is_invented()
    {
        var data = Wrc23.Value;
        foreach (var item in data.AgendaItems.Where(i => i.Article5 == Article5Consequence.Yes))
        {
            Assert.Contains(data.AgendaBands, b => b.AgendaItem == item.Number);
            var positions = data.Positions.Where(p => p.AgendaItem == item.Number).ToArray();
            Assert.NotEmpty(positions);
            Assert.All(positions, p => Assert.NotEmpty(p.Provenance.Source));
        }

        // 1.7, 1.8, 1.10, 1.15 and 1.18: no EU stance found, so none is given.
        var unrecorded = data.Positions.Where(p => p.Stance == Stance.NotRecorded).Select(p => p.AgendaItem).Distinct();
        Assert.Equal(["1.7", "1.8", "1.10", "1.15", "1.18"], unrecorded);
        Assert.All(data.Positions.Where(p => p.Stance == Stance.NotRecorded), p => Assert.Equal(Confidence.Low, p.Provenance.Confidence));

        // The Council Decision was not found: every stance given is marked as reconstructed, none above medium.
        Assert.All(data.Positions.Where(p => p.Stance != Stance.NotRecorded), p =>
        {
            Assert.StartsWith("reconstructed from CEPT/RSPG positions", p.Provenance.Source, StringComparison.Ordinal);
            Assert.NotEqual(Confidence.High, p.Provenance.Confidence);
        });
    }

    [Fact]
    public void Agenda_item_1_2_has_the_Region_1_band_6425_to_7025_MHz_identified_for_IMT_and_highlighted_imt()
    {
        var band = Assert.Single(Wrc23.Value.AgendaBands,
            b => b.AgendaItem == "1.2" && b.Range == FrequencyRange.Parse("6425-7025 MHz"));

        Assert.Equal(ChangeArea.Region(1).ToString(), band.Area.ToString());
        Assert.Equal("Mobile", band.Service?.Name);
        Assert.Equal(AgendaBandAction.Identify, band.Action);
        Assert.Equal(AmendmentAction.Identify, band.AsAmendment);
        Assert.Equal(Identification.Imt, band.Identifies);
        Assert.Null(band.Status);
        Assert.Equal(Highlight.Imt, band.Highlight);
        Assert.Equal(Confidence.High, band.Provenance.Confidence);
    }

    [Fact]
    public void Agenda_item_1_14_bands_are_the_two_EESS_passive_sub_bands_in_each_Region_highlighted_eo()
    {
        var bands = Wrc23.Value.AgendaBands.Where(b => b.AgendaItem == "1.14").ToArray();

        Assert.Equal(6, bands.Length);
        Assert.All(bands, b => Assert.Equal(Highlight.EarthObservation, b.Highlight));
        Assert.All(bands, b => Assert.Equal((AgendaBandAction.AddAllocation, AllocationStatus.Primary), (b.Action, b.Status!.Value)));
        Assert.All(bands, b => Assert.True(b.Service!.IsPassive));
        Assert.Equal(["239.2-242.2 GHz", "244.2-247.2 GHz"], bands.Select(b => b.Range.ToString()).Distinct());
        Assert.Equal(["R1", "R1", "R2", "R2", "R3", "R3"], bands.Select(b => b.Area.ToString()));
    }

    [Fact]
    public void The_Region_1_listed_band_of_1_2_is_a_whole_band_identification_in_listed_countries()
    {
        var band = Assert.Single(Wrc23.Value.AgendaBands, b => b.AgendaItem == "1.2" && b.Area.ListedCountriesOnly);

        Assert.Equal("R1-listed", band.Area.ToString());
        Assert.Equal([AreaCode.Region(1)], band.Area.Regions);
        Assert.Empty(band.Area.Countries);
        Assert.Null(band.Service);
        Assert.Equal(FrequencyRange.Parse("3300-3400 MHz"), band.Range);
    }

    [Fact]
    public void Study_and_protect_bands_ask_for_no_change_to_the_Table()
    {
        var bands = Wrc23.Value.AgendaBands;
        var studies = bands.Where(b => b.Action == AgendaBandAction.Study).ToArray();

        Assert.Equal(15, studies.Length);
        Assert.Equal(9, bands.Count(b => b.Action == AgendaBandAction.Protect));
        Assert.All(bands.Where(b => b.Action is AgendaBandAction.Study or AgendaBandAction.Protect), b => Assert.Null(b.AsAmendment));
        Assert.Equal(9, studies.Count(b => b.Identifies == Identification.Imt && b.Highlight == Highlight.Imt));
        Assert.Equal(6, studies.Count(b => b.Identifies is null && b.Highlight == Highlight.EarthObservation));
    }

    [Fact]
    public void The_1_17_inter_satellite_bands_have_no_status()
    {
        var bands = Wrc23.Value.AgendaBands.Where(b => b.AgendaItem == "1.17").ToArray();

        Assert.Equal(12, bands.Length);
        Assert.All(bands, b => Assert.Equal((AgendaBandAction.AddAllocation, (AllocationStatus?)null), (b.Action, b.Status)));
    }

    [Fact]
    public void Every_position_has_a_stance_and_the_counts_per_stance_are_as_shipped()
    {
        var byStance = Wrc23.Value.Positions.GroupBy(p => p.Stance).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(18, byStance[Stance.Support]);
        Assert.Equal(56, byStance[Stance.SupportWithConditions]);
        Assert.Equal(1, byStance[Stance.NoChange]);
        Assert.Equal(5, byStance[Stance.NoObjection]);
        Assert.False(byStance.ContainsKey(Stance.Oppose));
        Assert.All(Wrc23.Value.Positions, p => Assert.NotEqual(Confidence.High, p.Provenance.Confidence));
    }

    [Fact]
    public void The_1_2_position_on_6425_to_7025_MHz_is_conditional_support_with_its_outcome()
    {
        var position = Assert.Single(Wrc23.Value.Positions,
            p => p.AgendaItem == "1.2" && p.Range == FrequencyRange.Parse("6425-7025 MHz"));

        Assert.Equal(Stance.SupportWithConditions, position.Stance);
        Assert.Equal("only with protection of FSS, FS, EESS and SRS incumbents", position.Conditions);
        Assert.Equal(("identified for IMT in Region 1", Confidence.High), (position.Outcome, position.OutcomeConfidence));
        Assert.Equal(Confidence.Medium, position.Provenance.Confidence);
    }

    [Fact]
    public void The_9_1_d_positions_have_no_outcome_and_a_low_outcome_confidence()
    {
        var positions = Wrc23.Value.Positions.Where(p => p.AgendaItem == "9.1 d").ToArray();

        Assert.Equal(3, positions.Length);
        Assert.All(positions, p => Assert.Equal(("", Confidence.Low), (p.Outcome, p.OutcomeConfidence)));
    }

    [Fact]
    public void The_1_14_position_covers_both_sub_bands_of_its_Region()
    {
        var data = Wrc23.Value;
        var position = Assert.Single(data.Positions, p => p.AgendaItem == "1.14" && p.Area.ToString() == "R1");

        Assert.Equal(FrequencyRange.Parse("231.5-252 GHz"), position.Range);
        Assert.Equal(2, data.AgendaBands.Count(b => b.AgendaItem == "1.14" && b.Area.ToString() == "R1"
            && b.Range.Intersect(position.Range) == b.Range));
    }

    [Fact]
    public void Every_band_and_position_names_a_shipped_agenda_item()
    {
        var items = AgendaItemReader.Read(Repository.DataPath("wrc23", "agenda-items.csv"));

        Assert.Empty(AgendaCheck.UnknownAgendaItems(items, new AgendaBandReader().Import(Repository.DataPath("wrc23", "agenda-bands.csv"))));
        Assert.Empty(AgendaCheck.UnknownAgendaItems(items, new PositionReader().Import(Repository.DataPath("wrc23", "eu-positions.csv"))));
    }

    [Theory]
    [InlineData("agenda-items.csv", DataFileKind.AgendaItems)]
    [InlineData("agenda-bands.csv", DataFileKind.AgendaBands)]
    [InlineData("eu-positions.csv", DataFileKind.Positions)]
    public void The_data_file_reader_tells_each_file_by_its_header_and_reads_it(string file, DataFileKind kind)
    {
        var import = DataFileReader.Import(Repository.DataPath("wrc23", file));

        Assert.Equal(kind, import.Kind);
        Assert.True(import.IsValid);
        Assert.True(import.Rows > 0);
    }

    // The agenda files read together, as an import reads them.
    private static ImportBatch WrcFiles(params string[] paths) => ImportPlan.Read(paths).Build();
}
