namespace Spectrum;

/// <summary>
/// What a band is used for in an administration, beside what it is allocated to: MFCN, PMSE, RLAN, radars, inductive
/// applications… as a national table (or the European Common Allocation) lists them, with the ECC/ERC harmonisation
/// measure and the standard where the table gives them. An application is not an allocation: it names no service of
/// RR Article 1 and has no status. It may sit at a single frequency (NAVTEX on 518 kHz), where
/// <see cref="Lower"/> equals <see cref="Upper"/>.
/// </summary>
public sealed record BandApplication
{
    public BandApplication(
        Frequency lower,
        Frequency upper,
        string name,
        Provenance provenance,
        string? measure = null,
        string? standard = null,
        string? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"the upper edge is below the lower edge {lower}");
        }

        Lower = lower;
        Upper = upper;
        Name = name.Trim();
        Provenance = provenance;
        Measure = Blank(measure);
        Standard = Blank(standard);
        Notes = Blank(notes);
    }

    public Frequency Lower { get; }

    public Frequency Upper { get; }

    /// <summary>The application as the table names it: <c>MFCN</c>, <c>Radio microphones and ALD</c>.</summary>
    public string Name { get; }

    /// <summary>The harmonisation measure, e.g. <c>ERC/REC 70-03</c> or <c>(EU) 2019/235</c>; null when none is given.</summary>
    public string? Measure { get; }

    /// <summary>The standard, e.g. <c>EN 300 220</c>; null when none is given.</summary>
    public string? Standard { get; }

    public string? Notes { get; }

    public Provenance Provenance { get; }

    public bool IsSingleFrequency => Lower == Upper;

    /// <summary>The band, or null for an application at a single frequency.</summary>
    public FrequencyRange? Range => IsSingleFrequency ? null : new FrequencyRange(Lower, Upper);

    /// <summary>True when the application uses part of <paramref name="range"/> (a single frequency: when the range holds it).</summary>
    public bool Overlaps(FrequencyRange range) =>
        IsSingleFrequency ? range.Contains(Lower) : Lower < range.Upper && range.Lower < Upper;

    public override string ToString() =>
        IsSingleFrequency ? $"{Lower} {Name}" : $"{new FrequencyRange(Lower, Upper)} {Name}";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// The application layer of one table: what the administration of <see cref="Area"/> uses its bands for, read from
/// the same file as the table <see cref="Table"/> (<see cref="AllocationTable.Name"/>) of <see cref="Edition"/>.
/// Applications are kept in frequency order.
/// </summary>
public sealed class TableApplications
{
    public TableApplications(string table, string edition, AreaCode area, IEnumerable<BandApplication> applications)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        Table = table;
        Edition = edition;
        Area = area;
        Applications = applications.OrderBy(a => a.Lower).ThenBy(a => a.Upper).ToArray();
    }

    public string Table { get; }

    public string Edition { get; }

    public AreaCode Area { get; }

    public IReadOnlyList<BandApplication> Applications { get; }

    /// <summary>Every application that uses part of <paramref name="range"/>.</summary>
    public IEnumerable<BandApplication> ApplicationsIn(FrequencyRange range) => Applications.Where(a => a.Overlaps(range));

    public override string ToString() => $"{Table} ({Edition}, {Area}): {Applications.Count} applications";
}
