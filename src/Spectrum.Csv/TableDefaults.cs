namespace Spectrum.Csv;

/// <summary>
/// What an allocation-table file without a <c>table</c>, <c>edition</c> or <c>area</c> column (or with the cell empty)
/// stands for; each null falls back further: table to the file name without extension, edition to <c>current</c>,
/// area to the one the table's name gives (<c>ITU Region 2</c>, <c>R2</c>, <c>itu2</c>).
/// </summary>
public sealed record TableDefaults(string? Table = null, string? Edition = null, AreaCode? Area = null)
{
    public static TableDefaults None { get; } = new();

    /// <summary>The edition of a table that does not name one.</summary>
    public const string CurrentEdition = "current";
}
