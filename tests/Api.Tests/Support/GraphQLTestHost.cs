using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common;
using Platform.Api.Transport;

namespace Platform.Api.Tests.Support;

/// <summary>
/// A minimal in-memory web host serving <see cref="TestSchema"/> through the real endpoint and the
/// real execution setup, so tests go through the whole HTTP pipeline without the application's Program.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<GraphQLTestHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ApplicationName = typeof(GraphQLTestHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<FetchLog>();
        builder.Services.AddSingleton<CancellationProbe>();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<TestSchema>()
            .AddGraphTypes(typeof(TestSchema).Assembly)
            .UsePlatformExecution(builder.Configuration));

        var app = builder.Build();
        app.MapGraphQLHttp();
        await app.StartAsync();
        return new GraphQLTestHost(app);
    }

    public Task<HttpResponseMessage> PostAsync(
        string query, object? variables = null, string? accept = null, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return PostRawAsync(body, "application/json", accept, cancellationToken);
    }

    public Task<HttpResponseMessage> PostRawAsync(
        string body, string contentType, string? accept = null, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);

        return Client.SendAsync(request, cancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string query, string? variables = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query);
        if (variables is not null)
            url += "&variables=" + Uri.EscapeDataString(variables);

        return Client.GetAsync(url);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
