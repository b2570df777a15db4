using Spectrum.Areas;
using Spectrum.Conference;
using Spectrum.Csv;

namespace Spectrum.Tests.Csv;

/// <summary>
/// Every file of the <see cref="HostileCorpus"/> is either an error that names file, line and column, says what was
/// wrong and what was expected, and yields nothing; or a read in which hostile text is kept verbatim, as text. Never
/// an exception of another type, never a hang (each read has a deadline), never part of a file.
/// </summary>
public class HostileCorpusTests
{
    /// <summary>A guard against a reader that never returns, not a speed requirement: the slowest case takes a second or two.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    /// <summary>What an error may take to say what was wrong and what was expected; a reader reads it in one go.</summary>
    private const int ReadableLength = 1_000;

    public static TheoryData<string> RejectedCases => HostileCorpus.Names<Rejected>();

    public static TheoryData<string> KeptCases => HostileCorpus.Names<KeptVerbatim>();

    public static TheoryData<string> CleanCases => HostileCorpus.Names<ReadsAs>();

    public static TheoryData<string> CutAtLineEndCases => HostileCorpus.Names<ReadsAsShorterFile>();

    [Fact]
    public void The_corpus_has_a_sample_of_every_kind_of_file_the_reader_recognises()
    {
        // A table's metadata has two columns, too few for the cases made by cutting a row in its middle field; its
        // reading is tested on the shipped files (NationalTableTests).
        var kinds = Enum.GetValues<DataFileKind>().Where(k => k is not DataFileKind.Unrecognised and not DataFileKind.TableMetadata);

        Assert.Equal(kinds.Order(), HostileCorpus.Samples.Select(s => s.Kind).Order());
        Assert.All(HostileCorpus.Samples, sample =>
        {
            var import = DataFileReader.Import(new MemoryStream(sample.Bytes), sample.FileName);
            Assert.True(import.IsValid, $"{sample.Slug}: {string.Join("\n", import.Errors)}");
            Assert.Equal(sample.Kind, import.Kind);
        });
    }

