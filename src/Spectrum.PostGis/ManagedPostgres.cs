using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Npgsql;
using Spectrum.PostGis.Internal;

namespace Spectrum.PostGis;

/// <summary>
/// A PostGIS server that Spectrum runs itself from a home directory: the cluster in <c>pgdata</c>, a Unix socket in
/// the private directory <c>socket</c> (mode 0700) and no TCP listener at all, the server's log in <c>postgres.log</c>.
/// Clients connect as the account that runs the server with trust authentication, which is safe only because no one
/// else can reach that socket. When Spectrum runs as root the server runs as <c>postgres</c> (initdb refuses root).
/// </summary>
public sealed partial class ManagedPostgres
{
    public const string DatabaseName = "spectrum";

    // With no TCP listener the port only names the socket file, and each home has its own socket directory.
    private const int Port = 5432;

    // sockaddr_un.sun_path is 108 bytes including the terminating NUL.
    private const int MaxSocketPathLength = 107;

    private static readonly TimeSpan ServerTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CrashRecoveryPatience = TimeSpan.FromSeconds(10);

    private readonly ManagedPostgresOptions options;
    private readonly bool runsAsRoot = Environment.IsPrivilegedProcess;
    private PostgresInstallation? installation;

    public ManagedPostgres(string home, ManagedPostgresOptions? options = null)
    {
        Home = Path.GetFullPath(home);
        this.options = options ?? new ManagedPostgresOptions();
        installation = this.options.Installation;
        ServerUser = runsAsRoot ? "postgres" : Environment.UserName;
    }

    /// <summary>The user's server, in <see cref="SpectrumHome.Resolve"/>.</summary>
    public static ManagedPostgres ForCurrentUser() => new(SpectrumHome.Resolve());

    public string Home { get; }

    public string DataDirectory => Path.Combine(Home, "pgdata");

    public string SocketDirectory => Path.Combine(Home, "socket");

    public string LogFile => Path.Combine(Home, "postgres.log");

    /// <summary>The account that owns the cluster and runs the server; also the database superuser clients log in as.</summary>
    public string ServerUser { get; }

    public bool IsThrowaway => options.Throwaway;

    public bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    /// <summary>The <c>spectrum</c> database, through the private socket.</summary>
    public string ConnectionString => ConnectionStringFor(DatabaseName);

