using Spectrum.Conference;
using Spectrum.Csv;
using Spectrum.Tests.Data;

namespace Spectrum.Tests.Conference;

/// <summary>"EU objective met?": derived from the stance and the outcome's kind, only where both are known.</summary>
public class ObjectiveAssessmentTests
{
    private static Position Position(Stance stance, OutcomeKind? kind, Confidence stanceConfidence = Confidence.Medium, Confidence outcomeConfidence = Confidence.High) =>
        new("1.2", ChangeArea.Region(1), FrequencyRange.Parse("6425-7025 MHz"), stance, "", kind is null ? "" : "outcome", outcomeConfidence,
            new Provenance("s", stanceConfidence)) { OutcomeKind = kind };

    [Theory]
    [InlineData(Stance.Support, OutcomeKind.Adopted, ObjectiveMet.Met)]
    [InlineData(Stance.SupportWithConditions, OutcomeKind.AdoptedInPart, ObjectiveMet.PartlyMet)]
    [InlineData(Stance.Support, OutcomeKind.NotAdopted, ObjectiveMet.NotMet)]
    [InlineData(Stance.Support, OutcomeKind.NoChange, ObjectiveMet.NotMet)]
    [InlineData(Stance.NoChange, OutcomeKind.NoChange, ObjectiveMet.Met)]
    [InlineData(Stance.Oppose, OutcomeKind.NotAdopted, ObjectiveMet.Met)]
    [InlineData(Stance.NoChange, OutcomeKind.AdoptedInPart, ObjectiveMet.PartlyMet)]
    [InlineData(Stance.Oppose, OutcomeKind.Adopted, ObjectiveMet.NotMet)]
    public void A_stance_is_met_by_the_outcome_it_seeks(Stance stance, OutcomeKind kind, ObjectiveMet expected)
    {
        Assert.Equal(expected, ObjectiveAssessment.Of(Position(stance, kind)).Met);
    }

    [Theory]
    [InlineData(Stance.NotRecorded, OutcomeKind.Adopted, "no stance recorded")]
    [InlineData(Stance.NoObjection, OutcomeKind.Adopted, "no objection sets no objective")]
    [InlineData(Stance.Support, null, "outcome not known")]
    public void Nothing_is_judged_without_a_stance_an_objective_or_an_outcome(Stance stance, OutcomeKind? kind, string reason)
    {
        var assessment = ObjectiveAssessment.Of(Position(stance, kind));

        Assert.Equal((ObjectiveMet.NotAssessed, reason), (assessment.Met, assessment.Reason));
    }

    [Fact]
    public void The_assessment_is_as_confident_as_the_less_confident_of_stance_and_outcome_and_says_conditions_are_not_checked()
    {
        var assessment = ObjectiveAssessment.Of(Position(Stance.SupportWithConditions, OutcomeKind.Adopted, Confidence.Medium, Confidence.Low));

        Assert.Equal(Confidence.Low, assessment.Confidence);
        Assert.Equal("support-with-conditions, outcome adopted (conditions not checked)", assessment.Reason);
    }

    [Fact]
    public void On_the_shipped_positions_6_GHz_in_Region_1_is_met_470_694_MHz_and_the_23_cm_band_partly_and_1_1_not_assessed()
    {
        var positions = new PositionReader().Read(Repository.DataPath("wrc23", "eu-positions.csv"));
        ObjectiveMet MetOf(string item, string area, string band) =>
            ObjectiveAssessment.Of(Assert.Single(positions, p => p.AgendaItem == item && p.Area.ToString() == area && p.Range == FrequencyRange.Parse(band))).Met;

        Assert.Equal(ObjectiveMet.Met, MetOf("1.2", "R1", "6425-7025 MHz"));
        Assert.Equal(ObjectiveMet.PartlyMet, MetOf("1.2", "R2", "7025-7125 MHz"));
        Assert.Equal(ObjectiveMet.PartlyMet, MetOf("1.5", "R1", "470-694 MHz"));
        Assert.Equal(ObjectiveMet.PartlyMet, MetOf("9.1 b", "R1", "1240-1300 MHz"));
        Assert.Equal(ObjectiveMet.NotAssessed, MetOf("1.1", "R1", "4800-4990 MHz"));
        Assert.Equal(ObjectiveMet.NotAssessed, MetOf("1.7", "R1", "117.975-137 MHz"));
    }
}
