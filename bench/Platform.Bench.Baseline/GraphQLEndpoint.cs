using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Bench.Baseline.Auth;
using Platform.Bench.Baseline.Data;
using Platform.Bench.Baseline.Pages;

namespace Platform.Bench.Baseline;

/// <summary>
/// <c>POST /graphql</c> for the benchmark's operations only, recognised by their operation name:
/// authenticate, read <c>first</c> from the variables, run the operation's commands, write
/// <c>{"data": …}</c> as the app's serializer does (Chinese text unescaped).
/// </summary>
public sealed partial class GraphQLEndpoint(AccessTokens tokens, Database db)
{
    private const string NoTenantFilterHeader = "X-Bench-No-Tenant-Filter";

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        context.Response.ContentType = "application/json; charset=utf-8";
        var tenant = await tokens.AuthenticateAsync(context.Request);
        var (operation, first) = await ReadAsync(context.Request, ct);
        var noTenant = context.Request.Headers.ContainsKey(NoTenantFilterHeader);

        await using var json = new Utf8JsonWriter(context.Response.BodyWriter, Json);
        if (tenant is null)
        {
            json.WriteStartObject();
            json.WriteStartArray("errors");
            json.WriteStartObject();
            json.WriteString("message", "Authentication required: send a valid access token as 'Authorization: Bearer <token>'.");
            json.WriteStartObject("extensions");
            json.WriteString("code", "AUTH_NOT_AUTHENTICATED");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            return;
        }

        json.WriteStartObject();
        json.WriteStartObject("data");
        switch (operation)
        {
            case "CommitteeQueue":
                await BenchOperations.CommitteeQueueAsync(json, db, tenant, first ?? 10, noTenant, ct);
                break;
            case "TownshipCases":
                await BenchOperations.TownshipCasesAsync(json, db, tenant, first ?? 10, noTenant, ct);
                break;
            case "CityWide":
                await BenchOperations.CityWideAsync(json, db, tenant, noTenant, ct);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The operation name from the query text and <c>variables.first</c>, read straight from the body bytes.</summary>
    private static async Task<(string? Operation, int? First)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await request.BodyReader.ReadAtLeastAsync(checked((int)(request.ContentLength ?? 1 << 20)), ct);
        try
        {
            var reader = new Utf8JsonReader(body.Buffer);
            string? query = null;
            int? first = null;
            var depth = 0;
            var inVariables = false;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        depth++;
                        break;
                    case JsonTokenType.EndObject:
                        inVariables &= --depth > 1;
                        break;
                    case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals("query"):
                        reader.Read();
                        query = reader.GetString();
                        break;
                    case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals("variables"):
                        inVariables = true;
                        break;
                    case JsonTokenType.PropertyName when depth == 2 && inVariables && reader.ValueTextEquals("first"):
                        reader.Read();
                        first = reader.GetInt32();
                        break;
                }
            }

            return (query is null ? null : OperationName().Match(query).Groups[1].Value, first);
        }
        finally
        {
            request.BodyReader.AdvanceTo(body.Buffer.End);
        }
    }

    [GeneratedRegex(@"^\s*query\s+(\w+)")]
    private static partial Regex OperationName();
}
