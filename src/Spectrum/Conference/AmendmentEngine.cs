namespace Spectrum.Conference;

/// <summary>
/// Makes a later edition of a table by applying amendments to it, with the semantics of data/README.md ("Applying an
/// amendment"): amendments apply in order, each only to a table whose area is one of the Regions it names; the bands
/// are split at the amendment's edges, both parts keeping all their rows, so nothing outside its range changes; parts
/// are never merged back. A change that cannot be made (a range that crosses no band, removing an allocation or
/// footnote that is not there, adding one that is, changing a status to the status it has) is an
/// <see cref="ImportError"/> with the amendment's file and line; every such error is collected, and then all are
/// thrown together as one <see cref="ImportException"/>.
/// </summary>
public static class AmendmentEngine
{
    /// <summary>
    /// The table after <paramref name="amendments"/>, in their order, under the edition <paramref name="editionName"/>
    /// (its name and area kept). Amendments for other Regions pass it by. The input table is not changed.
    /// </summary>
    /// <exception cref="ImportException">Every amendment that could not be applied, with its file and line.</exception>
    public static AllocationTable Apply(AllocationTable table, IEnumerable<Amendment> amendments, string editionName)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(amendments);
        ArgumentException.ThrowIfNullOrWhiteSpace(editionName);

        AmendedTable[] work = [new AmendedTable(table)];
        var errors = new List<ImportError>();
        foreach (var amendment in amendments)
        {
            ApplyToAll(work, amendment, errors);
        }

        if (errors.Count > 0)
        {
            throw new ImportException(errors);
        }

        return work[0].ToTable(editionName);
    }

    /// <summary>Applies one amendment to each of <paramref name="tables"/> whose area is one of its Regions.</summary>
    internal static void ApplyToAll(IReadOnlyList<AmendedTable> tables, Amendment amendment, List<ImportError> errors)
    {
        if (amendment.Area.Regions.Count == 0)
        {
            // Country codes read without a countries list: the tables the row acts on are not known.
            errors.Add(new ImportError(amendment.File, amendment.Line, 0,
                $"the ITU Regions of the countries {amendment.Area} are not known, so the tables it acts on are not either",
                "an area R1, R2, R3 or Rn-listed, or country codes read together with a countries list that gives their Regions"));
            return;
        }

        foreach (var table in tables)
        {
            if (amendment.Area.Regions.Contains(table.Area))
            {
                table.Apply(amendment, errors);
            }
        }
    }
}

/// <summary>
/// A table being amended: its bands (the distinct ranges of its rows), each with its band-footnote rows and its
/// allocations in table order. Rows are immutable records; a change replaces a row.
/// </summary>
internal sealed class AmendedTable
{
    private List<Band> _bands;

    public AmendedTable(AllocationTable table)
    {
        Name = table.Name;
        Area = table.Area;
        var byRange = new Dictionary<FrequencyRange, Band>();
        foreach (var allocation in table.Allocations)
        {
            BandAt(byRange, allocation.Range).Allocations.Add(allocation);
        }

        foreach (var footnotes in table.BandFootnotes)
        {
            BandAt(byRange, footnotes.Range).FootnoteRows.Add(footnotes);
        }

        _bands = [.. byRange.Values.OrderBy(b => b.Range)];
    }

    public string Name { get; }

    public AreaCode Area { get; }

    public AllocationTable ToTable(string edition) =>
        new(Name, edition, Area, _bands.SelectMany(b => b.Allocations), _bands.SelectMany(b => b.FootnoteRows));

    public void Apply(Amendment amendment, List<ImportError> errors)
    {
        var range = amendment.Range;
        if (!_bands.Any(b => b.Range.Overlaps(range)))
        {
            errors.Add(new ImportError(amendment.File, amendment.Line, 0,
                $"{Area} {range} crosses no band of the table {Name}",
                "a range that shares at least one hertz with a band of the table"));
            return;
        }

        Split(range.Lower);
        Split(range.Upper);
        foreach (var band in _bands)
        {
            // Parts of the range where the table has no band (gaps of the source) are skipped: no band lies there.
            if (band.Range.Lower >= range.Lower && band.Range.Upper <= range.Upper)
            {
                new Change(this, band, amendment, errors).Make();
            }
        }
    }

    private static Band BandAt(Dictionary<FrequencyRange, Band> bands, FrequencyRange range)
    {
        if (!bands.TryGetValue(range, out var band))
        {
            band = new Band(range);
            bands.Add(range, band);
        }

        return band;
    }

    // Every band that holds `at` strictly inside becomes two, each with a copy of all the band's rows.
    private void Split(Frequency at)
    {
        if (!_bands.Any(b => b.Range.Lower < at && at < b.Range.Upper))
        {
            return;
        }

        var split = new List<Band>(_bands.Count + 1);
        foreach (var band in _bands)
        {
            if (band.Range.Lower < at && at < band.Range.Upper)
            {
                split.Add(band.Part(new FrequencyRange(band.Range.Lower, at)));
                split.Add(band.Part(new FrequencyRange(at, band.Range.Upper)));
            }
            else
            {
                split.Add(band);
            }
        }

        _bands = [.. split.OrderBy(b => b.Range)];
    }

