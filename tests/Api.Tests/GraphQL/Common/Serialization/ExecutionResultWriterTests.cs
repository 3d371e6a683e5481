using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQLParser.AST;
using Platform.Api.GraphQL.Common.Scalars;
using Platform.Api.GraphQL.Common.Serialization;

namespace Platform.Api.Tests.GraphQL.Common.Serialization;

public sealed class ExecutionResultWriterTests
{
    private static readonly DateTime Time = new DateTime(2026, 12, 11, 21, 30, 59, 391, DateTimeKind.Utc).AddTicks(9_999);

    [Fact]
    public async Task AnAnswerWithoutTimes_Should_BeWritten_InGraphQLNetsBytes()
    {
        // arrange
        var result = await ExecuteAsync("""{ text quoted number flag ratio id kind words numbers bytes nothing alias: number item { text list { number } } }""");

        // act
        var lean = Lean().Serialize(result);
        var reference = Reference().Serialize(result);

        // assert
        Assert.Equal(reference, lean);
        Assert.Contains("\"text\":\"楼浦村\"", lean);
        Assert.Contains("\"quoted\":\"a \\\"b\\\"\\n\"", lean);
        Assert.Contains("\"alias\":7", lean);
    }

    [Fact]
    public async Task Times_Should_BeWritten_InUtc_ToTheMillisecond()
    {
        // arrange
        var result = await ExecuteAsync("{ time local offset whole times }");

        // act
        var json = Lean().Serialize(result);

        // assert
        Assert.Equal(
            """{"data":{"time":"2026-12-11T21:30:59.391Z","local":"2026-12-11T21:30:59.391Z","offset":"2026-12-11T21:30:59.391Z","whole":"2026-12-11T21:30:00.000Z","times":["2026-12-11T21:30:59.391Z",null]}}""",
            json);
    }

    [Fact]
    public async Task AnAnswerWithErrors_Should_BeWritten_AsGraphQLNetWritesIt_WithItsTimes()
    {
        // arrange
        var result = await ExecuteAsync("{ text broken time }");

        // act
        var lean = Lean().Serialize(result);
        var reference = Reference().Serialize(result);

        // assert
        Assert.Equal(reference, lean);
        Assert.StartsWith("{\"errors\":[", lean);
        Assert.Contains("\"time\":\"2026-12-11T21:30:59.391Z\"", lean);
    }

    [Fact]
    public void ATimeLiteral_Should_BeTheScalarsText()
    {
        // arrange
        var scalar = new MillisecondDateTimeGraphType();

        // act
        var literal = scalar.ToAST(Time);

        // assert
        Assert.Equal("2026-12-11T21:30:59.391Z", Assert.IsType<GraphQLStringValue>(literal).Value.ToString());
    }

    private static GraphQLSerializer Lean() => new(json =>
    {
        json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        json.Converters.Add(new ExecutionResultWriter());
    });

    // GraphQL.NET's own writer, with times as the scalar's text as it wrote them before.
    private static GraphQLSerializer Reference() => new(json =>
    {
        json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        json.Converters.Add(new TimeAsText());
    });

    private static Task<ExecutionResult> ExecuteAsync(string query)
    {
        var schema = new Schema { Query = new SampleQuery() };
        schema.RegisterType(new MillisecondDateTimeGraphType());
        schema.Initialize();
        return new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = schema, Query = query });
    }

    private sealed class TimeAsText : System.Text.Json.Serialization.JsonConverter<DateTime>
    {
        public override DateTime Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(System.Text.Json.Utf8JsonWriter writer, DateTime value, System.Text.Json.JsonSerializerOptions options) =>
            writer.WriteStringValue(MillisecondDateTimeGraphType.Text(value));
    }

    private enum Kind
    {
        Open,
    }

    private sealed class SampleQuery : ObjectGraphType
    {
        public SampleQuery()
        {
            Name = "Query";
            Field<StringGraphType>("text").Resolve(_ => "楼浦村");
            Field<StringGraphType>("quoted").Resolve(_ => "a \"b\"\n");
            Field<IntGraphType>("number").Resolve(_ => 7);
            Field<BooleanGraphType>("flag").Resolve(_ => true);
            Field<FloatGraphType>("ratio").Resolve(_ => 0.25);
            Field<IdGraphType>("id").Resolve(_ => "Q2FzZTox");
            Field<EnumerationGraphType<Kind>>("kind").Resolve(_ => Kind.Open);
            Field<ListGraphType<StringGraphType>>("words").Resolve(_ => new[] { "甲", null });
            Field<ListGraphType<IntGraphType>>("numbers").Resolve(_ => new[] { 1, 2 });
            Field<ListGraphType<IntGraphType>>("bytes").Resolve(_ => new byte[] { 3, 4 });
            Field<StringGraphType>("nothing").Resolve(_ => null);
            Field<SampleItem>("item").Resolve(_ => new object());
            Field<MillisecondDateTimeGraphType>("time").Resolve(_ => Time);
            Field<MillisecondDateTimeGraphType>("local").Resolve(_ => Time.ToLocalTime());
            Field<MillisecondDateTimeGraphType>("offset").Resolve(_ => new DateTimeOffset(Time).ToOffset(TimeSpan.FromHours(8)));
            Field<MillisecondDateTimeGraphType>("whole").Resolve(_ => new DateTime(2026, 12, 11, 21, 30, 0, DateTimeKind.Utc));
            Field<ListGraphType<MillisecondDateTimeGraphType>>("times").Resolve(_ => new DateTime?[] { Time, null });
            Field<StringGraphType>("broken").Resolve(_ => throw new ExecutionError("broken on purpose"));
        }
    }

    private sealed class SampleItem : ObjectGraphType
    {
        public SampleItem()
        {
            Field<StringGraphType>("text").Resolve(_ => "乙");
            Field<ListGraphType<SampleItem>>("list").Resolve(_ => new[] { new object(), null });
            Field<IntGraphType>("number").Resolve(_ => 8);
        }
    }
}
