namespace Spectrum;

/// <summary>The radiocommunication services of RR Article 1, without qualifiers.</summary>
public enum ServiceKind
{
    Fixed,
    FixedSatellite,
    Mobile,
    LandMobile,
    MaritimeMobile,
    AeronauticalMobile,
    MobileSatellite,
    LandMobileSatellite,
    MaritimeMobileSatellite,
    AeronauticalMobileSatellite,
    Broadcasting,
    BroadcastingSatellite,
    Radiodetermination,
    RadiodeterminationSatellite,
    Radionavigation,
    RadionavigationSatellite,
    AeronauticalRadionavigation,
    MaritimeRadionavigation,
    Radiolocation,
    RadiolocationSatellite,
    EarthExplorationSatellite,
    MeteorologicalSatellite,
    MeteorologicalAids,
    SpaceResearch,
    SpaceOperation,
    InterSatellite,
    RadioAstronomy,
    Amateur,
    AmateurSatellite,
    StandardFrequencyAndTimeSignal,
    StandardFrequencyAndTimeSignalSatellite,
}

/// <summary>Direction of transmission written after a space service: <c>(Earth-to-space)</c>.</summary>
public enum LinkDirection
{
    Unspecified,
    EarthToSpace,
    SpaceToEarth,
    SpaceToSpace,
}

/// <summary>Whether a sensing service is written <c>(active)</c> or <c>(passive)</c>.</summary>
public enum Sensing
{
    Unspecified,
    Active,
    Passive,
}

/// <summary>Aeronautical mobile on routes <c>(R)</c> or off routes <c>(OR)</c> (RR Nos. 1.33, 1.34).</summary>
public enum AeronauticalRoute
{
    Unspecified,
    Route,
    OffRoute,
}

/// <summary>Names, abbreviations and the "is a kind of" relation of the Article 1 services.</summary>
public static class ServiceKinds
{
    private static readonly (ServiceKind Kind, string Name, ServiceKind? Parent, string[] Abbreviations)[] Table =
    [
        (ServiceKind.Fixed, "Fixed", null, ["FS"]),
        (ServiceKind.FixedSatellite, "Fixed-Satellite", null, ["FSS"]),
        (ServiceKind.Mobile, "Mobile", null, ["MS"]),
        (ServiceKind.LandMobile, "Land Mobile", ServiceKind.Mobile, ["LMS"]),
        (ServiceKind.MaritimeMobile, "Maritime Mobile", ServiceKind.Mobile, ["MMS"]),
        (ServiceKind.AeronauticalMobile, "Aeronautical Mobile", ServiceKind.Mobile, ["AMS"]),
        (ServiceKind.MobileSatellite, "Mobile-Satellite", null, ["MSS"]),
        (ServiceKind.LandMobileSatellite, "Land Mobile-Satellite", ServiceKind.MobileSatellite, ["LMSS"]),
        (ServiceKind.MaritimeMobileSatellite, "Maritime Mobile-Satellite", ServiceKind.MobileSatellite, ["MMSS"]),
        (ServiceKind.AeronauticalMobileSatellite, "Aeronautical Mobile-Satellite", ServiceKind.MobileSatellite, ["AMSS"]),
        (ServiceKind.Broadcasting, "Broadcasting", null, ["BS"]),
        (ServiceKind.BroadcastingSatellite, "Broadcasting-Satellite", null, ["BSS"]),
        (ServiceKind.Radiodetermination, "Radiodetermination", null, ["RDS"]),
        (ServiceKind.RadiodeterminationSatellite, "Radiodetermination-Satellite", null, ["RDSS"]),
        (ServiceKind.Radionavigation, "Radionavigation", ServiceKind.Radiodetermination, ["RNS"]),
        (ServiceKind.RadionavigationSatellite, "Radionavigation-Satellite", ServiceKind.RadiodeterminationSatellite, ["RNSS"]),
        (ServiceKind.AeronauticalRadionavigation, "Aeronautical Radionavigation", ServiceKind.Radionavigation, ["ARNS"]),
        (ServiceKind.MaritimeRadionavigation, "Maritime Radionavigation", ServiceKind.Radionavigation, ["MRNS"]),
        (ServiceKind.Radiolocation, "Radiolocation", ServiceKind.Radiodetermination, ["RLS"]),
        (ServiceKind.RadiolocationSatellite, "Radiolocation-Satellite", ServiceKind.RadiodeterminationSatellite, ["RLSS"]),
        (ServiceKind.EarthExplorationSatellite, "Earth Exploration-Satellite", null, ["EESS"]),
        // RR No. 1.52: the meteorological-satellite service is an EESS for meteorological purposes.
        (ServiceKind.MeteorologicalSatellite, "Meteorological-Satellite", ServiceKind.EarthExplorationSatellite, ["MetSat"]),
        (ServiceKind.MeteorologicalAids, "Meteorological Aids", null, ["MetAids"]),
        (ServiceKind.SpaceResearch, "Space Research", null, ["SRS"]),
        (ServiceKind.SpaceOperation, "Space Operation", null, ["SOS"]),
        (ServiceKind.InterSatellite, "Inter-Satellite", null, ["ISS"]),
        (ServiceKind.RadioAstronomy, "Radio Astronomy", null, ["RAS"]),
        (ServiceKind.Amateur, "Amateur", null, []),
        (ServiceKind.AmateurSatellite, "Amateur-Satellite", null, []),
        (ServiceKind.StandardFrequencyAndTimeSignal, "Standard Frequency and Time Signal", null, ["SFTS"]),
        (ServiceKind.StandardFrequencyAndTimeSignalSatellite, "Standard Frequency and Time Signal-Satellite", null, ["SFTSS"]),
    ];