    private sealed class Band(FrequencyRange range)
    {
        public FrequencyRange Range { get; } = range;

        public List<BandFootnotes> FootnoteRows { get; } = [];

        public List<Allocation> Allocations { get; } = [];

        public int IndexOf(RadioService service) => Allocations.FindIndex(a => a.Service == service);

        public Band Part(FrequencyRange part)
        {
            var band = new Band(part);
            band.FootnoteRows.AddRange(FootnoteRows.Select(f => f with { Range = part }));
            band.Allocations.AddRange(Allocations.Select(a => a with { Range = part }));
            return band;
        }

        /// <summary>What a change to an existing allocation expects: one of the band's services, as the Table writes them.</summary>
        public string ServiceItHas() =>
            Allocations.Count == 0
                ? "a service the band has (it has none)"
                : $"a service the band has: {string.Join(", ", Allocations.Select(a => a.Service.Format(a.Status)))}";
    }

    /// <summary>One amendment applied to one band.</summary>
    private readonly struct Change(AmendedTable table, Band band, Amendment amendment, List<ImportError> errors)
    {
        private RadioService? Service => amendment.Service;

        private FootnoteId? Footnote => amendment.Footnote;

        public void Make()
        {
            if (amendment.Action is AmendmentAction.AddAllocation or AmendmentAction.RemoveAllocation or AmendmentAction.ChangeStatus)
            {
                if (Service is null)
                {
                    Fail($"{Verb} needs a service", "the service the change is on");
                }
                else if (amendment.Area.ListedCountriesOnly)
                {
                    ChangeInListedCountries(Service);
                }
                else
                {
                    ChangeAllocation(Service);
                }
            }
            else
            {
                ChangeFootnotes();
            }
        }

        private string Verb => Terms.Of(amendment.Action);

        private void ChangeAllocation(RadioService service)
        {
            var index = band.IndexOf(service);
            switch (amendment.Action)
            {
                case AmendmentAction.AddAllocation when index >= 0:
                    var existing = band.Allocations[index];
                    Fail($"{service} is already allocated ({Lower(existing.Status)})",
                        "a service the band does not have yet (a new status for one it has is change-status)");
                    break;
                case AmendmentAction.AddAllocation when amendment.Status is null:
                    Fail("add-allocation needs a status", "primary or secondary");
                    break;
                case AmendmentAction.AddAllocation:
                    band.Allocations.Add(new Allocation(band.Range, service, amendment.Status.Value,
                        Footnote is { } id ? [id] : [], amendment.Provenance));
                    break;
                case AmendmentAction.RemoveAllocation when index < 0:
                    Fail($"cannot remove {service}: the band does not have it", band.ServiceItHas());
                    break;
                case AmendmentAction.RemoveAllocation:
                    band.Allocations.RemoveAt(index);
                    break;
                case AmendmentAction.ChangeStatus when index < 0:
                    Fail($"cannot change the status of {service}: the band does not have it", band.ServiceItHas());
                    break;
                case AmendmentAction.ChangeStatus when amendment.Status is null:
                    Fail("change-status needs a status", "primary or secondary");
                    break;
                case AmendmentAction.ChangeStatus:
                    var allocation = band.Allocations[index];
                    if (allocation.Status == amendment.Status)
                    {
                        Fail($"{service} is already {Lower(allocation.Status)}", "a status other than the one the allocation has");
                        break;
                    }

                    band.Allocations[index] = allocation with
                    {
                        Status = amendment.Status.Value,
                        Footnotes = Footnote is { } added && !allocation.Footnotes.Contains(added)
                            ? [.. allocation.Footnotes, added]
                            : allocation.Footnotes,
                        Provenance = Touched(allocation.Provenance),
                    };
                    break;
            }
        }

        // A footnote makes or changes the allocation in the countries it lists: the Region table's service rows stay as
        // they are, the footnote (if numbered) joins the band footnotes, and a mark on the band records the change.
        private void ChangeInListedCountries(RadioService service)
        {
            var index = band.IndexOf(service);
            if (amendment.Action == AmendmentAction.AddAllocation && index >= 0)
            {
                Fail($"{service} is already allocated ({Lower(band.Allocations[index].Status)}) in the Region table",
                    "a service the Region table does not have (a different status in listed countries is change-status)");
                return;
            }

            if (amendment.Action != AmendmentAction.AddAllocation && index < 0)
            {
                Fail($"cannot {(amendment.Action == AmendmentAction.RemoveAllocation ? "remove" : "change the status of")} {service} in listed countries: the Region table does not have it",
                    band.ServiceItHas());
                return;
            }

            if (amendment.Action != AmendmentAction.RemoveAllocation && amendment.Status is null)
            {
                Fail($"{Verb} needs a status", "primary or secondary");
                return;
            }

            var row = BandRow();
            var footnotes = Footnote is { } id && !row.Footnotes.Contains(id) ? [.. row.Footnotes, id] : row.Footnotes;
            var mark = Mark(null) with
            {
                ListedAllocation = new ListedAllocationChange(amendment.Action, service,
                    amendment.Action == AmendmentAction.RemoveAllocation ? null : amendment.Status),
            };
            SetBandRow(row with { Footnotes = footnotes, Marks = [.. row.Marks, mark], Provenance = Touched(row.Provenance) });
        }

        private void ChangeFootnotes()
        {
            if (amendment.Action == AmendmentAction.Identify && amendment.Identifies is null)
            {
                Fail("identify needs what is identified", "IMT, HAPS or HIBS");
                return;
            }

            if (amendment.Action == AmendmentAction.RemoveFootnote && Footnote is null)
            {
                Fail("remove-footnote needs the footnote's id", "the id of a footnote the band or allocation has");
                return;
            }

            if (Service is null)
            {
                var row = BandRow();
                if (Updated(row.Footnotes, row.Marks, "the band") is (var footnotes, var marks))
                {
                    SetBandRow(row with { Footnotes = footnotes, Marks = marks, Provenance = Touched(row.Provenance) });
                }

                return;
            }

            var index = band.IndexOf(Service);
            if (index < 0)
            {
                Fail($"{Service} is not allocated in the band", band.ServiceItHas());
                return;
            }

            var allocation = band.Allocations[index];
            if (Updated(allocation.Footnotes, allocation.Marks, Service.Name) is (var newFootnotes, var newMarks))
            {
                band.Allocations[index] = allocation with
                {
                    Footnotes = newFootnotes,
                    Marks = newMarks,
                    Provenance = Touched(allocation.Provenance),
                };
            }
        }

        // The footnotes and marks of an allocation or band after the change, or null (with an error) when it cannot be made.
        private (IReadOnlyList<FootnoteId>, IReadOnlyList<ChangeMark>)? Updated(
            IReadOnlyList<FootnoteId> footnotes, IReadOnlyList<ChangeMark> marks, string holder)
        {
            if (amendment.Action == AmendmentAction.RemoveFootnote)
            {
                var id = Footnote!.Value;
                if (!footnotes.Contains(id))
                {
                    Fail($"cannot remove footnote {id}: {holder} does not have it",
                        footnotes.Count == 0 ? $"a footnote {holder} has (it has none)" : $"a footnote {holder} has: {string.Join(' ', footnotes)}");
                    return null;
                }

                // An identification made by the footnote goes with it.
                return ([.. footnotes.Where(f => f != id)], [.. marks.Where(m => m.Footnote != id)]);
            }

            if (Footnote is { } added)
            {
                if (footnotes.Contains(added))
                {
                    Fail($"{holder} already has footnote {added}", $"a footnote {holder} does not have yet");
                    return null;
                }

                footnotes = [.. footnotes, added];
            }

            // A numbered footnote is its own record; a mark is left by an identification or by a footnote without number.
            if (amendment.Action == AmendmentAction.Identify || Footnote is null)
            {
                marks = [.. marks, Mark(amendment.Action == AmendmentAction.Identify ? amendment.Identifies : null)];
            }

            return (footnotes, marks);
        }

        private ChangeMark Mark(Identification? identifies) =>
            new(amendment.Conference, amendment.AgendaItem, identifies, Footnote, amendment.Area.ListedCountriesOnly, amendment.Provenance);

        // The band's footnote row; a band without one gets one, created by this amendment.
        private BandFootnotes BandRow() =>
            band.FootnoteRows.Count > 0 ? band.FootnoteRows[0] : new BandFootnotes(band.Range, [], amendment.Provenance);

        private void SetBandRow(BandFootnotes row)
        {
            if (band.FootnoteRows.Count > 0)
            {
                band.FootnoteRows[0] = row;
            }
            else
            {
                band.FootnoteRows.Add(row);
            }
        }

        // A row the amendment changed takes its source and the lower of the two confidences.
        private Provenance Touched(Provenance own) =>
            new(amendment.Provenance.Source, Lowest(own.Confidence, amendment.Provenance.Confidence));

        private static Confidence Lowest(Confidence a, Confidence b) =>
            a == Confidence.Low || b == Confidence.Low ? Confidence.Low
            : a == Confidence.Medium || b == Confidence.Medium ? Confidence.Medium
            : Confidence.High;

        private static string Lower(AllocationStatus status) => status == AllocationStatus.Primary ? "primary" : "secondary";

        private void Fail(string problem, string expected) =>
            errors.Add(new ImportError(amendment.File, amendment.Line, 0, $"{table.Area} {band.Range}: {problem}", expected));
    }
}
