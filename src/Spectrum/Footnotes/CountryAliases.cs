namespace Spectrum.Footnotes;

/// <summary>
/// A way the Radio Regulations write a country, a group of countries or a Region that the country list
/// (<c>data/areas/countries.csv</c>, Natural Earth short names) does not spell the same way, with the areas it names.
/// </summary>
public sealed record CountryAlias(string Name, IReadOnlyList<AreaCode> Areas, string Why, Confidence Confidence);

/// <summary>
/// The names of the RR 2012 Article 5 footnotes resolved to ISO 3166-1 alpha-2 codes (or ITU Regions). The RR writes
/// the ITU's official short forms, often older than the country list's names; each row says why it names what it
/// names. Rows marked medium are readings of a group the RR names without listing its members.
/// </summary>
public static class CountryAliases
{
    private const string ShortForm = "ITU official short form used in RR 2012 Art. 5; ISO 3166-1 code of that country";
    private const string OldName = "former name used in RR 2012 Art. 5; ISO 3166-1 code of the same country";
    private const string Misspelt = "misspelt in the RR 2012 text as extracted; ISO 3166-1 code of the country meant";
    private const string Regions = "RR Nos. 5.3-5.9: the ITU Regions";

    public static IReadOnlyList<CountryAlias> All { get; } =
    [
        Row("Russian Federation", ["RU"], ShortForm),
        Row("Syrian Arab Republic", ["SY"], ShortForm),
        Row("Dem. Rep. of the Congo", ["CD"], ShortForm),
        Row("Congo (Rep. of the)", ["CG"], ShortForm),
        Row("Korea (Rep. of)", ["KR"], ShortForm),
        Row("Dem. People's Rep. of Korea", ["KP"], ShortForm),
        Row("Iran (Islamic Republic of)", ["IR"], ShortForm),
        Row("Viet Nam", ["VN"], ShortForm),
        Row("Lao P.D.R.", ["LA"], ShortForm),
        Row("Brunei Darussalam", ["BN"], ShortForm),
        Row("Czech Rep.", ["CZ"], ShortForm),
        Row("Czech Republic", ["CZ"], ShortForm),
        Row("United States", ["US"], ShortForm),
        Row("Bosnia and Herzegovina", ["BA"], ShortForm),
        Row("Antigua and Barbuda", ["AG"], ShortForm),
        Row("Saint Kitts and Nevis", ["KN"], ShortForm),
        Row("Saint Vincent and the Grenadines", ["VC"], ShortForm),
        Row("Equatorial Guinea", ["GQ"], ShortForm),
        Row("South Sudan", ["SS"], ShortForm),
        Row("Türkiye", ["TR"], ShortForm),
        Row("North Macedonia", ["MK"], ShortForm),
        Row("The Former Yugoslav Republic of Macedonia", ["MK"], OldName),
        Row("The Former Yugoslav Rep. of Macedonia", ["MK"], OldName),
        Row("Libyan Arab Jamahiriya", ["LY"], OldName),
        Row("Swaziland", ["SZ"], OldName),
        Row("Cape Verde", ["CV"], OldName),
        Row("Kyrgystan", ["KG"], Misspelt),
        Row("Diego Garcia", ["IO"], "RR 2012 names the island; ISO 3166-1 codes it within the British Indian Ocean Territory", Confidence.Medium),
        Row("French Overseas Departments and Communities in Region 1", ["RE", "YT"],
            "French overseas departments in Region 1: Réunion and Mayotte (ISO 3166-1 RE, YT); not in the country list", Confidence.Medium),
        Row("French Overseas Departments in Region 2", ["GF", "GP", "MQ"],
            "French overseas departments in Region 2: French Guiana, Guadeloupe, Martinique (ISO 3166-1 GF, GP, MQ); not in the country list", Confidence.Medium),
        Row("French overseas communities of Region 3", ["NC", "PF", "WF"],
            "French overseas communities in Region 3: New Caledonia, French Polynesia, Wallis and Futuna (ISO 3166-1 NC, PF, WF)", Confidence.Medium),
        Row("the countries of Region 1", ["R1"], Regions),
        Row("Region 1", ["R1"], Regions),
        Row("Region 2", ["R2"], Regions),
        Row("Region 3", ["R3"], Regions),
        Row("Regions 1 and 3", ["R1", "R3"], Regions),
        Row("Regions 2 and 3", ["R2", "R3"], Regions),
        Row("Region 2 and 3", ["R2", "R3"], Regions),
        Row("all three Regions", ["R1", "R2", "R3"], Regions),
        Row("all Regions", ["R1", "R2", "R3"], Regions),
    ];

    /// <summary>Areas the RR names that are not lists of countries: a text naming one is not read.</summary>
    public static IReadOnlyList<(string Name, string Why)> NotCountries { get; } =
    [
        ("African Broadcasting Area", "an area RR Nos. 5.10-5.13 define by parallels and meridians"),
        ("European Broadcasting Area", "an area RR No. 5.14 defines by parallels and meridians"),
        ("Black Sea areas", "part of a country's territory"),
        ("Baltic Sea area", "part of a sea, not a list of countries"),
        ("countries bordering the Mediterranean", "a description, not a list of countries"),
    ];

    private static CountryAlias Row(string name, string[] codes, string why, Confidence confidence = Confidence.High) =>
        new(name, codes.Select(AreaCode.Parse).ToArray(), why, confidence);
}
