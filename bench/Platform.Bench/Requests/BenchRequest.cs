using System.Text.Json;

namespace Platform.Bench.Requests;

/// <summary>One request as both servers get it: the same body bytes, the same bearer token.</summary>
internal sealed record BenchRequest(string Name, string User, string Token, byte[] Body)
{
    /// <summary>Sent to the baseline only: the same SQL commands without the tenant predicate.</summary>
    public const string NoTenantFilterHeader = "X-Bench-No-Tenant-Filter";

    public static BenchRequest Create(string name, string user, string token, string query, object? variables = null) =>
        new(name, user, token, JsonSerializer.SerializeToUtf8Bytes(new { query, variables }));

    public HttpRequestMessage ToMessage(Uri server, bool withoutTenantFilter = false)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "/graphql"))
        {
            Content = new ByteArrayContent(Body),
        };
        message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        message.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        if (withoutTenantFilter)
        {
            message.Headers.Add(NoTenantFilterHeader, "1");
        }

        return message;
    }
}
