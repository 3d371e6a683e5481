using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Platform.Api.GraphQL;

/// <summary>The SDL kept in <c>schema/schema.graphql</c> and served at <c>/graphql/schema.graphql</c>.</summary>
public static class SchemaFile
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
