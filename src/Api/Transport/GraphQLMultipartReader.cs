using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Platform.Api.Transport;

/// <summary>
/// The GraphQL multipart request spec (jaydenseric/graphql-multipart-request-spec), as HotChocolate
/// and Apollo Upload clients send it: an <c>operations</c> part (the JSON request, files as null),
/// a <c>map</c> part (<c>{"0": ["variables.input.file"]}</c>) and one part per file. Each file is put
/// where the map says, as an <see cref="IFormFile"/> that the <c>Upload</c> scalar passes on.
/// </summary>
internal sealed class GraphQLMultipartReader(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    /// <summary>The header HotChocolate asks of multipart requests, so that a browser preflights them (CSRF).</summary>
    public const string PreflightHeader = "GraphQL-Preflight";

    public async Task<GraphQLRequest> ReadAsync(HttpRequest http)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw GraphQLRequestError.UnsupportedMediaType();
        }

        if (string.IsNullOrWhiteSpace(http.Headers[PreflightHeader]))
            throw GraphQLRequestError.PreflightRequired();

        var form = await ReadFormAsync(http);
        var request = Deserialize<GraphQLRequestBody>(form["operations"], "operations")?.ToRequest()
            ?? throw GraphQLRequestError.InvalidMultipart("the 'operations' part is missing.");
        var map = Deserialize<Dictionary<string, string[]>>(form["map"], "map") ?? [];
        if (map.Count == 0)
            return request;

        var variables = new Dictionary<string, object?>(request.Variables ?? Inputs.Empty);
        foreach (var (part, paths) in map)
        {
            var file = form.Files.GetFile(part) ?? throw GraphQLRequestError.InvalidMultipart($"the map names the part '{part}', which holds no file.");
            foreach (var path in paths)
            {
                Place(variables, path, file);
            }
        }

        request.Variables = new Inputs(variables);
        return request;
    }

    private async Task<IFormCollection> ReadFormAsync(HttpRequest http)
    {
        // A declared length over the limit is refused unread; a chunked body is cut off while read.
        var limit = options.Value.MaxMultipartBodySize;
        if (http.ContentLength > limit)
            throw GraphQLRequestError.TooLarge(limit);

        http.Body = new LimitedReadStream(http.Body, limit);
        try
        {
            return await http.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, http.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            throw GraphQLRequestError.InvalidMultipart("its parts could not be read.");
        }
    }

    private T? Deserialize<T>(string? json, string part)
    {
        if (string.IsNullOrWhiteSpace(json))
            return default;

        try
        {
            return typeof(T) == typeof(GraphQLRequestBody) ? serializer.Deserialize<T>(json) : JsonSerializer.Deserialize<T>(json);
        }
        catch (Exception ex) when (GraphQLRequestReader.IsMalformedJson(ex))
        {
            throw GraphQLRequestError.InvalidMultipart($"the '{part}' part is not the JSON the spec asks for (batches are not supported).");
        }
    }

    /// <summary>Puts <paramref name="file"/> at an object path such as <c>variables.input.files.0</c>, where the operation has a null.</summary>
    private static void Place(Dictionary<string, object?> variables, string path, IFormFile file)
    {
        var segments = path.Split('.');
        if (segments.Length < 2 || segments[0] != "variables")
            throw GraphQLRequestError.InvalidMultipart($"the map path '{path}' does not start with 'variables.'.");

        object? node = variables;
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (node)
            {
                case IDictionary<string, object?> obj when obj.ContainsKey(segments[i]):
                    if (last)
                        obj[segments[i]] = file;
                    else
                        node = obj[segments[i]];
                    break;
                case IList<object?> list when int.TryParse(segments[i], out var index) && index >= 0 && index < list.Count:
                    if (last)
                        list[index] = file;
                    else
                        node = list[index];
                    break;
                default:
                    throw GraphQLRequestError.InvalidMultipart($"the map path '{path}' names no variable of the operation.");
            }
        }
    }
}
