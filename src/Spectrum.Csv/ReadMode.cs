namespace Spectrum.Csv;

/// <summary>How a reader treats rows with problems.</summary>
public enum ReadMode
{
    /// <summary>A file with any problem yields nothing: every problem is an error (the default).</summary>
    Strict,

    /// <summary>
    /// For files a regulator did not write: a row with a problem is left out and its problems reported as skipped
    /// (<see cref="AllocationTableImport.Skipped"/>); the other rows are read. Problems of the file as a whole (its
    /// header, its encoding) are still errors.
    /// </summary>
    SkipInvalid,
}
