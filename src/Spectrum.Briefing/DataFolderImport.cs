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

    /// <summary>
    /// The folder read on other threads, for <see cref="ImportAsync"/>: begun before the store is open, it overlaps the
    /// seconds a new store takes to set up; cancelled when the store has the folder already.
    /// </summary>
    public static Task<ImportPlan> ReadAhead(string folder, CancellationToken cancellationToken)
    {
        var reading = Task.Run(() => ImportPlan.Read([folder], null, cancellationToken), cancellationToken);
        // A reading cancelled or failed that nobody awaits is still observed.
        reading.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return reading;
    }

    /// <summary>Imports the folder (as <paramref name="read"/> read it, when given) and records <paramref name="hash"/> as its content imported.</summary>
    /// <exception cref="ImportException">Every error of the folder's files; nothing is written.</exception>
    public async Task<ImportSummary> ImportAsync(string folder, string hash, CancellationToken cancellationToken, Task<ImportPlan>? read = null)
    {
        var batch = (read is null ? ImportPlan.Read([folder], null, cancellationToken) : await read).Build();
        var summary = await new StoreImporter(dataSource).ImportAsync(batch, cancellationToken);
        await new ImportState(dataSource).RecordAsync(Key(folder), hash, cancellationToken);
        return summary;
    }

    private static string Key(string folder) => Path.GetFullPath(folder);
}