    [Theory]
    [MemberData(nameof(RejectedCases))]
    public async Task A_hostile_file_is_an_error_naming_file_line_column_problem_and_expectation_and_yields_nothing(string name)
    {
        var (hostile, expected, import) = await Read<Rejected>(name);

        Assert.False(import.IsValid, $"{name}: read without error");
        Assert.Empty(ValuesOf(import));
        var first = import.Errors[0];
        Assert.True((expected.Line, expected.Column) == (first.Line, first.Column),
            $"{name}: expected the first error at {expected.Line}:{expected.Column}, got {first}");
        Assert.Contains(expected.Problem, first.Problem, StringComparison.Ordinal);
        Assert.True(expected.Errors == import.ErrorCount, $"{name}: expected {expected.Errors} errors, got {import.ErrorCount}: {string.Join("\n", import.Errors.Take(3))}");
        Assert.All(import.Errors, error => AssertClear(error, hostile.Sample.FileName));
        var exception = Assert.Throws<ImportException>(import.ThrowIfInvalid);
        Assert.StartsWith(first.ToString(), exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KeptCases))]
    public async Task Formula_and_SQL_looking_text_is_kept_verbatim_as_inert_text(string name)
    {
        var (hostile, expected, import) = await Read<KeptVerbatim>(name);

        AssertRead(import, hostile.Sample, hostile.Sample.Lines.Length - 1);
        Assert.Contains(expected.Text, ValuesOf(import).SelectMany(TextsOf));
    }

    [Theory]
    [MemberData(nameof(CleanCases))]
    public Task Line_ends_a_single_byte_order_mark_and_repeated_rows_read_as_the_clean_UTF8_file(string name) =>
        AssertReadsAsEquivalent(name);

    /// <summary>
    /// A file cut exactly at a line end is a valid shorter file: no byte tells the reader that rows are missing, and a
    /// row count kept elsewhere is the only defence. What the regulator sees is the count of rows read.
    /// </summary>
    [Theory]
    [MemberData(nameof(CutAtLineEndCases))]
    public Task A_file_cut_at_a_line_end_reads_as_the_shorter_file_it_is_since_nothing_marks_the_cut(string name) =>
        AssertReadsAsEquivalent(name);

    // The case of that name, what it expects, and what reading it gave.
    private static async Task<(HostileCase Case, T Expected, DataFileImport Import)> Read<T>(string name)
        where T : Outcome
    {
        var hostile = HostileCorpus.Cases[name];
        return (hostile, (T)hostile.Expected, await ReadBeforeDeadline(hostile));
    }

    /// <summary>Reads the case on another thread; fails on a hang, and on any exception, which is a crash.</summary>
    internal static async Task<DataFileImport> ReadBeforeDeadline(HostileCase hostile)
    {
        var read = Task.Run(() =>
        {
            using var stream = hostile.Open();
            return DataFileReader.Import(stream, hostile.Sample.FileName);
        });
        try
        {
            return await read.WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{hostile.Name}: still reading after {Deadline.TotalSeconds:N0} s");
            throw;
        }
        catch (Exception crash)
        {
            Assert.Fail($"{hostile.Name}: the reader crashed with {crash.GetType().Name}: {crash.Message}");
            throw;
        }
    }

    /// <summary>An error a regulator can act on: the file, a line and column, what was wrong and what was expected, briefly.</summary>
    internal static void AssertClear(ImportError error, string fileName)
    {
        Assert.Equal(fileName, error.File);
        Assert.True(error.Line >= 0 && error.Column >= 0, $"{error}: no line or column");
        Assert.False(string.IsNullOrWhiteSpace(error.Problem), $"{error}: no problem");
        Assert.False(string.IsNullOrWhiteSpace(error.Expected), $"{error}: no expectation");
        var length = error.Problem.Length + error.Expected.Length;
        Assert.True(length <= ReadableLength, $"an error of {length:N0} characters: {error.Problem[..Math.Min(200, error.Problem.Length)]}…");
        Assert.StartsWith($"{Place(error)}: {error.Problem}; expected {error.Expected}", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Where an error is, as its message says it: <c>file:line:column</c>, without the parts that are 0.</summary>
    private static string Place(ImportError error) =>
        error.Line == 0 ? error.File : error.Column == 0 ? $"{error.File}:{error.Line}" : $"{error.File}:{error.Line}:{error.Column}";

    // The case reads without error to its rows, and to the values of the clean file it stands for.
    private static async Task AssertReadsAsEquivalent(string name)
    {
        var (hostile, expected, import) = await Read<ReadsAs>(name);

        AssertRead(import, hostile.Sample, expected.Rows);
        AssertSameValues(expected.Equivalent(), hostile.Sample, import);
    }

    private static void AssertRead(DataFileImport import, Sample sample, int rows)
    {
        Assert.True(import.IsValid, string.Join("\n", import.Errors));
        Assert.Equal(sample.Kind, import.Kind);
        Assert.Equal(rows, import.Rows);
        Assert.Equal(rows, ValuesOf(import).Sum(RowsOf));
    }

    private static void AssertSameValues(string equivalent, Sample sample, DataFileImport import)
    {
        var clean = DataFileReader.Import(new MemoryStream(HostileCorpus.Utf8(equivalent)), sample.FileName);
        Assert.True(clean.IsValid, string.Join("\n", clean.Errors));
        Assert.Equal(ValuesOf(clean).SelectMany(TextsOf), ValuesOf(import).SelectMany(TextsOf));
    }

    /// <summary>The values of any kind of file; empty for a file of no known kind.</summary>
    private static IReadOnlyList<object> ValuesOf(DataFileImport import) => import switch
    {
        ImportResult<AllocationTable> tables => tables.Values,
        ImportResult<Footnote> footnotes => footnotes.Values,
        ImportResult<CountryListing> countries => countries.Values,
        ImportResult<GroupMembership> groups => groups.Values,
        ImportResult<Amendment> amendments => amendments.Values,
        ImportResult<EditionDefinition> editions => editions.Values,
        ImportResult<AgendaItem> items => items.Values,
        ImportResult<AgendaBand> bands => bands.Values,
        ImportResult<Position> positions => positions.Values,
        ImportResult<CpmMethod> methods => methods.Values,
        ImportResult<RegionalPosition> regional => regional.Values,
        _ => [],
    };

    /// <summary>The rows a value was read from: an allocation table holds many.</summary>
    private static int RowsOf(object value) =>
        value is AllocationTable table ? table.Allocations.Count + table.BandFootnotes.Count : 1;

    /// <summary>The free texts of a value, as read: names, titles, conditions, outcomes, sources.</summary>
    private static IEnumerable<string> TextsOf(object value) => value switch
    {
        AllocationTable table =>
            [table.Name, table.Edition, .. table.BandFootnotes.Select(b => b.Provenance.Source), .. table.Allocations.Select(a => a.Provenance.Source)],
        Footnote footnote => [footnote.Id.ToString(), footnote.Text, footnote.Provenance.Source],
        CountryListing country => [country.Country.ToString(), country.Name, country.Provenance.Source],
        GroupMembership member => [member.Group.ToString(), member.GroupName, member.Member.ToString(), member.Provenance.Source],
        Amendment amendment => [amendment.Conference, amendment.Range.ToString(), amendment.Provenance.Source],
        EditionDefinition edition => [edition.Name, edition.Description, edition.Provenance.Source],
        AgendaItem item => [item.Number, item.Resolution, item.Title, item.Provenance.Source],
        AgendaBand band => [band.AgendaItem, band.Range.ToString(), band.Provenance.Source],
        Position position => [position.AgendaItem, position.Range.ToString(), position.Conditions, position.Outcome, position.Provenance.Source],
        CpmMethod method => [method.AgendaItem, method.Method, method.Summary, method.Provenance.Source],
        RegionalPosition regional => [regional.AgendaItem, Terms.Of(regional.Organisation), regional.Method, regional.View, regional.Provenance.Source],
        _ => throw new ArgumentException($"no texts for a {value.GetType().Name}", nameof(value)),
    };
}
