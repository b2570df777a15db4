using System.Globalization;
using System.Text.RegularExpressions;
using Spectrum.Conference;
using Spectrum.Conflicts;

namespace Spectrum.Charts;

/// <summary>Builds band charts (plain data) from allocation tables and agenda bands; nothing here draws.</summary>
public static partial class BandChartBuilder
{
    private const double MarkLabelGap = 8;
    private const string ImtLegend = "IMT / HIBS extension band (agenda item)";
    private const string EarthObservationLegend = "Earth-observation protection (RR 5.340, EESS passive, agenda item)";
    private const string AgendaItemLegend = "Agenda item band of another kind (FSS/ESIM, ISS, amateur, RNSS…)";
    private const string SecondaryLegend = "Hatched: secondary allocation (name in lower case; primary in CAPITALS)";
    private const string ApplicationLegend = "application (national table)";

    /// <summary>The decades of the overview: the ITU band numbers 4-11 (RR No. 2.1), from 9 kHz to 275 GHz.</summary>
    public static IReadOnlyList<FrequencyRange> OverviewStrips { get; } =
    [
        FrequencyRange.Parse("9-30 kHz"),
        FrequencyRange.Parse("30-300 kHz"),
        FrequencyRange.Parse("300-3000 kHz"),
        FrequencyRange.Parse("3-30 MHz"),
        FrequencyRange.Parse("30-300 MHz"),
        FrequencyRange.Parse("300-3000 MHz"),
        FrequencyRange.Parse("3-30 GHz"),
        FrequencyRange.Parse("30-275 GHz"),
    ];

    /// <summary>
    /// A chart of <paramref name="range"/>: one row per table, in the order given; highlights from the agenda bands
    /// (IMT and Earth observation), from IMT/HIBS identification marks, from RR No. 5.340 and from EESS (passive).
    /// </summary>
    /// <param name="applications">
    /// Applications by table name (<see cref="AllocationTable.Name"/>): a table with applications shown on the chart
    /// gets a row of them, named "<c>{table} · applications</c>", directly under its own; null or a table left out
    /// draws no such row.
    /// </param>
    public static BandChart Build(
        FrequencyRange range,
        IReadOnlyList<AllocationTable> rows,
        IReadOnlyList<AgendaBand> highlights,
        ChartOptions options,
        IReadOnlyDictionary<string, IReadOnlyList<BandApplication>>? applications = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(highlights);
        ArgumentNullException.ThrowIfNull(options);
        return Build(range, null, rows, highlights, applications, options, options.Title, legend: null);
    }

    /// <summary>
    /// The chart of an agenda item: its bands (<paramref name="itemBands"/>) with a fifth of their span on each side.
    /// Bands far apart (each cluster further from the next than the wider of the two spans) are drawn on a segmented
    /// axis, one segment per cluster with equal room, so that 17.7-20.2 GHz and 27.5-30 GHz are both readable.
    /// </summary>
    /// <param name="applications">Applications by table name, each table's in a row under its own, as for <see cref="Build"/>.</param>
    public static BandChart BuildAgendaItem(
        IReadOnlyList<AgendaBand> itemBands,
        IReadOnlyList<AllocationTable> rows,
        IReadOnlyList<AgendaBand> highlights,
        ChartOptions options,
        IReadOnlyDictionary<string, IReadOnlyList<BandApplication>>? applications = null)
    {
        ArgumentNullException.ThrowIfNull(itemBands);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(highlights);
        ArgumentNullException.ThrowIfNull(options);
        if (itemBands.Count == 0)
        {
            throw new ArgumentException("an agenda item without bands has no chart", nameof(itemBands));
        }

        var segments = ItemSegments(itemBands);
        var range = new FrequencyRange(segments[0].Lower, segments[^1].Upper);
        return Build(range, segments.Count > 1 ? segments : null, rows, highlights, applications, options, options.Title, legend: null);
    }

