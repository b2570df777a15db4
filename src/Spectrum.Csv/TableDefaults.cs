namespace Spectrum.Csv;

/// <summary>
/// What an allocation-table file without a <c>table</c>, <c>edition</c> or <c>area</c> column (or with the cell empty)
/// stands for; each null falls back further: table to the name in the table's <see cref="Metadata"/>, else the file
/// name without extension; edition to the metadata's, else <c>current</c>; area to the one the table's name gives
/// (<c>ITU Region 2</c>, <c>R2</c>, <c>itu2</c>, a country or group of the project's lists by code or name).
/// </summary>
public sealed record TableDefaults(string? Table = null, string? Edition = null, AreaCode? Area = null)
{
    public static TableDefaults None { get; } = new();

    /// <summary>The edition of a table that does not name one.</summary>
    public const string CurrentEdition = "current";

    /// <summary>
    /// The <c>metadata.tsv</c> of a national table (<see cref="TableMetadata.ReadBeside"/>): its <c>name_en</c> names
    /// the table and its country, and rows whose <c>region</c> cell is the dataset's folder code take them.
    /// </summary>
    public TableMetadata? Metadata { get; init; }
}
