using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Transport;

namespace Platform.Api.Transport;

/// <summary>
/// A POST body as clients send it: GraphQL over HTTP's members plus <c>id</c>, the name Relay and
/// HotChocolate give a persisted operation's id (GraphQL over HTTP calls it <c>documentId</c>).
/// </summary>
internal sealed class GraphQLRequestBody
{
    [JsonPropertyName("query")]
    public string? Query { get; init; }

    [JsonPropertyName("operationName")]
    public string? OperationName { get; init; }

    [JsonPropertyName("variables")]
    public Inputs? Variables { get; init; }

    [JsonPropertyName("extensions")]
    public Inputs? Extensions { get; init; }

    [JsonPropertyName("documentId")]
    public string? DocumentId { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    public GraphQLRequest ToRequest() => new()
    {
        Query = Query,
        OperationName = OperationName,
        Variables = Variables,
        Extensions = Extensions,
        DocumentId = DocumentId ?? Id,
    };
}
