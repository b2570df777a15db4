using Spectrum.Briefing;
using Spectrum.Conflicts;

namespace Spectrum.Tests.Conflicts;

public class FindingGroupTests
{
    private static readonly FrequencyRange Band = FrequencyRange.Parse("3.3-3.4GHz");

    // The finding an identification over no primary allocation gives, for the table of one Region.
    private static Finding Identification(int region)
    {
        var label = $"ITU Region {region}";
        var proposal = new Proposal(Band, AreaCode.Region(region), label, RadioService.Parse("Mobile"), ProposalAction.Identify);
        var incumbent = new Incumbent(label, "RR-2020", AreaCode.Region(region), null, null, Band, [], Confidence.High);
        return new Finding(Severity.High, FindingKind.Identification, proposal, incumbent,
            $"{label} has no primary MOBILE allocation over all of {Band}: an identification for IMT needs one.")
        {
            Provisions = ["RR No. 5.424A"],
        };
    }

    [Fact]
    public void A_reason_said_once_for_several_tables_takes_the_plural_verb()
    {
        var group = Assert.Single(FindingGroup.Of([Identification(1), Identification(2)]));

        Assert.Equal($"ITU Region 1, ITU Region 2 have no primary MOBILE allocation over all of {Band}: an identification for IMT needs one.", group.Reason);
    }

    [Fact]
    public void A_reason_of_one_table_keeps_its_own_verb()
    {
        var group = Assert.Single(FindingGroup.Of([Identification(3)]));

        Assert.Equal($"ITU Region 3 has no primary MOBILE allocation over all of {Band}: an identification for IMT needs one.", group.Reason);
    }
}
