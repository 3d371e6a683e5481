using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Platform.Bench.Probe;

/// <summary>
/// <c>GET /_bench/stats</c>: bytes allocated so far by the process and its GC counts.
/// <c>POST /_bench/sql/start</c> and <c>POST /_bench/sql/stop</c>: capture the SQL commands sent in
/// between; stop answers with them.
/// </summary>
internal static class ProbeEndpoints
{
    private const string Prefix = "/_bench/";

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task HandleAsync(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return next();
        }

        return path[Prefix.Length..] switch
        {
            "stats" => WriteAsync(context, Stats),
            "sql/start" => WriteAsync(context, w => { SqlLog.Start(); w.WriteStartObject(); w.WriteEndObject(); }),
            "sql/stop" => WriteAsync(context, w => Commands(w, SqlLog.Stop())),
            _ => NotFound(context),
        };
    }

    private static void Stats(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("allocatedBytes", GC.GetTotalAllocatedBytes(precise: true));
        w.WriteNumber("gen0", GC.CollectionCount(0));
        w.WriteNumber("gen1", GC.CollectionCount(1));
        w.WriteNumber("gen2", GC.CollectionCount(2));
        w.WriteNumber("workingSet", Environment.WorkingSet);
        w.WriteEndObject();
    }

    private static void Commands(Utf8JsonWriter w, IReadOnlyList<CapturedCommand> commands)
    {
        w.WriteStartArray();
        foreach (var command in commands)
        {
            w.WriteStartObject();
            w.WriteString("text", command.Text);
            w.WriteStartObject("parameters");
            foreach (var (name, value) in command.Parameters)
            {
                w.WriteString(name, value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        context.Response.ContentType = "application/json";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Json))
        {
            write(writer);
        }

        await context.Response.Body.WriteAsync(buffer.ToArray());
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
