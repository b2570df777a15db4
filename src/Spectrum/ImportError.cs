namespace Spectrum;

/// <summary>
/// One problem found in an input file: where it is (file, 1-based line and column; 0 when the problem is the whole
/// file or line), what was found, and what was expected.
/// </summary>
public sealed record ImportError(string File, int Line, int Column, string Problem, string Expected)
{
    public override string ToString()
    {
        var place = Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
        return Expected.Length == 0 ? $"{place}: {Problem}" : $"{place}: {Problem}; expected {Expected}";
    }
}

/// <summary>
/// Bad input: one or more <see cref="ImportError"/>s. A file with any error yields no values, so whoever catches
/// this has nothing half-read to undo. <see cref="TotalCount"/> can exceed the errors kept when they were capped.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException(IReadOnlyList<ImportError> errors, int? totalCount = null)
        : base(Describe(errors, totalCount ?? errors.Count))
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("an import exception needs at least one error", nameof(errors));
        }

        Errors = errors;
        TotalCount = totalCount ?? errors.Count;
    }

    public ImportException(ImportError error)
        : this([error])
    {
    }

    public IReadOnlyList<ImportError> Errors { get; }

    public int TotalCount { get; }

    private static string Describe(IReadOnlyList<ImportError> errors, int total)
    {
        var shown = string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
        return total > errors.Count ? $"{shown}{Environment.NewLine}… and {total - errors.Count} more errors" : shown;
    }
}