    /// <summary>
    /// The stretches an agenda item's chart shows: its bands gathered into clusters (a band joins the cluster before
    /// it when the gap is at most the wider of the two), each widened by a fifth of its span on either side.
    /// </summary>
    public static IReadOnlyList<FrequencyRange> ItemSegments(IReadOnlyList<AgendaBand> itemBands)
    {
        ArgumentNullException.ThrowIfNull(itemBands);
        var clusters = new List<(long Lower, long Upper)>();
        foreach (var band in itemBands.Select(b => b.Range).Distinct().Order())
        {
            if (clusters.Count > 0 && clusters[^1] is var last
                && band.LowerHz - last.Upper <= Math.Max(last.Upper - last.Lower, band.WidthHz))
            {
                clusters[^1] = (last.Lower, Math.Max(last.Upper, band.UpperHz));
            }
            else
            {
                clusters.Add((band.LowerHz, band.UpperHz));
            }
        }

        var segments = new List<FrequencyRange>();
        foreach (var (lower, upper) in clusters)
        {
            var margin = Math.Max(1, (upper - lower) / 5);
            var from = Math.Max(segments.Count == 0 ? 0 : segments[^1].UpperHz + 1, lower - margin);
            segments.Add(FrequencyRange.FromHz(from, upper + margin));
        }

        // Widened clusters that meet are one stretch.
        var joined = new List<FrequencyRange>();
        foreach (var segment in segments)
        {
            if (joined.Count > 0 && segment.LowerHz <= joined[^1].UpperHz + 1)
            {
                joined[^1] = FrequencyRange.FromHz(joined[^1].LowerHz, segment.UpperHz);
            }
            else
            {
                joined.Add(segment);
            }
        }

        return joined;
    }

    /// <summary>The full-spectrum overview, 9 kHz-275 GHz, one strip per decade (<see cref="OverviewStrips"/>).</summary>
    /// <param name="applications">Applications by table name, each table's in a row under its own, as for <see cref="Build"/>.</param>
    public static SpectrumOverview BuildOverview(
        IReadOnlyList<AllocationTable> rows,
        IReadOnlyList<AgendaBand> highlights,
        ChartOptions options,
        IReadOnlyDictionary<string, IReadOnlyList<BandApplication>>? applications = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(highlights);
        ArgumentNullException.ThrowIfNull(options);
        var first = OverviewStrips.Select(r => Build(r, null, rows, highlights, applications, options, r.ToString(), legend: null)).ToArray();
        var legend = first.SelectMany(s => s.Legend).Distinct().OrderBy(LegendOrder).ToArray();
        var strips = OverviewStrips
            .Select((r, i) => Build(r, null, rows, highlights, applications, options, r.ToString(), i == OverviewStrips.Count - 1 ? legend : []))
            .ToArray();
        return new SpectrumOverview(options.Title, Subtitle(rows, options), strips);
    }

    private static BandChart Build(
        FrequencyRange range,
        IReadOnlyList<FrequencyRange>? segments,
        IReadOnlyList<AllocationTable> rows,
        IReadOnlyList<AgendaBand> highlights,
        IReadOnlyDictionary<string, IReadOnlyList<BandApplication>>? applications,
        ChartOptions options,
        string title,
        IReadOnlyList<LegendEntry>? legend)
    {
        if (range.WidthHz <= 0)
        {
            throw new ArgumentException($"the chart range {range} is empty", nameof(range));
        }

        var axis = new ChartAxis(range, ScaleFor(range, options.Scale)) { Segments = segments ?? [range] };
        var plotWidth = options.Width - ChartGeometry.LeftMargin - ChartGeometry.RightMargin - (2 * ChartGeometry.Padding);
        var laneHeight = 2 * (TextMetrics.Height(options.FontSize) + 4);
        var layout = new Layout(axis, plotWidth, options.RowHeight, laneHeight, options.FontSize);

        // Each table's row, then the row of its applications where it lists some on the chart; marks go on the table's row.
        var chartRows = new List<ChartRow>();
        var tableRows = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var table = rows[i];
            tableRows[i] = chartRows.Count;
            chartRows.Add(AllocationRow(table, chartRows.Count, layout));
            if (applications?.GetValueOrDefault(table.Name) is { } listed && ApplicationRow(table, listed, chartRows.Count, layout) is { } row)
            {
                chartRows.Add(row);
            }
        }

