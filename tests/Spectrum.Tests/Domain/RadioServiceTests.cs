namespace Spectrum.Tests.Domain;

public class RadioServiceTests
{
    private static RadioService S(string text) => RadioService.Parse(text);

    [Fact]
    public void Mobile_except_aeronautical_mobile_is_a_kind_of_mobile_covering_land_and_maritime()
    {
        var service = S("MOBILE except aeronautical mobile");
        Assert.Equal(ServiceKind.Mobile, service.Kind);
        Assert.Single(service.Exceptions);
        Assert.True(service.IsKindOf(S("Mobile")));
        Assert.True(S("Land Mobile").IsKindOf(service));
        Assert.True(S("Maritime Mobile").IsKindOf(service));
        Assert.False(S("Aeronautical Mobile").IsKindOf(service));
        Assert.False(S("Aeronautical Mobile (OR)").IsKindOf(service));
    }

    [Fact]
    public void Except_aeronautical_mobile_R_still_covers_off_route_aeronautical_mobile()
    {
        var service = S("Mobile except aeronautical mobile (R)");
        Assert.Equal(AeronauticalRoute.Route, service.Exceptions[0].Route);
        Assert.Equal(AeronauticalRoute.Unspecified, service.Route);
        Assert.True(S("Aeronautical Mobile (OR)").IsKindOf(service));
        Assert.False(S("Aeronautical Mobile (R)").IsKindOf(service));
        Assert.Equal("Mobile except aeronautical mobile (R)", service.Name);
    }

    [Fact]
    public void Earth_exploration_satellite_passive_is_passive_EESS()
    {
        var service = S("Earth Exploration-Satellite (passive)");
        Assert.Equal(ServiceKind.EarthExplorationSatellite, service.Kind);
        Assert.True(service.IsPassive);
        Assert.True(service.IsKindOf(S("EESS")));
        Assert.False(service.IsKindOf(S("Earth Exploration-Satellite (active)")));
        Assert.False(S("EESS").IsKindOf(service));
    }

    [Theory]
    [InlineData("Fixed-Satellite (Earth-to-space) ", ServiceKind.FixedSatellite, LinkDirection.EarthToSpace)]
    [InlineData("FIXED-SATELLITE (space-to-Earth)", ServiceKind.FixedSatellite, LinkDirection.SpaceToEarth)]
    [InlineData("Space Research (space-to-space)", ServiceKind.SpaceResearch, LinkDirection.SpaceToSpace)]
    [InlineData("Land Mobile Satellite", ServiceKind.LandMobileSatellite, LinkDirection.Unspecified)]
    [InlineData("radio astronomy", ServiceKind.RadioAstronomy, LinkDirection.Unspecified)]
    [InlineData("Standard Frequency And Time Signal-Satellite (Earth-to-space)", ServiceKind.StandardFrequencyAndTimeSignalSatellite, LinkDirection.EarthToSpace)]
    public void Parses_name_and_direction_in_any_case(string text, ServiceKind kind, LinkDirection direction)
    {
        var service = S(text);
        Assert.Equal(kind, service.Kind);
        Assert.Equal(direction, service.Direction);
    }

    [Fact]
    public void Deep_space_and_remarks_are_kept()
    {
        Assert.True(S("Space Research (deep space)").DeepSpace);
        Assert.Equal("distress and calling", S("Maritime Mobile (distress and calling)").Remark);
        Assert.Equal("Standard Frequency and Time Signal (20 kHz)", S("Standard Frequency And Time Signal (20 kHz)").Name);
    }

    [Fact]
    public void Kinds_follow_article_1()
    {
        Assert.True(S("Aeronautical Radionavigation").IsKindOf(S("Radionavigation")));
        Assert.True(S("Aeronautical Radionavigation").IsKindOf(S("Radiodetermination")));
        Assert.True(S("Meteorological-Satellite").IsKindOf(S("Earth Exploration-Satellite")));
        Assert.False(S("Fixed-Satellite").IsKindOf(S("Fixed")));
        Assert.False(S("Amateur-Satellite").IsKindOf(S("Amateur")));
        Assert.True(S("Mobile").IsRelatedTo(S("Land Mobile")));
        Assert.False(S("Mobile").IsRelatedTo(S("Fixed")));
    }

    [Theory]
    [InlineData("Fixd", "Fixed")]
    [InlineData("Radio Astronmy", "Radio Astronomy")]
    [InlineData("Mobile Satelite", "Mobile-Satellite")]
    public void Unknown_names_suggest_the_nearest_known_name(string text, string suggestion)
    {
        var error = Assert.Throws<FormatException>(() => S(text));
        Assert.Contains($"did you mean '{suggestion}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IMT_is_explained_as_mobile()
    {
        var error = Assert.Throws<FormatException>(() => S("IMT"));
        Assert.Contains("MOBILE", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MOBILE except aeronautical mobile", true)]
    [InlineData("FIXED-SATELLITE (Earth-to-space)", true)]
    [InlineData("EARTH EXPLORATION-SATELLITE (passive)", true)]
    [InlineData("Mobile except aeronautical mobile", false)]
    [InlineData("Fixed-Satellite (Earth-to-space)", false)]
    [InlineData("Radiolocation", false)]
    public void Capitals_mark_the_name_of_a_primary_service(string text, bool capitals)
    {
        Assert.Equal(capitals, RadioService.IsWrittenInCapitals(text));
    }

    [Fact]
    public void Formats_primary_in_capitals_and_secondary_in_normal_case()
    {
        var service = S("Mobile except aeronautical mobile (R)");
        Assert.Equal("MOBILE except aeronautical mobile (R)", service.Format(AllocationStatus.Primary));
        Assert.Equal("Mobile except aeronautical mobile (R)", service.Format(AllocationStatus.Secondary));
        Assert.Equal("FIXED-SATELLITE (Earth-to-space)", S("Fixed-Satellite (Earth-to-space)").Format(AllocationStatus.Primary));
    }

    [Fact]
    public void Services_that_read_the_same_are_equal()
    {
        Assert.Equal(S("FIXED-SATELLITE  (Earth-to-space)"), S("fixed-satellite (earth-to-space)"));
        Assert.NotEqual(S("Fixed-Satellite (Earth-to-space)"), S("Fixed-Satellite (space-to-Earth)"));
    }

    [Fact]
    public void Unbalanced_parentheses_are_refused()
    {
        Assert.False(RadioService.TryParse("Fixed (passive", out _, out var error));
        Assert.Contains("parentheses", error, StringComparison.Ordinal);
    }
}
