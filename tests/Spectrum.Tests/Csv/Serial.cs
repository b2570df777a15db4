namespace Spectrum.Tests.Csv;

/// <summary>Tests that measure time or memory run alone, after the others, so that no other test skews them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Serial
{
    public const string Name = "serial";
}
