namespace Spectrum.Tests.Domain;

public class ParallelismTests
{
    [Fact]
    public void MapInOrder_gives_each_result_at_its_item_s_place_whatever_order_the_work_finishes_in()
    {
        // Later items finish first: a result placed as it finishes would come out reversed.
        var items = Enumerable.Range(0, 64).ToList();
        var results = Parallelism.MapInOrder(items, (item, index) =>
        {
            Thread.Sleep((64 - item) % 7);
            return (item * 10, index);
        });

        Assert.Equal(items.Select(i => (i * 10, i)), results);
    }

    [Fact]
    public void MapInOrder_throws_the_first_failing_item_s_own_exception_unwrapped()
    {
        var items = Enumerable.Range(0, 40).ToList();
        var thrown = Assert.Throws<ImportException>(() => Parallelism.MapInOrder<int, int>(items, (item, _) =>
        {
            // Item 30 fails at once, item 7 only later: the loop's first failure is still item 7's.
            Thread.Sleep(item == 7 ? 50 : 0);
            return item is 7 or 30 ? throw new ImportException([new ImportError($"file{item}", item, 1, "bad", "good")]) : item;
        }));

        Assert.Equal("file7", Assert.Single(thrown.Errors).File);
    }

    [Fact]
    public void MapInOrder_stops_with_OperationCanceledException_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Parallelism.MapInOrder([1, 2, 3], (item, _) => item, cancellation.Token));
    }
}