        var marks = BuildMarks(axis, rows, tableRows, highlights);
        var markLabels = PlaceMarkLabels(marks, layout);
        legend ??= LegendFor(chartRows, marks);

        var height = (2 * ChartGeometry.Padding) + ChartGeometry.TitleHeight + laneHeight + (chartRows.Count * options.RowHeight)
            + ChartGeometry.AxisHeight + LegendHeight(legend, options.Width);
        var geometry = new ChartGeometry(options.Width, (int)Math.Ceiling(height), plotWidth, options.RowHeight, laneHeight, options.FontSize);
        return new BandChart(title, Subtitle(rows, options), axis, chartRows, marks, markLabels, legend, geometry);
    }

    private static AxisScale ScaleFor(FrequencyRange range, AxisScale requested) => requested switch
    {
        AxisScale.Automatic => range.LowerHz > 0 && range.UpperHz > 10 * range.LowerHz ? AxisScale.Logarithmic : AxisScale.Linear,
        AxisScale.Logarithmic when range.LowerHz == 0 =>
            throw new ArgumentException($"a logarithmic axis cannot start at 0 Hz ({range})", nameof(range)),
        _ => requested,
    };

    private static string Subtitle(IReadOnlyList<AllocationTable> rows, ChartOptions options)
    {
        var edition = options.Edition ?? string.Join(", ", rows.Select(r => r.Edition).Distinct());
        var date = options.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return edition.Length == 0
            ? $"{date} · Source: {options.DataSource}"
            : $"{edition} · {date} · Source: {options.DataSource}";
    }

    private static ChartRow AllocationRow(AllocationTable table, int index, Layout layout)
    {
        // Primary services first in every cell (a stable order, so the Table's own order holds within a status).
        var allocations = table.AllocationsIn(layout.Axis.Range).OrderBy(a => a.Status).ToArray();
        var cells = Cells(layout.Axis, allocations, a => a.Range, (a, top, bottom) =>
        {
            var family = ServicePalette.FamilyOf(a.Service);
            return new ServiceShare(a.Service, a.Status, family, ServicePalette.ColorOf(family, a.Status), top, bottom);
        });
        return new ChartRow(table.Name, table.Area, cells, PlaceCellLabels(cells, index, layout));
    }

    /// <summary>The row of a table's applications on the chart, in frequency order; null when none shows.</summary>
    private static ChartRow? ApplicationRow(AllocationTable table, IReadOnlyList<BandApplication> listed, int index, Layout layout)
    {
        var applications = listed.Where(a => a.Overlaps(layout.Axis.Range)).OrderBy(a => a.Lower).ThenBy(a => a.Upper).ToArray();
        var cells = Cells(layout.Axis, applications, Extent, (a, top, bottom) => new ApplicationShare(
            a, a.IsSingleFrequency ? ServicePalette.SingleFrequencyApplication : ServicePalette.Application, top, bottom));
        return cells.Count == 0
            ? null
            : new ChartRow($"{table.Name} · applications", table.Area, cells, PlaceCellLabels(cells, index, layout)) { Layer = RowLayer.Applications };
    }

    /// <summary>An application's band; a single frequency is the one-hertz band that starts at it.</summary>
    private static FrequencyRange Extent(BandApplication application) =>
        application.Range ?? FrequencyRange.FromHz(application.Lower.Hertz, application.Lower.Hertz + 1);

    /// <summary>
    /// Cuts the axis at every edge of <paramref name="items"/> (clipped to the range) and every segment edge: a cell is a
    /// stretch where the same items hold, within one segment, its height shared equally among them in the order given.
    /// </summary>
    private static List<BandCell> Cells<T>(ChartAxis axis, IReadOnlyList<T> items, Func<T, FrequencyRange> extent, Func<T, double, double, CellShare> share)
    {
        var range = axis.Range;
        var edges = items
            .Select(extent)
            .SelectMany(r => new[] { Math.Max(r.LowerHz, range.LowerHz), Math.Min(r.UpperHz, range.UpperHz) })
            .Concat(axis.Segments.SelectMany(s => new[] { s.LowerHz, s.UpperHz }))
            .Distinct()
            .Order()
            .ToArray();
        var cells = new List<BandCell>();
        for (var e = 0; e + 1 < edges.Length; e++)
        {
            var cellRange = FrequencyRange.FromHz(edges[e], edges[e + 1]);
            var present = items.Where(item => extent(item).Overlaps(cellRange)).ToArray();
            if (present.Length == 0 || !axis.Segments.Any(s => s.LowerHz <= cellRange.LowerHz && cellRange.UpperHz <= s.UpperHz))
            {
                continue;
            }

            cells.Add(new BandCell(cellRange, [.. present.Select((item, i) => share(item, (double)i / present.Length, (double)(i + 1) / present.Length))]));
        }

        return cells;
    }

    private static List<ChartLabel> PlaceCellLabels(IReadOnlyList<BandCell> cells, int row, Layout layout)
    {
        var placed = new List<ChartLabel>();
        var barTop = layout.LaneHeight + (row * layout.RowHeight) + (ChartGeometry.RowPadding * layout.RowHeight);
        var barHeight = layout.RowHeight * (1 - (2 * ChartGeometry.RowPadding));
        var textHeight = TextMetrics.Height(layout.FontSize);
        foreach (var cell in cells)
        {
            var left = layout.X(cell.Range.LowerHz);
            var width = layout.X(cell.Range.UpperHz) - left;
            foreach (var share in cell.Shares)
            {
                var shareTop = barTop + (share.Top * barHeight);
                var shareHeight = (share.Bottom - share.Top) * barHeight;
                if (textHeight > shareHeight)
                {
                    continue;
                }

                var text = CandidateLabels(share).FirstOrDefault(t => TextMetrics.Width(t, layout.FontSize) + 4 <= width);
                if (text is null)
                {
                    continue;
                }

                var textWidth = TextMetrics.Width(text, layout.FontSize);
                var bounds = new PixelRect(left + ((width - textWidth) / 2), shareTop + ((shareHeight - textHeight) / 2), textWidth, textHeight);
                if (placed.All(p => !p.Bounds.Intersects(bounds)))
                {
                    placed.Add(new ChartLabel(text, layout.Axis.HertzAt((left + (width / 2)) / layout.PlotWidth), bounds));
                }
            }
        }

        return placed;
    }

    /// <summary>
    /// The texts that may label a share, the first that fits is drawn: a service as the Table writes it, then its bare
    /// name, then its abbreviation; an application by its name.
    /// </summary>
    private static IEnumerable<string> CandidateLabels(CellShare share) => share switch
    {
        ServiceShare service => CandidateLabels(service),
        ApplicationShare application => [application.Application.Name],
        _ => throw new ArgumentOutOfRangeException(nameof(share), share, "a share is of a service or of an application"),
    };

    private static IEnumerable<string> CandidateLabels(ServiceShare share)
    {
        var kindName = ServiceKinds.NameOf(share.Service.Kind);
        var primary = share.Status == AllocationStatus.Primary;
        var abbreviation = ServiceKinds.AbbreviationOf(share.Service.Kind);
        var sensing = share.Service.Sensing switch
        {
            Sensing.Passive => " (passive)",
            Sensing.Active => " (active)",
            _ => "",
        };
        yield return share.Service.Format(share.Status);
        yield return (primary ? kindName.ToUpperInvariant() : kindName) + sensing;
        if (sensing.Length > 0)
        {
            yield return abbreviation + sensing[..3] + ")";
        }

        yield return abbreviation;
    }

    /// <summary>The highlights of the tables, each on its table's row (<paramref name="tableRows"/>: the chart row of each table).</summary>
    private static List<ChartMark> BuildMarks(ChartAxis axis, IReadOnlyList<AllocationTable> rows, IReadOnlyList<int> tableRows, IReadOnlyList<AgendaBand> highlights)
    {
        var range = axis.Range;
        // Footnotes travel as one sorted, space-separated text so that equal marks compare equal.
        var raw = new List<(MarkKind Kind, FrequencyRange Range, string Label, int Row, string Footnotes)>();
        for (var t = 0; t < rows.Count; t++)
        {
            var (table, row) = (rows[t], tableRows[t]);
            foreach (var band in highlights)
            {
                if (band.Range.Intersect(range) is { } clipped && AppliesTo(band.Area, table.Area))
                {
                    var kind = band.Highlight switch
                    {
                        Highlight.Imt => MarkKind.Imt,
                        Highlight.EarthObservation => MarkKind.EarthObservation,
                        _ => MarkKind.AgendaItem,
                    };
                    var footnotes = kind == MarkKind.AgendaItem ? string.Join(' ', ItemFootnotes(table, band, clipped)) : "";
                    raw.Add((kind, clipped, $"AI {band.AgendaItem}", row, footnotes));
                }
            }

            foreach (var allocation in table.AllocationsIn(range))
            {
                var clipped = allocation.Range.Intersect(range)!.Value;
                foreach (var mark in allocation.Marks.Where(m => m.Identifies is Identification.Imt or Identification.Hibs))
                {
                    raw.Add((MarkKind.Imt, clipped, IdentificationLabel(mark), row, ""));
                }

                if (allocation.Service.IsPassive && allocation.Service.Kind.IsKindOf(ServiceKind.EarthExplorationSatellite))
                {
                    raw.Add((MarkKind.EarthObservation, clipped, "EESS (passive)", row, ""));
                }
            }

            foreach (var band in table.BandFootnotes.Where(b => b.Range.Overlaps(range)))
            {
                foreach (var mark in band.Marks.Where(m => m.Identifies is Identification.Imt or Identification.Hibs))
                {
                    raw.Add((MarkKind.Imt, band.Range.Intersect(range)!.Value, IdentificationLabel(mark), row, ""));
                }
            }

            foreach (var passive in PassiveBands.In(table.Area, table.Area.RegionNumber))
            {
                if (passive.Range.Intersect(range) is { } clipped)
                {
                    raw.Add((MarkKind.EarthObservation, clipped, "RR 5.340", row, ""));
                }
            }
        }

        // A mark shows only where the axis does: on a segmented axis each part in its segment.
        raw = [.. raw.SelectMany(m => axis.Segments
            .Select(segment => m.Range.Intersect(segment))
            .Where(part => part is { WidthHz: > 0 })
            .Select(part => m with { Range = part!.Value }))];

        // Within a row, adjacent bands with the same mark are one highlight (24.25-27.5 GHz, not four bands); then a
        // stretch marked in several rows is one mark with those rows.
        var merged = new List<(MarkKind Kind, FrequencyRange Range, string Label, int Row, string Footnotes)>();
        foreach (var mark in raw.Distinct().OrderBy(m => m.Row).ThenBy(m => m.Kind).ThenBy(m => m.Label, StringComparer.Ordinal).ThenBy(m => m.Range))
        {
            if (merged.Count > 0 && merged[^1] is var last && (last.Row, last.Kind, last.Label) == (mark.Row, mark.Kind, mark.Label)
                && last.Range.Upper >= mark.Range.Lower)
            {
                var upper = last.Range.Upper > mark.Range.Upper ? last.Range.Upper : mark.Range.Upper;
                merged[^1] = last with { Range = new FrequencyRange(last.Range.Lower, upper), Footnotes = JoinFootnotes([last.Footnotes, mark.Footnotes]) };
            }
            else
            {
                merged.Add(mark);
            }
        }

        return [.. merged
            .GroupBy(m => (m.Kind, m.Range))
            .OrderBy(g => g.Key.Kind)
            .ThenBy(g => g.Key.Range)
            .Select(g => new ChartMark(
                g.Key.Kind,
                g.Key.Range,
                string.Join(", ", g.Select(m => m.Label).Distinct().Order(StringComparer.Ordinal)),
                [.. g.Select(m => m.Row).Distinct().Order()])
            {
                Footnotes = [.. JoinFootnotes(g.Select(m => m.Footnotes)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FootnoteId.Parse)],
            })];
    }

    /// <summary>
    /// The RR footnotes of an agenda item's band in a table: those on the allocations of the item's service there
    /// (every allocation's, and the band's own, when the item names no service), and those its source cites.
    /// </summary>
    private static IEnumerable<string> ItemFootnotes(AllocationTable table, AgendaBand band, FrequencyRange clipped)
    {
        var onAllocations = table.AllocationsIn(clipped)
            .Where(a => band.Service is null || a.Service.IsRelatedTo(band.Service))
            .SelectMany(a => a.Footnotes);
        var onBand = band.Service is null ? table.BandFootnotes.Where(b => b.Range.Overlaps(clipped)).SelectMany(b => b.Footnotes) : [];
        var cited = CitedFootnote().Matches(band.Provenance.Source).Select(m => FootnoteId.Parse(m.Groups[1].Value));
        return onAllocations.Concat(onBand).Concat(cited).Select(f => f.Value);
    }

    private static string JoinFootnotes(IEnumerable<string> lists) =>
        string.Join(' ', lists.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(FootnoteOrder.Instance));

    // "No. 5.441B", "RR No. 5.340", "RR 5.340" in a source text.
    [GeneratedRegex(@"(?:No\.|RR)\s*(5\.\d+[A-Z]*)\b")]
    private static partial Regex CitedFootnote();

    /// <summary>Footnote ids in the Table's order: 5.484A before 5.516B before 5.1000.</summary>
    private sealed class FootnoteOrder : IComparer<string>
    {
        public static readonly FootnoteOrder Instance = new();

        public int Compare(string? x, string? y) => FootnoteId.Parse(x!).CompareTo(FootnoteId.Parse(y!));
    }

    private static bool AppliesTo(ChangeArea area, AreaCode table) =>
        area.Regions.Contains(table) || area.Countries.Contains(table);

    private static string IdentificationLabel(ChangeMark mark) =>
        mark.AgendaItem is { Length: > 0 } item
            ? $"AI {item}"
            : $"{(mark.Identifies == Identification.Hibs ? "HIBS" : "IMT")} ({mark.Conference})";

    /// <summary>Highlight labels in the lane above the rows: IMT in its upper half, Earth observation in the lower.</summary>
    private static List<ChartLabel> PlaceMarkLabels(IReadOnlyList<ChartMark> marks, Layout layout)
    {
        var placed = new List<ChartLabel>();
        var textHeight = TextMetrics.Height(layout.FontSize);
        foreach (var mark in marks)
        {
            var centre = (layout.X(mark.Range.LowerHz) + layout.X(mark.Range.UpperHz)) / 2;
            var top = (mark.Kind == MarkKind.EarthObservation ? layout.LaneHeight / 2 : 0) + 2;
            // An agenda item's label names the footnotes of its band when they fit, else the item alone.
            foreach (var text in MarkLabelCandidates(mark))
            {
                var width = TextMetrics.Width(text, layout.FontSize);
                if (width > layout.PlotWidth)
                {
                    continue;
                }

                var left = Math.Clamp(centre - (width / 2), 0, layout.PlotWidth - width);
                var bounds = new PixelRect(left, top, width, textHeight);
                // Keep a gap between highlight labels so that two never read as one.
                var spaced = bounds with { Left = left - MarkLabelGap, Width = width + (2 * MarkLabelGap) };
                if (placed.All(p => !p.Bounds.Intersects(spaced)))
                {
                    placed.Add(new ChartLabel(text, layout.Axis.HertzAt((left + (width / 2)) / layout.PlotWidth), bounds));
                    break;
                }
            }
        }

        return placed;
    }

    private static IEnumerable<string> MarkLabelCandidates(ChartMark mark)
    {
        if (mark.Footnotes.Count > 0)
        {
            yield return $"{mark.Label} · {string.Join(' ', mark.Footnotes)}";
        }

        yield return mark.Label;
    }

    private static List<LegendEntry> LegendFor(IReadOnlyList<ChartRow> rows, IReadOnlyList<ChartMark> marks)
    {
        var services = rows.SelectMany(r => r.Cells).SelectMany(c => c.Shares).OfType<ServiceShare>().ToArray();
        var legend = services
            .Select(s => (s.Family, s.Status))
            .Distinct()
            .Select(Entry)
            .ToList();
        if (marks.Any(m => m.Kind == MarkKind.Imt))
        {
            legend.Add(new LegendEntry(ImtLegend, ServicePalette.ImtOutline, LegendSymbol.SolidOutline));
        }

        if (marks.Any(m => m.Kind == MarkKind.EarthObservation))
        {
            legend.Add(new LegendEntry(EarthObservationLegend, ServicePalette.EarthObservationOutline, LegendSymbol.DashedOutline));
        }

        if (marks.Any(m => m.Kind == MarkKind.AgendaItem))
        {
            legend.Add(new LegendEntry(AgendaItemLegend, ServicePalette.AgendaItemOutline, LegendSymbol.DashDotOutline));
        }

        if (services.Any(s => s.Status == AllocationStatus.Secondary))
        {
            legend.Add(new LegendEntry(SecondaryLegend, ServicePalette.Hatch, LegendSymbol.Hatch));
        }

        if (rows.Any(r => r.Layer == RowLayer.Applications))
        {
            legend.Add(new LegendEntry(ApplicationLegend, ServicePalette.Application, LegendSymbol.Fill));
        }

        return [.. legend.OrderBy(LegendOrder)];
    }

    private static LegendEntry Entry((ServiceFamily Family, AllocationStatus Status) used) =>
        new(
            used.Status == AllocationStatus.Primary ? ServicePalette.NameOf(used.Family) : ServicePalette.NameOf(used.Family) + " (secondary)",
            ServicePalette.ColorOf(used.Family, used.Status),
            LegendSymbol.Fill);

    /// <summary>Services in family order, primary before secondary, then the applications and the highlight styles.</summary>
    private static int LegendOrder(LegendEntry entry)
    {
        foreach (var family in Enum.GetValues<ServiceFamily>())
        {
            foreach (var status in Enum.GetValues<AllocationStatus>())
            {
                if (Entry((family, status)) == entry)
                {
                    return ((int)family * 2) + (int)status;
                }
            }
        }

        return 1000 + (int)entry.Symbol;
    }

    private static double LegendHeight(IReadOnlyList<LegendEntry> legend, int width)
    {
        if (legend.Count == 0)
        {
            return 0;
        }

        // OxyPlot lays a horizontal legend out in lines; estimate them generously (symbol, gap, text, spacing).
        var lines = 1;
        var used = 0.0;
        foreach (var entry in legend)
        {
            var entryWidth = TextMetrics.Width(entry.Text, 10) + 48;
            if (used > 0 && used + entryWidth > width - 40)
            {
                lines++;
                used = 0;
            }

            used += entryWidth;
        }

        return (lines * 18) + 20;
    }

    private sealed record Layout(ChartAxis Axis, double PlotWidth, double RowHeight, double LaneHeight, double FontSize)
    {
        public double X(long hertz) => Axis.Fraction(hertz) * PlotWidth;
    }
}
