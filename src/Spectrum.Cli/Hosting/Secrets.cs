using System.Text.RegularExpressions;

namespace Spectrum.Cli.Hosting;

/// <summary>
/// Keeps passwords out of what the program prints. A connection string given with <c>--db</c> (or by mistake anywhere
/// on the command line) may carry one, and an error that quotes the command line would show it.
/// </summary>
internal static partial class Secrets
{
    /// <summary>True when an argument holds a password in connection-string form (<c>Password=…</c>, <c>Pwd=…</c>).</summary>
    public static bool AnyIn(IEnumerable<string> args) => args.Any(PasswordSetting().IsMatch);

    /// <summary>The text with the value of every password setting replaced by <c>***</c>.</summary>
    public static string Redact(string text) => PasswordSetting().Replace(text, "${key}***");

    // Npgsql takes Password, PSW and PWD, in any case, with spaces around the '=' and a value that may be quoted; an
    // unquoted value ends at a ';', or at the quote an error message puts around the whole string.
    [GeneratedRegex("""(?<key>\b(?:password|psw|pwd)\s*=\s*)(?:"[^"]*"?|'[^']*'?|[^;'"]*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordSetting();
}
