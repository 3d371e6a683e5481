using System.Security.Cryptography;
using System.Text;

namespace Platform.Api.GraphQL.Common.Persisted;

/// <summary>The hash Apollo's automatic persisted queries and graphql-codegen use: lowercase hex SHA-256 of the UTF-8 text.</summary>
public static class DocumentHash
{
    /// <summary>The prefix the GraphQL-over-HTTP persisted documents proposal puts before a hash used as a document id.</summary>
    public const string Sha256Prefix = "sha256:";

    public static string Of(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
