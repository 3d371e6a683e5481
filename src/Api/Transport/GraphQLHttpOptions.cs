namespace Platform.Api.Transport;

/// <summary>Bounds of the GraphQL-over-HTTP transport, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>
    /// <c>GraphQL:MaxRequestBodySize</c>: largest POST body read, in bytes; a larger one is a 413
    /// <c>REQUEST_TOO_LARGE</c>, refused from its <c>Content-Length</c> or as soon as reading passes the limit.
    /// </summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// <c>GraphQL:MaxMultipartBodySize</c>: largest multipart (file upload) body read, in bytes, a
    /// 10 MiB file with room for the parts around it; a larger one is a 413 <c>REQUEST_TOO_LARGE</c>.
    /// </summary>
    public long MaxMultipartBodySize { get; set; } = 11 * 1024 * 1024;
}
