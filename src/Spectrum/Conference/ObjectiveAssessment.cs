namespace Spectrum.Conference;

/// <summary>Whether a position's objective was met by the conference's outcome.</summary>
public enum ObjectiveMet
{
    /// <summary>Stance or outcome not known, or a stance that sets no objective (no objection): nothing to judge.</summary>
    NotAssessed,
    Met,
    PartlyMet,
    NotMet,
}

/// <summary>
/// The answer to "EU objective met?" for one position, with why, derived from its stance and the outcome's kind only
/// where both are known; its confidence is the lower of the stance's and the outcome's.
/// </summary>
public sealed record ObjectiveAssessment(ObjectiveMet Met, string Reason, Confidence Confidence)
{
    /// <summary>
    /// A supportive stance (support, support with conditions) is met when the change is adopted, partly met when it is
    /// adopted in part, not met when it is not adopted or the Table is left unchanged. An opposing stance (oppose, no
    /// change) is the reverse: met when nothing changes, partly met when a change is made in part, not met when it is
    /// adopted. No objection sets no objective, and a stance not recorded or an outcome whose kind is not known leaves
    /// nothing to judge. The conditions of a supported change are not checked: "met" says the change was made.
    /// </summary>
    public static ObjectiveAssessment Of(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var confidence = (Confidence)Math.Max((int)position.Provenance.Confidence, (int)position.OutcomeConfidence);
        if (position.Stance == Stance.NotRecorded)
        {
            return new ObjectiveAssessment(ObjectiveMet.NotAssessed, "no stance recorded", Confidence.Low);
        }

        if (position.Stance == Stance.NoObjection)
        {
            return new ObjectiveAssessment(ObjectiveMet.NotAssessed, "no objection sets no objective", Confidence.Low);
        }

        if (position.OutcomeKind is not { } outcome)
        {
            return new ObjectiveAssessment(ObjectiveMet.NotAssessed, "outcome not known", Confidence.Low);
        }

        var supportive = position.Stance is Stance.Support or Stance.SupportWithConditions;
        var met = (supportive, outcome) switch
        {
            (_, OutcomeKind.AdoptedInPart) => ObjectiveMet.PartlyMet,
            (true, OutcomeKind.Adopted) or (false, OutcomeKind.NotAdopted or OutcomeKind.NoChange) => ObjectiveMet.Met,
            _ => ObjectiveMet.NotMet,
        };
        var reason = $"{Terms.Of(position.Stance)}, outcome {Terms.Of(outcome)}"
            + (met == ObjectiveMet.Met && position.Stance == Stance.SupportWithConditions ? " (conditions not checked)" : "");
        return new ObjectiveAssessment(met, reason, confidence);
    }
}
