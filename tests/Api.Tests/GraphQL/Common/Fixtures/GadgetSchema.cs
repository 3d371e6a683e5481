using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

/// <summary>A small schema over <see cref="GadgetDb"/> and a helper that runs a query and returns the JSON response.</summary>
public static class GadgetSchema
{
    public static ISchema Create(GadgetDb db)
    {
        var schema = new Schema { Query = new GadgetQuery(db) };
        schema.Initialize();
        return schema;
    }

    public static async Task<JsonElement> ExecuteAsync(ISchema schema, string query)
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = schema, Query = query });
        var json = new GraphQLSerializer().Serialize(result);
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