    private static readonly Dictionary<string, ServiceKind> ByKey = BuildKeys();

    /// <summary>Every service name as the RR writes it in Normal case.</summary>
    public static IEnumerable<string> Names => Table.Select(row => row.Name);

    public static string NameOf(ServiceKind kind) => Row(kind).Name;

    public static string AbbreviationOf(ServiceKind kind) =>
        Row(kind).Abbreviations is [var first, ..] ? first : Row(kind).Name;

    public static ServiceKind? ParentOf(ServiceKind kind) => Row(kind).Parent;

    /// <summary>True when <paramref name="kind"/> is <paramref name="general"/> or one of its kinds (Land Mobile is Mobile).</summary>
    public static bool IsKindOf(this ServiceKind kind, ServiceKind general)
    {
        for (ServiceKind? k = kind; k is not null; k = ParentOf(k.Value))
        {
            if (k == general)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds a service by name or abbreviation; hyphens, spaces and letter case do not matter.</summary>
    public static bool TryFind(string name, out ServiceKind kind) => ByKey.TryGetValue(Key(name), out kind);

    /// <summary>The known name nearest to <paramref name="name"/>, for "did you mean" messages.</summary>
    public static string Nearest(string name)
    {
        var key = Key(name);
        return Table
            .Select(row => (row.Name, Distance: Levenshtein(key, Key(row.Name))))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .First().Name;
    }

    internal static string Key(string name)
    {
        var chars = name.Trim().ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', chars);
    }

    private static (ServiceKind Kind, string Name, ServiceKind? Parent, string[] Abbreviations) Row(ServiceKind kind) =>
        Table[(int)kind];

    private static Dictionary<string, ServiceKind> BuildKeys()
    {
        var keys = new Dictionary<string, ServiceKind>(StringComparer.Ordinal);
        for (var i = 0; i < Table.Length; i++)
        {
            if ((int)Table[i].Kind != i)
            {
                throw new InvalidOperationException($"service table out of order at {Table[i].Kind}");
            }

            keys.Add(Key(Table[i].Name), Table[i].Kind);
            foreach (var abbreviation in Table[i].Abbreviations)
            {
                keys.Add(Key(abbreviation), Table[i].Kind);
            }
        }

        return keys;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
