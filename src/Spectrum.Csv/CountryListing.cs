namespace Spectrum.Csv;

/// <summary>
/// One row of the countries list: a country by its ISO 3166 alpha-2 code, its name, and its ITU Region where the list
/// states it (null where the region is left to be derived from the country's geometry). <see cref="MarkedCept"/> is
/// true where the list marks the country a CEPT member; false means only "not marked".
/// </summary>
public sealed record CountryListing(AreaCode Country, string Name, AreaCode? Region, bool MarkedCept, Provenance Provenance);
