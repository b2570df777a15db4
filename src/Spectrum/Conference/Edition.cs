namespace Spectrum.Conference;

/// <summary>An edition built from its definition: its tables (one per Region for the RR editions), all tagged with its name.</summary>
public sealed record Edition(EditionDefinition Definition, IReadOnlyList<AllocationTable> Tables)
{
    public string Name => Definition.Name;

    /// <summary>
    /// How many changes (amendment rows) of each conference this edition applies to its base, in the order the
    /// conferences first appear in its amendment files; empty for an edition on files only.
    /// </summary>
    public IReadOnlyList<(string Conference, int Changes)> ChangesByConference { get; init; } = [];

    /// <summary>
    /// What the edition is built from and how many changes of which conferences it holds:
    /// <c>RR-2020 (RR-2012 + 87 changes of WRC-15/19)</c>, <c>RR-2012 (4 base files)</c>.
    /// </summary>
    public string Lineage
    {
        get
        {
            var origin = Definition.BaseEdition ?? $"{Definition.BaseFiles.Count} base file{(Definition.BaseFiles.Count == 1 ? "" : "s")}";
            var changes = ChangesByConference.Sum(c => c.Changes);
            return changes == 0 ? $"{Name} ({origin})" : $"{Name} ({origin} + {changes} change{(changes == 1 ? "" : "s")} of {Conferences()})";
        }
    }

    /// <summary>WRC-15/19 where every conference is a WRC, else the names joined: WRC-15, RRC-06.</summary>
    private string Conferences()
    {
        const string Prefix = "WRC-";
        var names = ChangesByConference.Select(c => c.Conference).ToArray();
        return names.All(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            ? Prefix + string.Join('/', names.Select(n => n[Prefix.Length..]))
            : string.Join(", ", names);
    }

    public override string ToString() => Name;
}

/// <summary>
/// Builds editions from their definitions: an edition starts from the tables of its base (an earlier edition, or the
/// tables given for it) and applies its amendment files in the order its definition lists them, each file's rows in
/// file order (<see cref="AmendmentEngine"/>). Definitions may come in any order; a base is built before the editions
/// on it.
/// </summary>
public static class EditionBuilder
{
    /// <summary>
    /// Every edition of <paramref name="definitions"/>, in their order. <paramref name="baseTables"/> gives, by edition
    /// name, the tables of each edition whose base is files (RR-2012: the three Region tables read from them);
    /// <paramref name="amendments"/> gives the rows of each amendment file, by the file as the definitions name it.
    /// </summary>
    /// <exception cref="ImportException">Every amendment, in every edition, that could not be applied.</exception>
    /// <exception cref="ArgumentException">
    /// A definition whose base edition is unknown or part of a cycle, an edition on files without tables given, or an
    /// amendment file without rows given: definitions read by the edition reader have none of these.
    /// </exception>
    public static IReadOnlyList<Edition> Build(
        IReadOnlyList<EditionDefinition> definitions,
        IReadOnlyDictionary<string, IReadOnlyList<AllocationTable>> baseTables,
        IReadOnlyDictionary<string, IReadOnlyList<Amendment>> amendments)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(baseTables);
        ArgumentNullException.ThrowIfNull(amendments);

        var byName = new Dictionary<string, EditionDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!byName.TryAdd(definition.Name, definition))
            {
                throw new ArgumentException($"edition {definition.Name} is defined twice", nameof(definitions));
            }
        }

        var built = new Dictionary<string, Edition>(StringComparer.Ordinal);
        var underway = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<ImportError>();

        Edition BuildOne(EditionDefinition definition)
        {
            if (built.TryGetValue(definition.Name, out var done))
            {
                return done;
            }

            if (!underway.Add(definition.Name))
            {
                throw new ArgumentException($"edition {definition.Name} is based on itself", nameof(definitions));
            }

            IReadOnlyList<AllocationTable> start;
            if (definition.BaseEdition is { } baseName)
            {
                start = byName.TryGetValue(baseName, out var baseDefinition)
                    ? BuildOne(baseDefinition).Tables
                    : throw new ArgumentException($"edition {definition.Name} is based on {baseName}, which is not defined", nameof(definitions));
            }
            else
            {
                start = baseTables.TryGetValue(definition.Name, out var tables)
                    ? tables
                    : throw new ArgumentException($"no base tables given for edition {definition.Name}", nameof(baseTables));
            }

            var work = start.Select(t => new AmendedTable(t)).ToArray();
            foreach (var file in definition.AmendmentFiles)
            {
                if (!amendments.TryGetValue(file, out var rows))
                {
                    throw new ArgumentException($"no amendments given for {file}, which edition {definition.Name} applies", nameof(amendments));
                }

                foreach (var amendment in rows)
                {
                    AmendmentEngine.ApplyToAll(work, amendment, errors);
                }
            }

            var changes = definition.AmendmentFiles
                .SelectMany(file => amendments[file])
                .GroupBy(a => a.Conference, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count()))
                .ToArray();
            var edition = new Edition(definition, [.. work.Select(t => t.ToTable(definition.Name))]) { ChangesByConference = changes };
            built.Add(definition.Name, edition);
            underway.Remove(definition.Name);
            return edition;
        }

        var editions = definitions.Select(BuildOne).ToArray();
        if (errors.Count > 0)
        {
            // A file applied by two editions fails the same way in both: say it once.
            throw new ImportException([.. errors.Distinct()]);
        }

        return editions;
    }
}
