using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads the countries list (<c>data/areas/countries.csv</c>): columns <c>iso</c> (or <c>iso_a2</c>), <c>name</c>,
/// <c>itu_region</c> (<c>1</c>, <c>2</c>, <c>3</c> or empty), and optionally <c>cept</c> (<c>true</c> or empty),
/// <c>source</c> and <c>confidence</c>. A code may appear on more than one row (Natural Earth has AU twice).
/// </summary>
public static class CountryListReader
{
    internal static readonly ColumnSpec Iso = new("iso", true, "iso_a2");
    internal static readonly ColumnSpec Name = new("name", true);
    internal static readonly ColumnSpec ItuRegion = new("itu_region", true, "region");
    internal static readonly ColumnSpec Cept = new("cept", false);

    internal static readonly ColumnSpec[] Columns = [Iso, Name, ItuRegion, Cept, Cells.Source, Cells.Confidence];

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<CountryListing> Read(string path) => Import(path).ValuesOrThrow();

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<CountryListing> Read(Stream stream, string fileName) => Import(stream, fileName).ValuesOrThrow();

    public static ImportResult<CountryListing> Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        return Import(stream, path);
    }

    public static ImportResult<CountryListing> Import(Stream stream, string fileName)
    {
        var errors = new ErrorList(fileName, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal static ImportResult<CountryListing> Import(DelimitedFile file)
    {
        var errors = file.Errors;
        var map = file.Header.Count == 0 ? null : ColumnMap.Map(file.Header, Columns, errors);
        var countries = new List<CountryListing>();
        if (map is not null)
        {
            foreach (var row in file.Rows())
            {
                var country = ReadRow(row, map, errors);
                if (country is not null && !errors.Any)
                {
                    countries.Add(country);
                }
            }
        }

        return new ImportResult<CountryListing>(file.FileName, DataFileKind.CountryList, file.RowCount, countries, errors.Kept, errors.Total);
    }

    private static CountryListing? ReadRow(Row row, ColumnMap map, ErrorList errors)
    {
        var ok = true;
        var isoText = row[map[Iso]];
        AreaCode iso = default;
        if (!AreaCode.TryParse(isoText, out iso) || iso.Kind != AreaKind.Country)
        {
            errors.Add(row.Line, map[Iso], isoText.Length == 0 ? "empty" : $"'{isoText}' is not an ISO 3166 alpha-2 code",
                "two letters, such as NL");
            ok = false;
        }

        var name = row[map[Name]];
        if (name.Length == 0)
        {
            errors.Add(row.Line, map[Name], "empty", "the country's name");
            ok = false;
        }

        var regionText = row[map[ItuRegion]];
        AreaCode? region = null;
        if (regionText.Length > 0)
        {
            if (regionText is "1" or "2" or "3")
            {
                region = AreaCode.Region(regionText[0] - '0');
            }
            else if (AreaCode.TryParse(regionText, out var code) && code.Kind == AreaKind.Region)
            {
                region = code;
            }
            else
            {
                errors.Add(row.Line, map[ItuRegion], $"'{regionText}' is not an ITU Region",
                    "1, 2 or 3, or empty where the region is to be derived from the geometry");
                ok = false;
            }
        }

        var ceptText = row[map[Cept]];
        var cept = false;
        switch (ceptText.ToLowerInvariant())
        {
            case "" or "false" or "no": break;
            case "true" or "yes": cept = true; break;
            default:
                errors.Add(row.Line, map[Cept], $"'{ceptText}' is not true or false", "true, or empty");
                ok = false;
                break;
        }

        var provenance = Cells.ReadProvenance(row, map, errors);
        return ok && provenance is not null ? new CountryListing(iso, name, region, cept, provenance) : null;
    }
}
