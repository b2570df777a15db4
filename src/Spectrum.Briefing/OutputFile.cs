using System.Text;

namespace Spectrum.Briefing;

/// <summary>
/// Writes the files a command was asked for, each whole or not at all. The bytes go to a temporary file in the
/// target's folder, which is renamed over the target only once complete; on any failure the temporary file is deleted
/// and the failure is an <see cref="OutputFileException"/> that names the target and says why (a full disk, a missing
/// folder, no permission), so a reader never sees half a file and the person at the console sees one line.
/// </summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> puts in the stream (readable and seekable, for zip packages).</summary>
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            T result;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                result = write(stream);
            }

            File.Move(temporary, full, overwrite: true);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(full, $"cannot write {full}: {Reason(e)}", e);
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    /// <inheritdoc cref="Write{T}(string, Func{Stream, T})"/>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            write(stream);
            return true;
        });
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark; returns the path.</summary>
    public static string WriteText(string path, string text)
    {
        Write(path, stream => stream.Write(Utf8.GetBytes(text)));
        return path;
    }

    /// <summary>Creates the folder (and those above it) unless it exists; returns its full path.</summary>
    public static string CreateFolder(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(full);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(full, $"cannot create the folder {full}: {Reason(e)}", e);
        }
    }

    // The operating system's words without the path they quote: that is the temporary file, not the one asked for.
    private static string Reason(Exception e) => e switch
    {
        DirectoryNotFoundException => "a folder on its path does not exist",
        FileNotFoundException => "nothing can be created there",
        UnauthorizedAccessException => "permission denied",
        _ when e.Message.IndexOf(" : '", StringComparison.Ordinal) is var quoted and > 0 => e.Message[..quoted],
        _ => e.Message,
    };

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the failure that brought us here is the one worth reporting.
        }
    }
}

/// <summary>An output file could not be written; the message names it and says why, in one line.</summary>
public sealed class OutputFileException(string path, string message, Exception innerException) : IOException(message, innerException)
{
    /// <summary>The file (or folder) that was asked for.</summary>
    public string OutputPath { get; } = path;
}
