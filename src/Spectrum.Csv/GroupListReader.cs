using Spectrum.Areas;
using Spectrum.Csv.Internal;

namespace Spectrum.Csv;

/// <summary>
/// Reads the groups list (<c>data/areas/groups.csv</c>): one row per member, columns <c>group</c>, <c>name</c>,
/// <c>member</c> (an ISO 3166 alpha-2 code), and optionally <c>source</c> and <c>confidence</c>.
/// </summary>
public static class GroupListReader
{
    internal static readonly ColumnSpec Group = new("group", true);
    internal static readonly ColumnSpec Name = new("name", true);
    internal static readonly ColumnSpec Member = new("member", true);

    internal static readonly ColumnSpec[] Columns = [Group, Name, Member, Cells.Source, Cells.Confidence];

    /// <exception cref="ImportException">Every problem of the file.</exception>
    public static IReadOnlyList<GroupMembership> Read(string path) => Import(path).ValuesOrThrow();

    public static ImportResult<GroupMembership> Import(string path)
    {
        using var stream = DataFileReader.OpenRead(path);
        var errors = new ErrorList(path, DataFileReader.ErrorLimit);
        using var file = DelimitedFile.Open(stream, errors);
        return Import(file);
    }

    internal static ImportResult<GroupMembership> Import(DelimitedFile file)
    {
        var errors = file.Errors;
        var map = file.Header.Count == 0 ? null : ColumnMap.Map(file.Header, Columns, errors);
        var members = new List<GroupMembership>();
        if (map is not null)
        {
            foreach (var row in file.Rows())
            {
                var ok = true;
                var groupText = row[map[Group]];
                if (!AreaCode.TryParse(groupText, out var group) || group.Kind != AreaKind.Group)
                {
                    errors.Add(row.Line, map[Group], $"'{groupText}' is not a group code", "letters and digits, three or more, such as CEPT or EU27");
                    ok = false;
                }

                var name = row[map[Name]];
                if (name.Length == 0)
                {
                    errors.Add(row.Line, map[Name], "empty", "the group's name");
                    ok = false;
                }

                var memberText = row[map[Member]];
                if (!AreaCode.TryParse(memberText, out var member) || member.Kind != AreaKind.Country)
                {
                    errors.Add(row.Line, map[Member], $"'{memberText}' is not an ISO 3166 alpha-2 code", "two letters, such as NL");
                    ok = false;
                }

                var provenance = Cells.ReadProvenance(row, map, errors);
                if (ok && provenance is not null && !errors.Any)
                {
                    members.Add(new GroupMembership(group, name, member, provenance));
                }
            }
        }

        return new ImportResult<GroupMembership>(file.FileName, DataFileKind.GroupList, file.RowCount, members, errors.Kept, errors.Total);
    }
}
