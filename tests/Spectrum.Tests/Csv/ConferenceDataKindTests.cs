using Spectrum.Csv;

namespace Spectrum.Tests.Csv;

public class ConferenceDataKindTests
{
    [Theory]
    [InlineData("conference,agenda_item,area,lower_hz,upper_hz,service,action,status,footnote,identifies,source,confidence")]
    [InlineData("agenda_item,area,lower_hz,upper_hz,service,action,status,identifies,highlight,source,confidence")]
    [InlineData("agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,source,confidence")]
    [InlineData("action,area,lower_hz,upper_hz,service,status")]
    public void Amendments_and_agenda_files_are_never_taken_for_allocation_tables(string header)
    {
        Assert.NotEqual(DataFileKind.AllocationTable, DataFileReader.DetectKind(header.Split(',')));
    }

    [Fact]
    public void A_conference_file_of_no_known_kind_is_unrecognised_rather_than_read_as_a_table()
    {
        Assert.Equal(DataFileKind.Unrecognised, DataFileReader.DetectKind("action,area,lower_hz,upper_hz,service,status".Split(',')));
    }

    [Fact]
    public void A_groups_list_is_read_with_its_members()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "group,name,member,source,confidence\nEU27,European Union,NL,treaty,high\nEU27,European Union,BE,treaty,high\n");
        try
        {
            var import = DataFileReader.Import(path);
            Assert.Equal(DataFileKind.GroupList, import.Kind);
            var members = Assert.IsType<ImportResult<Spectrum.Areas.GroupMembership>>(import).Values;
            Assert.Equal(["NL", "BE"], members.Select(m => m.Member.Value));
            Assert.All(members, m => Assert.Equal("EU27", m.Group.Value));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_group_member_that_is_not_a_country_code_is_an_error_with_its_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "group,name,member\nEU27,European Union,NL\nEU27,European Union,Netherlands\n");
        try
        {
            var import = DataFileReader.Import(path);
            var error = Assert.Single(import.Errors);
            Assert.Equal(3, error.Line);
            Assert.Contains("Netherlands", error.Problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
