using Spectrum.Conference;

namespace Spectrum.Csv;

/// <summary>
/// Builds every edition an editions file defines: reads the list, the base files of each edition on files (allocation
/// tables; footnote files are read to check them, their texts are not part of the tables) and every amendment file,
/// then applies them with <see cref="EditionBuilder"/>. Every problem of every file, and every amendment that cannot
/// be applied, is thrown together.
/// </summary>
public static class EditionLoader
{
    /// <param name="editionsPath">The editions file; the files it names are relative to its folder.</param>
    /// <param name="regionOf">The Region of a country, for amendments written for countries (<see cref="AmendmentReader"/>).</param>
    /// <exception cref="ImportException">Every problem found.</exception>
    public static IReadOnlyList<Edition> Load(string editionsPath, Func<AreaCode, AreaCode?>? regionOf = null)
    {
        var definitions = EditionListReader.Read(editionsPath);
        var folder = EditionListReader.DataFolderOf(editionsPath);
        var errors = new List<ImportError>();
        var errorCount = 0;

        void Collect(DataFileImport import)
        {
            errors.AddRange(import.Errors);
            errorCount += import.ErrorCount;
        }

        var baseTables = new Dictionary<string, IReadOnlyList<AllocationTable>>(StringComparer.Ordinal);
        foreach (var definition in definitions.Where(d => d.BaseEdition is null))
        {
            var tables = new List<AllocationTable>();
            foreach (var file in definition.BaseFiles)
            {
                var path = Path.Combine(folder, file);
                var import = DataFileReader.Import(path);
                Collect(import);
                switch (import)
                {
                    case AllocationTableImport read: tables.AddRange(read.Values); break;
                    case ImportResult<Footnote>: break;
                    default:
                        if (import.IsValid)
                        {
                            errors.Add(new ImportError(path, 0, 0, $"base file {file} of edition {definition.Name} is a {import.Kind} file",
                                "allocation tables (and footnote texts)"));
                            errorCount++;
                        }

                        break;
                }
            }

            baseTables[definition.Name] = tables;
        }

        var reader = new AmendmentReader(regionOf);
        var amendments = new Dictionary<string, IReadOnlyList<Amendment>>(StringComparer.Ordinal);
        foreach (var file in definitions.SelectMany(d => d.AmendmentFiles).Distinct(StringComparer.Ordinal))
        {
            var import = reader.Import(Path.Combine(folder, file));
            Collect(import);
            amendments[file] = import.Values;
        }

        if (errorCount > 0)
        {
            throw new ImportException(errors, errorCount);
        }

        return EditionBuilder.Build(definitions, baseTables, amendments);
    }
}
