using Npgsql;
using Spectrum.Csv;
using Spectrum.PostGis.Import;
using Spectrum.PostGis.Queries;

namespace Spectrum.Briefing;

/// <summary>
/// Keeps the store in step with a data folder: the folder is imported (by its <see cref="ImportPlan"/>, all or
/// nothing) when the store has not seen its current content, identified by <see cref="ImportPlan.ContentHashOf"/>.
/// </summary>
public sealed class DataFolderImport(NpgsqlDataSource dataSource)
{
    /// <summary>The folder's content hash when the store has not imported that content; null when it has.</summary>
    public async Task<string?> ChangedAsync(string folder, CancellationToken cancellationToken)
    {
        var hash = ImportPlan.ContentHashOf(folder);
        return await new ImportState(dataSource).StoredHashAsync(Key(folder), cancellationToken) == hash ? null : hash;
    }

    /// <summary>Imports the folder and records <paramref name="hash"/> as its content imported.</summary>
    /// <exception cref="ImportException">Every error of the folder's files; nothing is written.</exception>
    public async Task<ImportSummary> ImportAsync(string folder, string hash, CancellationToken cancellationToken)
    {
        var batch = ImportPlan.Read([folder], null, cancellationToken).Build();
        var summary = await new StoreImporter(dataSource).ImportAsync(batch, cancellationToken);
        await new ImportState(dataSource).RecordAsync(Key(folder), hash, cancellationToken);
        return summary;
    }

    private static string Key(string folder) => Path.GetFullPath(folder);
}
