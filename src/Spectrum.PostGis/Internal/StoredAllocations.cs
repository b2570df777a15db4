using Npgsql;

namespace Spectrum.PostGis.Internal;

/// <summary>
/// Reads allocations and band footnotes back from a query's row, in one column order that every query selecting them
/// writes out: for an allocation <c>lower(range), upper(range), service, status, footnotes, source, confidence,
/// marks::text</c>; for band footnotes <c>lower(range), upper(range), footnotes, source, marks::text</c>.
/// </summary>
internal static class StoredAllocations
{
    /// <summary>The allocation in the eight columns from <paramref name="first"/>.</summary>
    public static Allocation Read(NpgsqlDataReader reader, int first) =>
        new(
            FrequencyRange.FromHz(reader.GetInt64(first), reader.GetInt64(first + 1)),
            RadioService.Parse(reader.GetString(first + 2)),
            Terms.StatusOf(reader.GetString(first + 3)),
            Terms.FootnotesOf(reader.GetFieldValue<string[]>(first + 4)),
            new Provenance(reader.GetString(first + 5), Terms.ConfidenceOf(reader.GetString(first + 6))))
        {
            Marks = Terms.MarksOf(reader.GetString(first + 7)),
        };

    /// <summary>The band footnotes in the five columns from <paramref name="first"/>.</summary>
    public static BandFootnotes ReadBand(NpgsqlDataReader reader, int first) =>
        new(
            FrequencyRange.FromHz(reader.GetInt64(first), reader.GetInt64(first + 1)),
            Terms.FootnotesOf(reader.GetFieldValue<string[]>(first + 2)),
            new Provenance(reader.GetString(first + 3), Confidence.High))
        {
            Marks = Terms.MarksOf(reader.GetString(first + 4)),
        };
}
