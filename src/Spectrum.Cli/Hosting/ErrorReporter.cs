using System.Text.RegularExpressions;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectrum.Briefing;
using Spectrum.PostGis;

namespace Spectrum.Cli.Hosting;

/// <summary>
/// The one place an error becomes what a person reads and the exit code a script sees: bad input on the command line,
/// bad data files, a store that fails, a file that cannot be written. Each is one message on standard error (a data
/// file's errors one per line, as compilers print them) and exit code 2; a password is never printed.
/// </summary>
internal sealed partial class ErrorReporter(IAnsiConsole errors)
{
    /// <summary>Exit code 2: bad input, a failing store, an output file that cannot be written.</summary>
    public const int Failed = 2;

    /// <summary>True for the errors the program reports as a message; any other is a fault, with its stack trace.</summary>
    public static bool Reports(Exception e) => e is CommandParseException or CommandRuntimeException or InputException or StoreException
        or OutputFileException or ImportException or NpgsqlException or BriefingException;

    /// <summary>Writes the error to standard error (a command-line error in one line); returns the exit code.</summary>
    public int Report(Exception e, IReadOnlyList<string> args)
    {
        errors.Profile.Out.Writer.WriteLine(Secrets.Redact(Message(e, args)));
        errors.Profile.Out.Writer.Flush();
        return Failed;
    }

    /// <summary>Writes a problem that did not stop the command (a row an import left out) to standard error, one line.</summary>
    public void Warn(string line)
    {
        errors.Profile.Out.Writer.WriteLine(Secrets.Redact(line));
        errors.Profile.Out.Writer.Flush();
    }

    /// <summary>The error in the words the program prints it with.</summary>
    public static string Message(Exception e, IReadOnlyList<string> args) => e switch
    {
        ImportException => e.Message,
        NpgsqlException npgsql => $"error: {StoreException.Failed("the database failed", npgsql).Message}",
        CommandAppException when ConversionFailure().Match(e.Message) is { Success: true } failure => Conversion(failure, args),
        _ => $"error: {e.Message}",
    };

    // Spectre names the type it could not convert to, which for an optional number is Nullable`1; name the option.
    private static string Conversion(Match failure, IReadOnlyList<string> args)
    {
        var value = failure.Groups["value"].Value;
        var at = args.ToList().IndexOf(value);
        var option = at > 0 && args[at - 1].StartsWith('-') ? args[at - 1] : "an option";
        return $"error: {option} '{value}': expected a number within range";
    }

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to Nullable`1\.", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();
}
