namespace Spectrum.Csv.Areas;

/// <summary>
/// A GeoJSON file that cannot be read as areas: the file, where in it (a JSON line and column, or a feature's
/// position and name) and what was wrong.
/// </summary>
public sealed class GeoJsonImportError : Exception
{
    public GeoJsonImportError(string filePath, string location, string reason, Exception? inner = null)
        : base($"{filePath}: {(location.Length > 0 ? location + ": " : "")}{reason}", inner)
    {
        FilePath = filePath;
        Location = location;
        Reason = reason;
    }

    public string FilePath { get; }

    /// <summary>"line 3, column 14", "feature 12 (Kosovo)", or empty when the whole file is at fault.</summary>
    public string Location { get; }

    public string Reason { get; }
}
