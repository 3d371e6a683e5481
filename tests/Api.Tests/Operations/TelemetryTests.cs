using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Platform.Api.GraphQL.Common.Telemetry;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// Issue 7 item 7: with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, traces are recorded for the
/// HTTP request, its GraphQL operation and its SQL commands (seen through an in-memory exporter added to the same tracer
/// provider as the OTLP one); without it nothing is registered.
/// </summary>
[Collection(ProcessWideListeners.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task AGraphQLRequest_Should_Produce_HttpGraphQLAndSqlSpans_InOneTrace_When_AnOtlpEndpointIsSet()
    {
        // arrange
        var spans = new LockedCollection<Activity>();
        using var factory = new PlatformFactory()
            // Nothing listens there: the OTLP exporter's failures stay on this machine and are its own business.
            .WithSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9")
            .WithServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        var token = await factory.GetTokenAsync("taopu.officer");

        // act
        // EF Core remembers for up to a second that nobody listened to its commands, and that memory
        // is shared by every host in this process; a request that falls into such a second of another
        // host's is traced without its SQL, so a few requests are tried.
        System.Text.Json.Nodes.JsonObject response = null!;
        Activity? http = null, sql = null, graphQL = null;
        for (var attempt = 0; attempt < 5 && sql is null; attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 1100);
            var seen = spans.Select(s => s.TraceId).ToHashSet();
            response = await factory.CreateClient(token).PostGraphQLAsync("""{ cases(first: 3) { nodes { number } } }""");
            http = await WaitForAsync(spans, s => s.Kind == ActivityKind.Server && s.GetTagItem("url.path") as string == "/graphql"
                && !seen.Contains(s.TraceId));
            var traceId = http?.TraceId;
            sql = traceId is null ? null : spans.FirstOrDefault(s => s.TraceId == traceId && s.GetTagItem("db.system") is not null);
            graphQL = traceId is null ? null : spans.FirstOrDefault(s => s.TraceId == traceId && s.Source.Name == GraphQLTelemetry.ActivitySourceName);
        }

        // assert
        Assert.Empty(response.ErrorCodes());
        Assert.NotNull(http);
        Assert.NotNull(sql);
        Assert.Equal(ActivityKind.Client, sql.Kind);
        Assert.NotNull(graphQL);
        Assert.Equal(http.SpanId, graphQL.ParentSpanId);
    }

    [Fact]
    public void NoTelemetry_Should_Be_Registered_Without_AnOtlpEndpoint()
    {
        // arrange
        using var factory = new PlatformFactory();

        // act
        var tracer = factory.Services.GetService<TracerProvider>();

        // assert
        Assert.Null(tracer);
    }

    /// <summary>The server span ends after the response is sent, so it may arrive a moment after the answer.</summary>
    private static async Task<Activity?> WaitForAsync(LockedCollection<Activity> spans, Func<Activity, bool> match)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (spans.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        return null;
    }
}
