namespace Spectrum.Conference;

/// <summary>What an amendment does to a Region table (data/README.md, "Applying an amendment").</summary>
public enum AmendmentAction
{
    AddAllocation,
    RemoveAllocation,
    ChangeStatus,
    AddFootnote,
    RemoveFootnote,
    Identify,
}

/// <summary>What a band is identified for, in the mobile service.</summary>
public enum Identification
{
    /// <summary>International Mobile Telecommunications (5G and earlier).</summary>
    Imt,

    /// <summary>High-altitude platform stations.</summary>
    Haps,

    /// <summary>High-altitude platform stations as IMT base stations.</summary>
    Hibs,
}

/// <summary>
/// Where a change applies: the Region tables it acts on, and whether it holds only in countries listed in its
/// footnote (<c>R1-listed</c>; <see cref="Countries"/> names them where the source does, else it is empty).
/// </summary>
public sealed record ChangeArea(IReadOnlyList<AreaCode> Regions, bool ListedCountriesOnly, IReadOnlyList<AreaCode> Countries)
{
    public static ChangeArea Region(int number) => new([AreaCode.Region(number)], false, []);

    /// <summary>
    /// The area back from its written form (<see cref="ToString"/>) and its Regions: a list of ISO codes names its
    /// countries; <c>R1</c>, <c>R1 R2</c> or <c>R1-listed</c> names none.
    /// </summary>
    public static ChangeArea FromWritten(string written, IReadOnlyList<AreaCode> regions, bool listedCountriesOnly)
    {
        var codes = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var countries = codes.All(c => c.Length == 2 && char.IsAsciiLetterUpper(c[0]) && char.IsAsciiLetterUpper(c[1]))
            ? codes.Select(AreaCode.Parse).ToArray()
            : [];
        return new ChangeArea(regions, listedCountriesOnly, countries);
    }

    /// <summary><c>R1-listed</c>: by a footnote of Region <paramref name="number"/> in countries it lists, not named here.</summary>
    public static ChangeArea Listed(int number) => new([AreaCode.Region(number)], true, []);

    /// <summary>As the data files write it: <c>R1</c>, <c>R2-listed</c>, or ISO codes <c>DE FR</c>.</summary>
    public override string ToString() =>
        Countries.Count > 0 ? string.Join(' ', Countries)
        : ListedCountriesOnly ? $"{Regions[0]}-listed"
        : string.Join(' ', Regions);
}

/// <summary>
/// One change a conference made (or is asked to make) to the Table: one row of an amendment file. Empty
/// <see cref="Service"/> on a footnote or identification row means the whole band; an empty <see cref="Footnote"/>
/// means the source gives no footnote number. <see cref="File"/> and <see cref="Line"/> say where it was read.
/// </summary>
public sealed record Amendment(
    string Conference,
    string? AgendaItem,
    ChangeArea Area,
    FrequencyRange Range,
    RadioService? Service,
    AmendmentAction Action,
    AllocationStatus? Status,
    FootnoteId? Footnote,
    Identification? Identifies,
    Provenance Provenance,
    string File,
    int Line);

/// <summary>
/// A mark an amendment leaves on an allocation or a band: an identification (IMT, HAPS, HIBS), a footnote whose
/// number the source does not give, or (on a band) an allocation made or changed only in the countries a footnote
/// lists (<see cref="ListedAllocation"/>). <see cref="ListedCountriesOnly"/> when it holds only in countries its
/// footnote lists.
/// </summary>
public sealed record ChangeMark(
    string Conference,
    string? AgendaItem,
    Identification? Identifies,
    FootnoteId? Footnote,
    bool ListedCountriesOnly,
    Provenance Provenance)
{
    /// <summary>
    /// The allocation added, removed or changed in listed countries, which the Region table's service rows do not
    /// show (data/README.md, "<c>area</c>"); null for an identification or a footnote without number.
    /// </summary>
    public ListedAllocationChange? ListedAllocation { get; init; }
}

/// <summary>
/// An allocation a footnote adds, removes or changes in the countries it lists: <see cref="Status"/> is the new status
/// (add-allocation, change-status), null for a removal.
/// </summary>
public sealed record ListedAllocationChange(AmendmentAction Action, RadioService Service, AllocationStatus? Status);

/// <summary>
/// A named edition: a base (an earlier edition, or files read as they are) and amendment files applied in order.
/// </summary>
public sealed record EditionDefinition(
    string Name,
    string? BaseEdition,
    IReadOnlyList<string> BaseFiles,
    IReadOnlyList<string> AmendmentFiles,
    string Description,
    Provenance Provenance)
{
    /// <summary>The agenda item whose proposed table this is (<see cref="ProposedTables"/>); null for an edition of the RR.</summary>
    public string? ProposalFor { get; init; }

    /// <summary>
    /// Once the edition is built, what it is built from and how many changes of which conferences it holds
    /// (<see cref="Edition.Lineage"/>); null before.
    /// </summary>
    public string? Lineage { get; init; }
}
