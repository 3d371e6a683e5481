using Microsoft.Net.Http.Headers;

namespace Platform.Api.Transport;

/// <summary>Chooses the response media type from the request's <c>Accept</c> header (GraphQL over HTTP, §Accept).</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// <c>application/graphql-response+json</c> when the client names it at least as highly as
    /// <c>application/json</c>; otherwise <c>application/json</c>. A wildcard alone, a missing header
    /// or a header naming neither gets <c>application/json</c>: such clients predate the newer type
    /// and expect its "200 with errors" status codes.
    /// </summary>
    public static string Select(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return Json;

        var graphQLResponse = ExplicitQuality(accept, GraphQLResponse);
        return graphQLResponse > 0 && graphQLResponse >= Quality(accept, Json) ? GraphQLResponse : Json;
    }

    private static double ExplicitQuality(IList<MediaTypeHeaderValue> accept, string mediaType)
    {
        double? quality = null;
        foreach (var range in accept)
        {
            if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
                quality = Math.Max(quality ?? 0, range.Quality ?? 1);
        }

        return quality ?? 0;
    }

    // The most specific matching range decides: the exact type, then application/*, then */*.
    private static double Quality(IList<MediaTypeHeaderValue> accept, string mediaType)
    {
        double? exact = null, subtypes = null, all = null;
        foreach (var range in accept)
        {
            var quality = range.Quality ?? 1;
            if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
                exact = Math.Max(exact ?? 0, quality);
            else if (range.MatchesAllTypes)
                all = Math.Max(all ?? 0, quality);
            else if (range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
                subtypes = Math.Max(subtypes ?? 0, quality);
        }

        return exact ?? subtypes ?? all ?? 0;
    }
}
