namespace Spectrum.PostGis.Tests.Fixtures;

/// <summary>The tests that share the one <see cref="PostGisFixture"/> server: mark a class <c>[Collection(PostGisCollection.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class PostGisCollection : ICollectionFixture<PostGisFixture>
{
    public const string Name = "PostGIS";
}
