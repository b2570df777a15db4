namespace Spectrum.Cli.Hosting;

/// <summary>Bad input on the command line: printed as one line, exit code 2.</summary>
internal sealed class InputException(string message) : Exception(message);
