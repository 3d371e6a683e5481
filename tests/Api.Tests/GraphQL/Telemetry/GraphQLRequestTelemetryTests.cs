using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Api.GraphQL.Common.Telemetry;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.GraphQL.Telemetry;

/// <summary>Issue 7 item 7: one activity and one structured log line per GraphQL request.</summary>
[Collection(ProcessWideListeners.Name)]
public sealed class GraphQLRequestTelemetryTests : IDisposable
{
    private readonly CapturedLogs _logs = new();
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ActivityListener _listener;
    private readonly PlatformFactory _factory;

    public GraphQLRequestTelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
        _factory = new PlatformFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(_logs));
    }

    public void Dispose()
    {
        _listener.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task AQuery_Should_Produce_AnActivity_AndAnInformationLogLine_WithItsNameKindAndCost()
    {
        // act
        var response = await _factory.AskAsync("taopu.officer", "query TelemetryProbe { cases(first: 5) { totalCount } }");

        // assert
        Assert.Empty(response.ErrorCodes());
        var activity = Assert.Single(_activities, a => a.GetTagItem(GraphQLTelemetry.OperationNameTag) as string == "TelemetryProbe");
        Assert.Equal("query", activity.GetTagItem(GraphQLTelemetry.OperationTypeTag));
        Assert.Equal(11.0, activity.GetTagItem(GraphQLTelemetry.CostTag));
        Assert.Equal("query TelemetryProbe", activity.DisplayName);

        var line = Assert.Single(RequestLines(), e => Equals(e.State["OperationName"], "TelemetryProbe"));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("query", line.State["OperationKind"]);
        Assert.Equal("/sh/putuo/taopu/", line.State["UnitPath"]);
        Assert.Equal(11.0, line.State["Cost"]);
        Assert.Equal("", line.State["ErrorCodes"]);
        Assert.Equal(activity.TraceId.ToString(), line.State["TraceId"]);
        Assert.IsType<double>(line.State["DurationMs"]);
    }

    [Fact]
    public async Task ARefusedRequest_Should_BeLogged_AsAWarning_WithItsCode_NeverAsAnError()
    {
        // arrange
        using var client = _factory.CreateClient();

        // act
        await client.PostGraphQLAsync("subscription RefusedProbe { cases { totalCount } }");

        // assert
        var line = Assert.Single(RequestLines(), e => Equals(e.State["OperationName"], "RefusedProbe"));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("OPERATION_NOT_SUPPORTED", line.State["ErrorCodes"]);
        Assert.Equal(400, line.State["StatusCode"]);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
    }

    private IEnumerable<CapturedLogs.Entry> RequestLines() =>
        _logs.Entries.Where(e => e.Category == GraphQLTelemetry.RequestLogCategory);
}
