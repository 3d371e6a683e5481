namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

/// <summary>A stand-in for global IDs: "Box:7" decodes to 7, anything else to null.</summary>
public static class BoxIds
{
    public static int? Decode(string id) =>
        id.StartsWith("Box:", StringComparison.Ordinal) && int.TryParse(id.AsSpan(4), out var key) ? key : null;
}
