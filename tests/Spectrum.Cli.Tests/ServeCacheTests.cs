using System.Net;
using System.Text.Json.Nodes;
using Spectrum.PostGis.Tests.Fixtures;

namespace Spectrum.Cli.Tests;

/// <summary>
/// The answers a real <c>spectrum serve</c> keeps: a question asked again is answered from memory with the same body,
/// and an import, committed by another process, makes the server drop what it kept and answer from the store again.
/// </summary>
[Collection(PostGisCollection.Name)]
public sealed class ServeCacheTests(ServedStore served) : IClassFixture<ServedStore>
{
    private const string Question = "api/query?range=3.4-3.8GHz&country=NL";

    [Fact]
    public async Task A_question_asked_again_is_answered_from_memory_until_an_import_changes_the_store()
    {
        var (first, firstKept) = await AskAsync(Question);
        Assert.False(firstKept, "the first answer came from memory");

        // The same question, its parameters in another order and their names in another case: the same body, kept.
        var (again, againKept) = await AskAsync("api/query?COUNTRY=NL&Range=3.4-3.8GHz");
        Assert.True(againKept, "the question asked again was answered from the store");
        Assert.Equal(first, again);
        Assert.DoesNotContain("Kept answers", first, StringComparison.Ordinal);

        var table = Path.Combine(served.Spectrum.Home, "kept-answers.csv");
        await File.WriteAllTextAsync(table, "lower_hz,upper_hz,service\n3500000000,3600000000,FIXED\n");
        var import = await served.Spectrum.RunAsync("import", table, "--table", "Kept answers", "--edition", "EFIS-2015", "--area", "NL");
        Assert.True(import.ExitCode == 0, import.Error);
        var printed = await served.Spectrum.RunAsync("query", "3.4-3.8GHz", "--country", "NL", "--format", "json");
        Assert.True(printed.ExitCode == 0, printed.Error);

        // The import's notification reaches the server just after its commit: the kept answer may be sent until then.
        var (answered, kept) = (first, true);
        for (var tries = 0; tries < 100 && answered == first; tries++)
        {
            await Task.Delay(100);
            (answered, kept) = await AskAsync(Question);
        }

        Assert.False(kept, "the answer after the import came from memory");
        Assert.Contains("Kept answers", answered, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(printed.Output), JsonNode.Parse(answered)),
            $"after the import the API answered\n{answered}\nwhere query printed\n{printed.Output}");
        Assert.Equal((answered, true), await AskAsync(Question));
    }

    // The body, and whether it came from memory: a kept answer says its age.
    private async Task<(string Body, bool Kept)> AskAsync(string path)
    {
        using var response = await served.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null);
    }
}