    private string? AsServerUser => runsAsRoot ? ServerUser : null;

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Port = Port,
        Database = database,
        Username = ServerUser,
    }.ConnectionString;

    public async Task<PostgresInstallation> GetInstallationAsync(CancellationToken cancellationToken = default) =>
        installation ??= await PostgresInstallation.LocateAsync(cancellationToken);

    public async Task<ServerStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        if (!IsInitialised)
        {
            return ServerStatus.NotInitialised;
        }

        // A clean shutdown removes the pid file; without one there is nothing to ask pg_ctl (or to need it installed for).
        if (!File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return ServerStatus.Stopped;
        }

        // pg_ctl checks that the pid in the file is alive, so a pid file left by a crash reads as stopped.
        var pgCtl = (await GetInstallationAsync(cancellationToken)).Program("pg_ctl");
        var result = await ProcessRunner.RunAsync(pgCtl, ["status", "-D", DataDirectory], AsServerUser, cancellationToken);
        return result.ExitCode switch
        {
            0 => new ServerStatus(ServerState.Running, ParsePid(result.StandardOutput)),
            3 => ServerStatus.Stopped,
            _ => throw new ManagedPostgresException($"Cannot tell whether the server in {DataDirectory} runs: {result.LastMessageLine}"),
        };
    }

    /// <summary>
    /// Makes the server ready for use: creates the cluster on first use, starts the server unless it already runs,
    /// and creates the <c>spectrum</c> database with the postgis extension. Safe to call at any time, from any process.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        // Unix sockets, file modes and runuser: elsewhere, point ConnectionStrings:Spectrum at a server instead.
        if (OperatingSystem.IsWindows())
        {
            throw new ManagedPostgresException("The managed PostgreSQL runs on Linux only; elsewhere, set ConnectionStrings:Spectrum to a PostGIS database.");
        }

        // The server nearly always runs already: then one connection tells, without pg_ctl, runuser or chown.
        if (await IsReadyAsync(cancellationToken))
        {
            return;
        }

        var postgres = await GetInstallationAsync(cancellationToken);
        CreateHome();
        using (await HomeLock.AcquireAsync(Home, cancellationToken))
        {
            await PrepareDirectoriesAsync(cancellationToken);
            if (!IsInitialised)
            {
                await InitialiseAsync(postgres, cancellationToken);
            }

            if ((await GetStatusAsync(cancellationToken)).State != ServerState.Running)
            {
                await StartServerAsync(postgres, cancellationToken);
            }

            await CreateDatabaseAsync(cancellationToken);
        }
    }

    /// <summary>
    /// True when the server answers on its socket and its database has PostGIS, all that <see cref="StartAsync"/>
    /// would bring about. A cluster never initialised, a clean shutdown (no pid file) or a server that does not answer
    /// (a crash leaves the pid file) reads as not ready, and the full start follows.
    /// </summary>
    private async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        if (!IsInitialised || !File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return false;
        }

        try
        {
            await using var connection = await StoreConnections.OpenUnpooledAsync(ConnectionString, cancellationToken);
            await using var postgis = new NpgsqlCommand("SELECT EXISTS (SELECT FROM pg_extension WHERE extname = 'postgis')", connection);
            return (bool)(await postgis.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (Exception e) when (e is StoreUnavailableException or NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>Stops the server (fast shutdown: sessions are ended, committed data is kept). Does nothing when stopped.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!IsInitialised)
        {
            return;
        }

        using (await HomeLock.AcquireAsync(Home, cancellationToken))
        {
            await StopServerAsync(cancellationToken);
        }
    }

    /// <summary>Stops the server and deletes the cluster and its log: the next start begins with an empty store.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Home))
        {
            return;
        }

        using (await HomeLock.AcquireAsync(Home, cancellationToken))
        {
            await StopServerAsync(cancellationToken);
            DeleteIfPresent(DataDirectory);
            File.Delete(LogFile);
        }
    }

    /// <summary>Stops the server and deletes the whole home directory: for throwaway servers.</summary>
    public async Task DestroyAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Home))
        {
            return;
        }

        await ResetAsync(cancellationToken);
        DeleteIfPresent(Home);
    }

    [UnsupportedOSPlatform("windows")]
    private void CreateHome()
    {
        // Only the server account needs to pass through the home, to reach pgdata and the socket directory.
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(Home, mode);
        if (runsAsRoot)
        {
            File.SetUnixFileMode(Home, File.GetUnixFileMode(Home) | UnixFileMode.OtherExecute);
        }
    }

    [UnsupportedOSPlatform("windows")]
    private async Task PrepareDirectoriesAsync(CancellationToken cancellationToken)
    {
        var socketFile = Path.Combine(SocketDirectory, $".s.PGSQL.{Port}");
        if (socketFile.Length > MaxSocketPathLength)
        {
            throw new ManagedPostgresException(
                $"The socket path {socketFile} is longer than Unix allows ({MaxSocketPathLength} bytes); set {SpectrumHome.Variable} to a shorter directory.");
        }

        if (SocketDirectory.Contains('"', StringComparison.Ordinal))
        {
            throw new ManagedPostgresException($"{SpectrumHome.Variable} must not contain a double quote: {Home}");
        }

        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(DataDirectory, ownerOnly);
        Directory.CreateDirectory(SocketDirectory, ownerOnly);
        File.SetUnixFileMode(SocketDirectory, ownerOnly);
        if (!File.Exists(LogFile))
        {
            // The log may quote statements and their data: it is no one else's business either.
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
            await using (new FileStream(LogFile, options))
            {
            }
        }

        if (runsAsRoot)
        {
            await HandOverToServerUserAsync(cancellationToken);
        }
    }

    private async Task HandOverToServerUserAsync(CancellationToken cancellationToken)
    {
        var paths = new[] { DataDirectory, SocketDirectory, LogFile };
        var chown = await ProcessRunner.RunAsync("chown", [$"{ServerUser}:", "--", .. paths], null, cancellationToken);
        if (!chown.Succeeded)
        {
            throw new ManagedPostgresException($"Cannot give {Home} to the {ServerUser} account: {chown.LastMessageLine}");
        }

        var reachable = await ProcessRunner.RunAsync("test", ["-w", DataDirectory, "-a", "-w", SocketDirectory], ServerUser, cancellationToken);
        if (!reachable.Succeeded)
        {
            throw new ManagedPostgresException(
                $"The {ServerUser} account, which runs the server, cannot reach {Home}: a directory above it is closed to other users. Set {SpectrumHome.Variable} to a directory it can reach, such as {SpectrumHome.RootDefault}.");
        }
    }

    private async Task InitialiseAsync(PostgresInstallation postgres, CancellationToken cancellationToken)
    {
        List<string> arguments =
        [
            "-D", DataDirectory, "--encoding=UTF8", "--no-locale",
            // Trust is acceptable only because the socket directory is private and there is no TCP listener;
            // should TCP ever be switched on, host connections are refused rather than trusted.
            "--auth-local=trust", "--auth-host=reject",
        ];
        if (IsThrowaway)
        {
            arguments.Add("--no-sync");
        }

        var result = await ProcessRunner.RunAsync(postgres.Program("initdb"), arguments, AsServerUser, cancellationToken);
        if (!result.Succeeded)
        {
            throw new ManagedPostgresException($"initdb could not create a cluster in {DataDirectory}: {result.LastMessageLine}");
        }
    }

    private async Task StartServerAsync(PostgresInstallation postgres, CancellationToken cancellationToken)
    {
        List<string> settings =
        [
            "listen_addresses=",
            $"unix_socket_directories=\"{SocketDirectory}\"",
            $"port={Port}",
        ];
        if (IsThrowaway)
        {
            settings.AddRange(["fsync=off", "synchronous_commit=off", "full_page_writes=off"]);
        }

        // Settings go on the command line rather than into postgresql.conf so that they follow the home if it moves.
        // pg_ctl hands -o to /bin/sh, hence the shell quoting.
        var serverOptions = string.Join(' ', settings.Select(s => "-c " + ShellQuote(s)));
        string[] arguments =
            ["start", "-w", "-t", $"{ServerTimeout.TotalSeconds:0}", "-D", DataDirectory, "-l", LogFile, "-o", serverOptions];
        var deadline = DateTime.UtcNow + CrashRecoveryPatience;
        while (true)
        {
            var result = await ProcessRunner.RunAsync(postgres.Program("pg_ctl"), arguments, AsServerUser, cancellationToken);
            if (result.Succeeded)
            {
                return;
            }

            // After a crash, the dead server's helper processes can hold its shared memory for a moment longer.
            var reason = LastLogMessage() ?? result.LastMessageLine;
            if (!reason.Contains("shared memory block", StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                throw new ManagedPostgresException($"PostgreSQL did not start: {reason} (log: {LogFile})");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private async Task StopServerAsync(CancellationToken cancellationToken)
    {
        if ((await GetStatusAsync(cancellationToken)).State != ServerState.Running)
        {
            return;
        }

        var pgCtl = (await GetInstallationAsync(cancellationToken)).Program("pg_ctl");
        var result = await ProcessRunner.RunAsync(
            pgCtl, ["stop", "-w", "-t", $"{ServerTimeout.TotalSeconds:0}", "-m", "fast", "-D", DataDirectory], AsServerUser, cancellationToken);
        if (!result.Succeeded)
        {
            throw new ManagedPostgresException($"PostgreSQL did not stop: {result.LastMessageLine} (log: {LogFile})");
        }
    }

    private async Task CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        await using (var admin = await StoreConnections.OpenUnpooledAsync(ConnectionStringFor("postgres"), cancellationToken))
        {
            await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", admin);
            exists.Parameters.Add(new NpgsqlParameter { Value = DatabaseName });
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", admin);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using var spectrum = await StoreConnections.OpenUnpooledAsync(ConnectionString, cancellationToken);
        await using var extension = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS postgis", spectrum);
        await extension.ExecuteNonQueryAsync(cancellationToken);
    }

    private string? LastLogMessage()
    {
        if (!File.Exists(LogFile))
        {
            return null;
        }

        var lines = File.ReadLines(LogFile).TakeLast(20).ToList();
        return lines.LastOrDefault(l => l.Contains("FATAL:", StringComparison.Ordinal) || l.Contains("ERROR:", StringComparison.Ordinal))
            ?? lines.LastOrDefault();
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string ShellQuote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static int? ParsePid(string pgCtlStatus) =>
        PidInStatus().Match(pgCtlStatus) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"PID: (\d+)")]
    private static partial Regex PidInStatus();
}
