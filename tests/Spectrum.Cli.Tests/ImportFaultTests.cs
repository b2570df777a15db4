using System.Text.RegularExpressions;
using Npgsql;
using Spectrum.PostGis.Import;
using Spectrum.PostGis.Tests.Fixtures;

using Spectrum.PostGis;

namespace Spectrum.Cli.Tests;

/// <summary>Imports that meet another import, or die half-way: the store is never left half-written.</summary>
[Collection(PostGisCollection.Name)]
public sealed class ImportFaultTests(PostGisFixture fixture) : DatabaseOfItsOwn(fixture)
{
    private static readonly string Itu = Path.Combine(ImportedStore.Data, "itu");

    private long tables;
    private long allocations;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var import = await Spectrum.RunAsync("import", ImportedStore.Data);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        tables = await CountAsync("SELECT count(*) FROM allocation_table");
        allocations = await CountAsync("SELECT count(*) FROM allocation");
    }

    [Fact]
    public async Task A_second_import_waits_for_the_first_then_runs()
    {
        await using var first = await Database.DataSource.OpenConnectionAsync();
        await ExecuteAsync(first, $"SELECT pg_advisory_lock({StoreImporter.ImportLockKey})");

        var second = Spectrum.RunAsync("import", Itu);
        await WaitForAsync(first, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
        Assert.False(second.IsCompleted);

        await ExecuteAsync(first, $"SELECT pg_advisory_unlock({StoreImporter.ImportLockKey})");
        var result = await second;
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(tables, await CountAsync("SELECT count(*) FROM allocation_table"));
        Assert.Equal(allocations, await CountAsync("SELECT count(*) FROM allocation"));
    }

    [Fact]
    public async Task Two_imports_at_once_both_finish_without_duplicates()
    {
        var results = await Task.WhenAll(Spectrum.RunAsync("import", Itu), Spectrum.RunAsync("import", Itu));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Output + r.Error));
        Assert.Equal(tables, await CountAsync("SELECT count(*) FROM allocation_table"));
        Assert.Equal(allocations, await CountAsync("SELECT count(*) FROM allocation"));
    }

    [Fact]
    public async Task Two_imports_and_a_brief_at_once_all_finish_without_duplicates_and_the_brief_is_complete()
    {
        // The brief imports the folder too, since no brief has recorded its content yet: three imports meet.
        var before = await StoreSnapshot.TakeAsync(Database.DataSource);
        var folder = Path.Combine(Spectrum.Home, "brief");

        var results = await Task.WhenAll(
            Spectrum.RunAsync("import", ImportedStore.Data),
            Spectrum.RunAsync("brief", "--data", ImportedStore.Data, "--out", folder, "--date", "2026-11-28"),
            Spectrum.RunAsync("import", ImportedStore.Data));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Output + r.Error));
        var after = await StoreSnapshot.TakeAsync(Database.DataSource);
        Assert.All(before.Tables.Keys.Where(t => t != "import_state"), t => Assert.True(before.Rows(t) == after.Rows(t), $"{t}: {before.Rows(t)} rows before, {after.Rows(t)} after"));

        // Every agenda item with bands has its page (beside the contents, the Table and the annex) and its chart in each
        // format, after the eight decades of the Table, and no file is left half-written.
        var items = await CountAsync("SELECT count(DISTINCT agenda_item) FROM agenda_band");
        const int Decades = 8;
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));
        Assert.Equal(items + 3, Regex.Matches(html, "<section id=").Count);
        Assert.Equal(items + Decades, Regex.Matches(html, "<img src=\"data:image/png;base64,").Count);
        Assert.Equal(items + Decades, Directory.GetFiles(Path.Combine(folder, "charts"), "*.png").Length);
        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "brief.md"));
        Assert.Equal(items, Regex.Matches(markdown, "^## Agenda item ", RegexOptions.Multiline).Count);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(folder, "brief.docx"), false))
        {
            Assert.Equal(items + Decades, document.MainDocumentPart!.ImageParts.Count());
        }

        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_import_killed_half_way_leaves_the_previous_state_and_a_retry_succeeds()
    {
        // Given an import that has written a new text of 5.340 (its file comes last, so it wins) and is stopped at the first table, because this
        // connection holds that table's row
        var changed = Path.Combine(Spectrum.Home, "footnotes.csv");
        await File.WriteAllTextAsync(changed, "id,text,source,confidence\n5.340,CHANGED,test,low\n");
        await using var blocker = await Database.DataSource.OpenConnectionAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await ExecuteAsync(blocker, "SELECT id FROM allocation_table WHERE name = 'ITU Region 1' FOR UPDATE", hold);
        using var import = Spectrum.Start("import", Itu, changed);
        await WaitForAsync(blocker,
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()",
            hold);

        // When the process is killed and the row is let go
        import.Kill(entireProcessTree: true);
        await import.WaitForExitAsync();
        await hold.RollbackAsync();

        // Then the store is as it was
        Assert.NotEqual("CHANGED", await TextOf5340Async());
        Assert.Equal(allocations, await CountAsync("SELECT count(*) FROM allocation"));

        // And a retry succeeds
        var retry = await Spectrum.RunAsync("import", Itu, changed);
        Assert.True(retry.ExitCode == 0, retry.Output + retry.Error);
        Assert.Equal("CHANGED", await TextOf5340Async());
        Assert.Equal(allocations, await CountAsync("SELECT count(*) FROM allocation"));
    }

    private async Task<string> TextOf5340Async()
    {
        await using var command = Database.DataSource.CreateCommand("SELECT text FROM footnote WHERE id = '5.340'");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    // Polls until the query counts at least one row; the program needs a moment to start and read its files.
    private static async Task WaitForAsync(NpgsqlConnection connection, string countSql, NpgsqlTransaction? transaction = null)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var command = new NpgsqlCommand(countSql, connection, transaction);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"nothing matched within a minute: {countSql}");
    }
}
