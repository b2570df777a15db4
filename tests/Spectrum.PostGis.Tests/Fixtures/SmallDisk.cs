using System.Globalization;

namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>A file or folder left on a <see cref="SmallDisk"/>: its path below the mount point and its size in bytes.</summary>
public sealed record DiskEntry(string Path, bool IsFolder, long Size);

/// <summary>
/// A nearly full disk for one command: a tmpfs of <see cref="Size"/> bytes mounted at <see cref="Folder"/>, filled up
/// to <see cref="Free"/> bytes left, around a run of <c>spectrum</c>. The tmpfs lives in a mount namespace of the
/// command's own (<c>unshare --mount</c>, as root; <c>unshare --user --map-root-user --mount</c> otherwise), so no one
/// else sees it and it cannot outlive the command even when the test dies; the script also unmounts it on exit, as a
/// finally would. What the folder held at the end is listed to a file outside it.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    public const string Filler = "filler";

    // The script's own failures, told apart from the command's exit codes.
    private const int CannotMount = 97;

    private const string Script = """
        set -u
        dir=$1 size=$2 fill=$3 listing=$4
        shift 4
        mount -t tmpfs -o "size=$size" tmpfs "$dir" || exit 97
        trap 'umount "$dir"' EXIT
        head -c "$fill" /dev/zero > "$dir/filler" || exit 98
        "$@"
        status=$?
        find "$dir" -mindepth 1 -printf '%y %s %P\n' > "$listing"
        exit $status
        """;

    public SmallDisk(long size, long free)
    {
        Size = size;
        Free = free;
        Folder = Directory.CreateTempSubdirectory("spectrum-full-").FullName;
    }

    /// <summary>Where the tmpfs is mounted while a command runs: an empty folder otherwise.</summary>
    public string Folder { get; }

    public long Size { get; }

    public long Free { get; }

    /// <summary>Runs <c>spectrum</c> with the tmpfs mounted; returns what it printed and what the tmpfs held afterwards (the filler aside).</summary>
    public async Task<(CommandResult Result, IReadOnlyList<DiskEntry> Entries)> RunAsync(CommandLine spectrum, params string[] args)
    {
        var listing = Path.Combine(spectrum.Home, $"listing-{Guid.NewGuid():N}");
        string[] unshare = Environment.IsPrivilegedProcess ? ["unshare", "--mount"] : ["unshare", "--user", "--map-root-user", "--mount"];
        string[] wrapper =
        [
            .. unshare, "sh", "-c", Script, "sh", Folder,
            Size.ToString(CultureInfo.InvariantCulture), (Size - Free).ToString(CultureInfo.InvariantCulture), listing,
        ];
        var result = await spectrum.RunWithinAsync(wrapper, args);
        if (result.ExitCode == CannotMount || !File.Exists(listing))
        {
            Assert.Fail(
                $"A full disk is simulated with a tmpfs in a private mount namespace: that needs root, or unprivileged user namespaces for "
                + $"`unshare --user --map-root-user --mount` (sysctl kernel.unprivileged_userns_clone=1, and on Ubuntu "
                + $"kernel.apparmor_restrict_unprivileged_userns=0). The script said: {result.Error.Trim()}");
        }

        var entries = (await File.ReadAllLinesAsync(listing))
            .Select(line => line.Split(' ', 3))
            .Select(parts => new DiskEntry(parts[2], parts[0] == "d", long.Parse(parts[1], CultureInfo.InvariantCulture)))
            .Where(e => e.Path != Filler)
            .ToList();
        File.Delete(listing);
        return (result, entries);
    }

    public void Dispose() => Directory.Delete(Folder);
}
