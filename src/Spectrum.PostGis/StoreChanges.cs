using System.Net.Sockets;
using Npgsql;

namespace Spectrum.PostGis;

/// <summary>
/// How readers learn that the store changed. The store changes only by an import, which sends a notification on
/// <see cref="Channel"/> in its transaction: PostgreSQL delivers it when the import commits, and never for one that
/// failed. A reader that keeps what it read (a service's answers) listens and drops it on each notification.
/// </summary>
public static class StoreChanges
{
    public const string Channel = "spectrum_store_changed";

    // How long a listening connection waits for a notification before it asks the server whether it is still there.
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    // How long after a lost connection the listener tries again.
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    /// <summary>Tells every listener, once the transaction commits, that the store changed.</summary>
    internal static async Task NotifyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"NOTIFY {Channel}", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Listens on a connection of its own until cancelled, and calls <paramref name="changed"/> for every change
    /// committed, and each time it starts listening (the first time and after a lost connection, when a change may
    /// have gone unheard). A connection that fails is told to <paramref name="report"/> once and opened again.
    /// </summary>
    public static async Task ListenAsync(
        NpgsqlDataSource dataSource, Func<CancellationToken, Task> changed, Action<Exception> report, CancellationToken cancellationToken)
    {
        var failing = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListenOnceAsync(dataSource, changed, () => failing = false, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException or IOException or TimeoutException or StoreException)
            {
                if (!failing)
                {
                    report(e);
                }

                failing = true;
                // What was read before the connection broke may be stale by the time it is back.
                await changed(cancellationToken);
                try
                {
                    await Task.Delay(Retry, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static async Task ListenOnceAsync(
        NpgsqlDataSource dataSource, Func<CancellationToken, Task> changed, Action listening, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var notified = false;
        connection.Notification += (_, _) => notified = true;
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        // Listening from here on: whatever changed before is dropped now.
        listening();
        await changed(cancellationToken);
        while (true)
        {
            if (await connection.WaitAsync(KeepAlive, cancellationToken))
            {
                if (notified)
                {
                    notified = false;
                    await changed(cancellationToken);
                }
            }
            else
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
