using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.GraphQL;

[Collection(SharedPlatform.Name)]
public sealed class SchemaFileTests(PlatformFactory factory)
{
    /// <summary>Set to 1 to rewrite schema/schema.graphql from the code instead of failing.</summary>
    private const string UpdateVariable = "PLATFORM_UPDATE_SCHEMA";

    [Fact]
    public void SchemaFile_Should_Match_TheCode()
    {
        // arrange
        var printed = SchemaFile.Print(factory.Services.GetRequiredService<ISchema>());
        var path = Path.Combine(RepositoryRoot(), "schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, printed);
        }

        // act
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        // assert
        Assert.True(
            committed == printed,
            $"schema/schema.graphql differs from the schema the code builds; run the tests with {UpdateVariable}=1 to rewrite it, then review the diff.");
    }

    [Fact]
    public async Task Server_Should_Serve_TheSchemaFile()
    {
        // arrange
        using var client = factory.CreateClient();

        // act
        var served = await client.GetStringAsync("/graphql/schema.graphql");

        // assert
        Assert.Equal(SchemaFile.Print(factory.Services.GetRequiredService<ISchema>()), served);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test folder.");
    }
}
