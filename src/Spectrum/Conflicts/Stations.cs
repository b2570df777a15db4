namespace Spectrum.Conflicts;

/// <summary>Where a service's stations are: on or near the ground (terrestrial stations, earth stations), in space, or both.</summary>
[Flags]
public enum Side
{
    None = 0,
    Ground = 1,
    Space = 2,
}

/// <summary>
/// Where a service's stations transmit and receive, from its name as the Table writes it. Passive services (EESS
/// (passive), SRS (passive)) and radio astronomy only receive. A space service's direction decides which stations are
/// on the ground: Earth-to-space puts transmitting earth stations there and receivers in space, space-to-Earth the
/// reverse, space-to-space and the inter-satellite service keep both in space; a space service written without a
/// direction has both. A cell that names both directions is read as two allocations by the readers, so each
/// allocation here has one direction. An active sensor (EESS (active)) transmits and receives on its satellite.
/// </summary>
public readonly record struct Stations(Side Transmit, Side Receive)
{
    public static Stations Of(RadioService service)
    {
        if (service.Kind == ServiceKind.RadioAstronomy)
        {
            return new(Side.None, Side.Ground);
        }

        if (service.IsPassive)
        {
            return new(Side.None, Side.Space);
        }

        if (service.Kind == ServiceKind.InterSatellite)
        {
            return new(Side.Space, Side.Space);
        }

        if (!IsSpace(service.Kind))
        {
            return new(Side.Ground, Side.Ground);
        }

        return service.Direction switch
        {
            LinkDirection.EarthToSpace => new(Side.Ground, Side.Space),
            LinkDirection.SpaceToEarth => new(Side.Space, Side.Ground),
            LinkDirection.SpaceToSpace => new(Side.Space, Side.Space),
            _ when service.Sensing == Sensing.Active => new(Side.Space, Side.Space),
            _ => new(Side.Ground | Side.Space, Side.Ground | Side.Space),
        };
    }

    /// <summary>True when stations of <paramref name="from"/> transmit where stations of <paramref name="to"/> receive, on the ground or in space (either may reach the other side).</summary>
    public static bool CanInterfere(Stations from, Stations to) => from.Transmit != Side.None && to.Receive != Side.None;

    /// <summary>How an emission from <paramref name="from"/> reaches receivers of <paramref name="to"/>, in words.</summary>
    public static string Path(Stations from, Stations to) => (from.Transmit, to.Receive) switch
    {
        (Side.Ground, Side.Ground) => "terrestrial transmitters into receivers on the ground",
        (Side.Ground, Side.Space) => "transmitters on the ground into satellite receivers, in aggregate",
        (Side.Space, Side.Ground) => "satellite transmitters onto receivers on the ground",
        (Side.Space, Side.Space) => "between stations in space",
        _ => "between stations on the ground and in space",
    };

    private static bool IsSpace(ServiceKind kind) => kind is ServiceKind.FixedSatellite or ServiceKind.BroadcastingSatellite
        or ServiceKind.EarthExplorationSatellite or ServiceKind.MeteorologicalSatellite or ServiceKind.SpaceResearch
        or ServiceKind.SpaceOperation or ServiceKind.AmateurSatellite or ServiceKind.StandardFrequencyAndTimeSignalSatellite
        || kind.IsKindOf(ServiceKind.MobileSatellite) || kind.IsKindOf(ServiceKind.RadiodeterminationSatellite);
}
