namespace Spectrum.Conference;

/// <summary>Two amendments of one file that contradict each other, and why; <see cref="First"/> comes first in the file.</summary>
public sealed record AmendmentConflict(Amendment First, Amendment Second, string Reason);

/// <summary>
/// Finds the amendments of one file that contradict each other: two changes to the same service's allocation (added
/// twice, added and removed, removed twice, added and its status changed…), or the same numbered footnote added twice
/// or added and removed on the same allocation or band, in overlapping ranges of the same Region table. Applied in
/// order such rows either fail or undo each other, so a file that holds them says two things at once.
/// </summary>
public static class AmendmentConflicts
{
    public static IReadOnlyList<AmendmentConflict> Find(IReadOnlyList<Amendment> amendments)
    {
        ArgumentNullException.ThrowIfNull(amendments);
        var conflicts = new List<AmendmentConflict>();
        for (var j = 1; j < amendments.Count; j++)
        {
            var second = amendments[j];
            for (var i = 0; i < j; i++)
            {
                if (Reason(amendments[i], second) is { } reason)
                {
                    conflicts.Add(new AmendmentConflict(amendments[i], second, reason));
                }
            }
        }

        return conflicts;
    }

    private static string? Reason(Amendment first, Amendment second)
    {
        if (first.Range.Intersect(second.Range) is not { } overlap || SharedTable(first.Area, second.Area) is not { } table)
        {
            return null;
        }

        if (IsAllocationChange(first.Action) && IsAllocationChange(second.Action))
        {
            return first.Service is { } service && service == second.Service
                ? $"{service} is {Done(first)} at line {first.Line} and {Done(second)} at line {second.Line} in overlapping ranges of the {table} table ({overlap})"
                : null;
        }

        if (!IsAllocationChange(first.Action) && !IsAllocationChange(second.Action)
            && first.Footnote is { } footnote && footnote == second.Footnote && first.Service == second.Service)
        {
            var holder = first.Service is null ? "the band footnotes" : $"{first.Service}";
            return $"footnote {footnote} is {Done(first)} at line {first.Line} and {Done(second)} at line {second.Line} on {holder} in overlapping ranges of the {table} table ({overlap})";
        }

        return null;
    }

    // The Region table both act on, by name; country codes whose Regions are not known compare by country.
    private static string? SharedTable(ChangeArea first, ChangeArea second)
    {
        if (first.Regions.Intersect(second.Regions).FirstOrDefault() is { Value: not null } region)
        {
            return region.ToString();
        }

        return first.Regions.Count == 0 && second.Regions.Count == 0 && first.Countries.Intersect(second.Countries).Any()
            ? string.Join(' ', first.Countries.Intersect(second.Countries))
            : null;
    }

    private static bool IsAllocationChange(AmendmentAction action) =>
        action is AmendmentAction.AddAllocation or AmendmentAction.RemoveAllocation or AmendmentAction.ChangeStatus;

    private static string Done(Amendment amendment) => amendment.Action switch
    {
        AmendmentAction.AddAllocation => "added",
        AmendmentAction.RemoveAllocation => "removed",
        AmendmentAction.ChangeStatus => "given a new status",
        AmendmentAction.AddFootnote => "added",
        AmendmentAction.RemoveFootnote => "removed",
        _ => "added by an identification",
    };
}
