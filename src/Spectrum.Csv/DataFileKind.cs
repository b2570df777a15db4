namespace Spectrum.Csv;

/// <summary>What a data file holds, as its header tells.</summary>
public enum DataFileKind
{
    /// <summary>The header names no known kind of file.</summary>
    Unrecognised,

    /// <summary>
    /// Bands, services and footnotes of one or more allocation tables (<see cref="AllocationTableReader"/>), or an
    /// export of ECO's EFIS, told by its header (<see cref="EfisExportReader"/>).
    /// </summary>
    AllocationTable,

    /// <summary>Footnote texts (<see cref="FootnoteReader"/>).</summary>
    Footnotes,

    /// <summary>Countries with their ITU Region (<see cref="CountryListReader"/>).</summary>
    CountryList,

    /// <summary>Members of named groups of countries (<see cref="GroupListReader"/>).</summary>
    GroupList,

    /// <summary>Changes a conference made to the Region tables (<see cref="AmendmentReader"/>).</summary>
    Amendments,

    /// <summary>Editions: a base and amendment files applied in order (<see cref="EditionListReader"/>).</summary>
    Editions,

    /// <summary>Conference agenda items (<see cref="AgendaItemReader"/>).</summary>
    AgendaItems,

    /// <summary>The bands of agenda items, with what each asks for (<see cref="AgendaBandReader"/>).</summary>
    AgendaBands,

    /// <summary>Positions on agenda items (<see cref="PositionReader"/>).</summary>
    Positions,

    /// <summary>The methods of the CPM Report per agenda item (<see cref="CpmMethodReader"/>).</summary>
    CpmMethods,

    /// <summary>The positions of regional organisations per agenda item (<see cref="RegionalPositionReader"/>).</summary>
    RegionalPositions,

    /// <summary>The <c>metadata.tsv</c> of a national table (<see cref="TableMetadata"/>): read with its table, it holds no rows of its own.</summary>
    TableMetadata,
}
