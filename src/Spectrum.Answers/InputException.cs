namespace Spectrum.Answers;

/// <summary>Bad input: a question the store cannot answer as asked. The command line prints it as one line with exit
/// code 2; the web API answers 400 with the same message.</summary>
public sealed class InputException(string message) : Exception(message);
