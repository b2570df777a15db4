using System.Runtime.ExceptionServices;

namespace Spectrum;

/// <summary>Work on independent items spread over the cores, with the results and failures of a sequential loop.</summary>
public static class Parallelism
{
    /// <summary>
    /// <paramref name="map"/> of each item (and its index), on every core, the results in the items' order. When
    /// items fail, the exception of the first failing item in that order is thrown as it was (not wrapped), as a
    /// loop would have thrown it; cancellation throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static List<TResult> MapInOrder<T, TResult>(IReadOnlyList<T> items, Func<T, int, TResult> map, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var results = new TResult[items.Count];
        var failures = new ExceptionDispatchInfo?[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                results[i] = map(items[i], i);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        });
        Array.Find(failures, f => f is not null)?.Throw();
        return [.. results];
    }
}
