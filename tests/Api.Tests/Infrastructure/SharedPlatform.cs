namespace Platform.Api.Tests.Infrastructure;

/// <summary>One seeded host shared by the test classes that only read.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPlatform : ICollectionFixture<PlatformFactory>
{
    public const string Name = "Shared platform (read-only)";
}
