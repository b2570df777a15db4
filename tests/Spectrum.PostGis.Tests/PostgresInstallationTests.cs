namespace Spectrum.PostGis.Tests;

public sealed class PostgresInstallationTests : IDisposable
{
    private const string InstallCommand = "sudo apt-get install postgresql-15 postgresql-15-postgis-3";

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("spectrum-install-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public async Task This_machine_has_postgresql_with_postgis()
    {
        var installation = await PostgresInstallation.LocateAsync();

        Assert.True(File.Exists(installation.Program("initdb")));
        Assert.Matches(@"^\d+\.\d+", installation.PostgresVersion);
        Assert.Matches(@"^3\.", installation.PostGisVersion);
    }

    [Fact]
    public async Task Without_postgresql_the_error_says_how_to_install_it()
    {
        var error = await Assert.ThrowsAsync<PostgresNotInstalledException>(() => PostgresInstallation.LocateAsync(null, root.FullName));

        Assert.Contains(InstallCommand, error.Message, StringComparison.Ordinal);
        Assert.Contains("bash .ci/install", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Without_postgis_the_error_says_how_to_install_it()
    {
        FakeServerPrograms("15", "15.4");

        var error = await Assert.ThrowsAsync<PostgresNotInstalledException>(() => PostgresInstallation.LocateAsync(null, root.FullName));

        Assert.Contains("PostGIS", error.Message, StringComparison.Ordinal);
        Assert.Contains(InstallCommand, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_highest_installed_version_is_chosen()
    {
        FakeServerPrograms("9.6", "9.6.24", withPostGis: true);
        FakeServerPrograms("16", "16.2", withPostGis: true);
        FakeServerPrograms("15", "15.4", withPostGis: true);
        Directory.CreateDirectory(Path.Combine(root.FullName, "17", "bin"));   // a leftover without programs

        var installation = await PostgresInstallation.LocateAsync(null, root.FullName);

        Assert.Equal(Path.Combine(root.FullName, "16", "bin"), installation.BinDirectory);
        Assert.Equal("16.2", installation.PostgresVersion);
        Assert.Equal("3.4.2", installation.PostGisVersion);
    }

    [Fact]
    public async Task A_pg_config_that_names_no_server_programs_is_passed_over()
    {
        var error = await Assert.ThrowsAsync<PostgresNotInstalledException>(
            () => PostgresInstallation.LocateAsync("/bin/false", root.FullName));

        Assert.Contains(InstallCommand, error.Message, StringComparison.Ordinal);
    }

    /// <summary>A Debian-like <c>&lt;root&gt;/&lt;major&gt;/bin</c> whose programs only say their version.</summary>
    private void FakeServerPrograms(string major, string version, bool withPostGis = false)
    {
        var bin = Directory.CreateDirectory(Path.Combine(root.FullName, major, "bin")).FullName;
        var share = Directory.CreateDirectory(Path.Combine(root.FullName, major, "share")).FullName;
        Script(Path.Combine(bin, "postgres"), $"echo 'postgres (PostgreSQL) {version}'");
        Script(Path.Combine(bin, "pg_config"), $"echo '{share}'");
        Script(Path.Combine(bin, "initdb"), "exit 1");
        Script(Path.Combine(bin, "pg_ctl"), "exit 1");
        if (withPostGis)
        {
            Directory.CreateDirectory(Path.Combine(share, "extension"));
            File.WriteAllText(Path.Combine(share, "extension", "postgis.control"), "default_version = '3.4.2'\n");
        }
    }

    private static void Script(string path, string body)
    {
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
