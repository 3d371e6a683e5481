using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Attachments;

/// <summary>Uploading files with the GraphQL multipart request spec and following their links, as demo accounts.</summary>
public static class AttachmentSteps
{
    public const string AttachmentView = "id fileName mediaType size sha256 containsPersonalData uploadedByName downloadUrl";

    /// <summary>A small but well-formed start of a PDF.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A Windows program's first bytes (MZ, the DOS stub).</summary>
    public static readonly byte[] Program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    private const string Mutation = $$"""
        mutation Add($input: AddAttachmentInput!) {
          addAttachment(input: $input) { attachment { {{AttachmentView}} } {{GraphQLClient.PayloadErrors}} }
        }
        """;

    /// <summary>Posts <c>addAttachment</c> as a multipart request: <paramref name="input"/> names the subject, the file goes in part <c>0</c>.</summary>
    public static async Task<HttpResponseMessage> PostUploadAsync(
        this PlatformFactory factory, string principal, object input, byte[] content, string fileName,
        string contentType = "application/pdf", bool preflight = true)
    {
        var variables = JsonSerializer.SerializeToNode(input)!.AsObject();
        variables["file"] = null;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(new JsonObject { ["query"] = Mutation, ["variables"] = new JsonObject { ["input"] = variables } }.ToJsonString()), "operations" },
            { new StringContent("""{"0":["variables.input.file"]}"""), "map" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "0", fileName);
        using var client = factory.CreateClient(await factory.TokenAsync(principal));
        if (preflight)
        {
            client.DefaultRequestHeaders.Add("GraphQL-Preflight", "1");
        }

        return await client.PostAsync("/graphql", form);
    }

    /// <summary>The <c>addAttachment</c> payload of an upload that executed.</summary>
    public static async Task<JsonNode> UploadAsync(
        this PlatformFactory factory, string principal, object input, byte[] content, string fileName, string contentType = "application/pdf")
    {
        using var response = await factory.PostUploadAsync(principal, input, content, fileName, contentType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["addAttachment"]!;
    }

    /// <summary>An upload that must succeed; the attachment.</summary>
    public static async Task<JsonNode> AttachAsync(this PlatformFactory factory, string principal, object input, byte[] content, string fileName)
    {
        var payload = await factory.UploadAsync(principal, input, content, fileName);
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["attachment"]!;
    }

    /// <summary>The attachment as <paramref name="principal"/> reads it by id; null (with the response's errors) when not visible.</summary>
    public static Task<JsonObject> ReadAttachmentAsync(this PlatformFactory factory, string principal, string id) =>
        factory.AskAsync(principal, $$"""
            query($id: ID!) { node(id: $id) { ... on Attachment { {{AttachmentView}} } } }
            """, new { id });

    /// <summary>Follows a download link without any token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> DownloadAsync(this PlatformFactory factory, string url)
    {
        using var client = factory.CreateClient();
        return await client.GetAsync(url);
    }
}
