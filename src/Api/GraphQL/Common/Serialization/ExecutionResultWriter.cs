using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Caching;
using Platform.Api.GraphQL.Common.Scalars;

namespace Platform.Api.GraphQL.Common.Serialization;

/// <summary>
/// Writes an answer's data straight from the execution's tree: each value as its JSON token
/// (strings, booleans and whole numbers without a serializer look-up per value, times with
/// <see cref="MillisecondDateTimeGraphType.Write"/>), in the same bytes as GraphQL.NET's
/// <c>GraphQL.SystemTextJson.ExecutionResultJsonConverter</c>. Errors, extensions and values of other kinds are
/// written by the serializer as that converter writes them. An object whose leaves were read at once
/// (<see cref="InlineObjectNode"/>) is written from its layout, leaves and child nodes in response order.
/// </summary>
public sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are written, never read.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        // The members in GraphQL.NET's order; errors and extensions as it writes them.
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }

        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode data)
            {
                WriteNode(writer, data, options);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, options);
            }
        }

        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode value:
                WriteValue(writer, value.ToValue(), value.GraphType, options);
                break;
            case InlineObjectNode { Layout: { } layout, SubFields: { } nodes } inline:
                writer.WriteStartObject();
                foreach (var field in layout.Fields)
                {
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(field.Name) ?? field.Name);
                    if (field.Scalar is { } scalar)
                    {
                        WriteValue(writer, inline.Leaf(field.Slot), scalar, options);
                    }
                    else
                    {
                        WriteNode(writer, nodes[field.Slot], options);
                    }
                }

                writer.WriteEndObject();
                break;
            case ObjectExecutionNode { SubFields: { } fields }:
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    var name = field.Name!;
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(name) ?? name);
                    WriteNode(writer, field, options);
                }

                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteNode(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case ArrayExecutionNode { SerializedResult: byte[] bytes }:
                // A list serialized at once; bytes are numbers, not base64, as GraphQL.NET writes them.
                writer.WriteStartArray();
                foreach (var b in bytes)
                {
                    writer.WriteNumberValue(b);
                }

                writer.WriteEndArray();
                break;
            case ArrayExecutionNode { SerializedResult: { } list }:
                JsonSerializer.Serialize<object?>(writer, list, options);
                break;
            case null or NullExecutionNode or ObjectExecutionNode or ArrayExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, ScalarGraphType type, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case DateTime time when type is MillisecondDateTimeGraphType:
                MillisecondDateTimeGraphType.Write(writer, time);
                break;
            case var other:
                JsonSerializer.Serialize(writer, other, options);
                break;
        }
    }
}
