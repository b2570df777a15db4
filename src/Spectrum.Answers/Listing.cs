namespace Spectrum.Answers;

/// <summary>
/// Rows as csv and json print them: column names and one record per row, values being strings, numbers, booleans,
/// nulls, string lists or string maps. The command line writes them as csv or json; the web API sends the objects.
/// </summary>
public sealed record Listing(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Records)
{
    /// <summary>One object per row, its fields named by the columns: the json the command line prints.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Objects() =>
    [
        .. Records.Select(record =>
        {
            var item = new Dictionary<string, object?>(Columns.Count);
            for (var i = 0; i < Columns.Count; i++)
            {
                item[Columns[i]] = record[i];
            }

            return item;
        }),
    ];
}
