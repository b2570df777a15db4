using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads any data file, recognising it by its header: an allocation table (<c>lower_hz</c>, <c>upper_hz</c>,
/// <c>service</c>…), footnotes (<c>id</c>, <c>text</c>) or a countries list (<c>iso</c>, <c>name</c>,
/// <c>itu_region</c>). Files are UTF-8 (with or without byte-order mark), delimited by commas, semicolons or tabs.
/// </summary>
public static class DataFileReader
{
    /// <summary>Errors kept per file; the rest are counted (<see cref="DataFileImport.ErrorCount"/>).</summary>
    public const int ErrorLimit = 100;

    /// <summary>Errors kept per file in a mode: every one when skipping rows, as each skipped row must be reported.</summary>
    internal static int ErrorLimitFor(ReadMode mode) => mode == ReadMode.SkipInvalid ? int.MaxValue : ErrorLimit;

    /// <summary>The longest field read, in characters; a longer one stops the file. A footnote text is a few thousand.</summary>
    public const int MaxFieldLength = DelimitedFile.MaxFieldLength;

    /// <summary>The most columns a header may name. A data file has a dozen.</summary>
    public const int MaxColumns = DelimitedFile.MaxColumns;

    /// <summary>The longest line read, in bytes; a longer one stops the file. A row of a table has a few thousand.</summary>
    public const int MaxLineLength = Utf8CheckingStream.MaxLineLength;

    /// <summary>
    /// The kind of file a header describes: the kind whose own columns it names most (at least two; source and
    /// confidence count for none). A header that names a kind's columns only in part is still that kind, so that
    /// reading it reports the missing columns.
    /// </summary>
    public static DataFileKind DetectKind(IReadOnlyList<string> header)
    {
        // An EFIS export names its band columns in words ("Lower Frequency", "… frequency range footnotes").
        if (EfisExportReader.IsExportHeader(header))
        {
            return DataFileKind.AllocationTable;
        }

        if (header.Count == 2 && Names(header, "name") && Names(header, "value"))
        {
            return DataFileKind.TableMetadata;
        }

        // Amendments and agenda bands also name lower_hz, upper_hz and service: their own columns decide first.
        if (Names(header, "conference") && Names(header, "action"))
        {
            return DataFileKind.Amendments;
        }

        if (Names(header, "edition") && Names(header, "base"))
        {
            return DataFileKind.Editions;
        }

        if (AgendaFileKinds.Detect(header) is { } agendaKind)
        {
            return agendaKind;
        }

        // A conference file of no known kind must not be read as an allocation table because it has band columns.
        if (ConferenceColumns.Any(column => header.Contains(column, StringComparer.OrdinalIgnoreCase)))
        {
            return DataFileKind.Unrecognised;
        }

        (DataFileKind Kind, int Score)[] scores =
        [
            (DataFileKind.AllocationTable, ColumnMap.Score(header, AllocationTableReader.Columns.Except([Cells.Source, Cells.Confidence]))),
            (DataFileKind.Footnotes, ColumnMap.Score(header, FootnoteReader.Columns.Except([Cells.Source, Cells.Confidence]))),
            (DataFileKind.CountryList, ColumnMap.Score(header, CountryListReader.Columns.Except([Cells.Source, Cells.Confidence]))),
            (DataFileKind.GroupList, ColumnMap.Score(header, GroupListReader.Columns.Except([Cells.Source, Cells.Confidence]))),
        ];
        var best = scores.MaxBy(s => s.Score);
        return best.Score >= 2 && scores.Count(s => s.Score == best.Score) == 1 ? best.Kind : DataFileKind.Unrecognised;
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> as the kind its header names. The result is an
    /// <see cref="AllocationTableImport"/>, an <see cref="ImportResult{T}"/> of <see cref="Footnote"/> or of
    /// <see cref="CountryListing"/>, or, for an unreadable or unrecognised file, a bare <see cref="DataFileImport"/>
    /// with the reason as its error. <paramref name="defaults"/> apply to allocation tables; the <c>metadata.tsv</c>
    /// beside an allocation table is its <see cref="TableDefaults.Metadata"/>, and a metadata file read on its own is
    /// checked and holds no rows. <paramref name="mode"/> applies to allocation tables and EFIS exports.
    /// </summary>
    /// <exception cref="ImportException">The metadata beside the file has errors.</exception>
    public static DataFileImport Import(string path, TableDefaults? defaults = null, ReadMode mode = ReadMode.Strict)
    {
        if ((defaults?.Metadata) is null && TableMetadata.ReadBeside(path) is { } metadata)
        {
            defaults = (defaults ?? TableDefaults.None) with { Metadata = metadata };
        }

        using var stream = OpenRead(path);
        return Import(stream, path, defaults, mode);
    }

    public static DataFileImport Import(Stream stream, string fileName, TableDefaults? defaults = null, ReadMode mode = ReadMode.Strict)
    {
        var errors = new ErrorList(fileName, ErrorLimitFor(mode));
        using var file = DelimitedFile.Open(stream, errors);
        if (file.Header.Count == 0)
        {
            return new DataFileImport(fileName, DataFileKind.Unrecognised, 0, errors.Kept, errors.Total);
        }

        switch (DetectKind(file.Header))
        {
            case DataFileKind.AllocationTable when EfisExportReader.IsExportHeader(file.Header) && stream.CanSeek:
                // Its quoted line breaks and second section are its own: it is read again from the start, whole.
                stream.Seek(0, SeekOrigin.Begin);
                return new EfisExportReader(defaults, mode).Import(stream, fileName);
            case DataFileKind.TableMetadata: return TableMetadata.Import(file);
            case DataFileKind.AllocationTable: return new AllocationTableReader(defaults, mode).Import(file);
            case DataFileKind.Footnotes: return FootnoteReader.Import(file);
            case DataFileKind.CountryList: return CountryListReader.Import(file);
            case DataFileKind.GroupList: return GroupListReader.Import(file);
            case DataFileKind.AgendaItems: return AgendaItemReader.Import(file);
            case DataFileKind.AgendaBands: return new AgendaBandReader().Import(file);
            case DataFileKind.Positions: return new PositionReader().Import(file);
            case DataFileKind.CpmMethods: return CpmMethodReader.Import(file);
            case DataFileKind.RegionalPositions: return RegionalPositionReader.Import(file);
            case DataFileKind.Amendments: return new AmendmentReader().Import(file);
            case DataFileKind.Editions: return EditionListReader.Import(file, EditionListReader.DataFolderOf(fileName));
            default:
                errors.Add(1, 0,
                    $"the header ({string.Join(", ", file.Header.Select(h => $"'{h}'"))}) is not one of a known kind of file",
                    "an allocation table (lower_hz, upper_hz, service, …), footnotes (id, text) or a countries list (iso, name, itu_region)");
                return new DataFileImport(fileName, DataFileKind.Unrecognised, 0, errors.Kept, errors.Total);
        }
    }

    // Columns that only conference data files have: amendments (action, conference), editions (base), agenda items
    // and their bands (agenda_item), positions (stance).
    private static readonly string[] ConferenceColumns = ["action", "conference", "agenda_item", "stance", "base"];

    private static bool Names(IReadOnlyList<string> header, string column) => header.Contains(column, StringComparer.OrdinalIgnoreCase);

    internal static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
}
