namespace Spectrum.PostGis.Internal;

/// <summary>
/// An exclusive lock on a Spectrum home, held while its cluster is created, started, stopped or deleted, so two
/// processes never run initdb or pg_ctl on the same cluster at once. Released on dispose (or when the process dies).
/// </summary>
internal sealed class HomeLock : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly FileStream stream;

    private HomeLock(FileStream stream) => this.stream = stream;

    public static async Task<HomeLock> AcquireAsync(string home, CancellationToken cancellationToken)
    {
        var path = Path.Combine(home, ".lock");
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                // On Unix, FileShare.None takes a non-blocking flock: another holder makes this throw at once.
                return new HomeLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
            catch (IOException)
            {
                throw new ManagedPostgresException(
                    $"Another spectrum process has held {path} for {Patience.TotalSeconds:0} s; try again when it has finished.");
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
