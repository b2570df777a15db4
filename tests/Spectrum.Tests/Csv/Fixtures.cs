using System.Text;
using Spectrum.Csv;

namespace Spectrum.Tests.Csv;

/// <summary>Reading fixture text as a file of a given name, without touching the disk.</summary>
internal static class Fixtures
{
    public const string Header = "table,edition,area,lower_hz,upper_hz,service,status,footnotes,source,confidence";

    public static Stream Utf8(string text) => new MemoryStream(new UTF8Encoding(false).GetBytes(text));

    public static IReadOnlyList<AllocationTable> ReadTables(string text, string fileName = "test.csv", TableDefaults? defaults = null) =>
        new AllocationTableReader(defaults).Read(Utf8(text), fileName);

    public static AllocationTable ReadTable(string text, string fileName = "test.csv", TableDefaults? defaults = null) =>
        Assert.Single(ReadTables(text, fileName, defaults));

    public static AllocationTableImport ImportTables(string text, string fileName = "test.csv", TableDefaults? defaults = null) =>
        new AllocationTableReader(defaults).Import(Utf8(text), fileName);

    public static AllocationTableImport ImportTables(byte[] bytes, string fileName = "test.csv") =>
        new AllocationTableReader().Import(new MemoryStream(bytes), fileName);

    /// <summary>The file's only error; fails when the file is valid or has several.</summary>
    public static ImportError SingleError(string text, string fileName = "test.csv", TableDefaults? defaults = null)
    {
        var import = ImportTables(text, fileName, defaults);
        Assert.False(import.IsValid);
        return Assert.Single(import.Errors);
    }
}
