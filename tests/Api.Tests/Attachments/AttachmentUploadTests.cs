using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Meetings;

namespace Platform.Api.Tests.Attachments;

/// <summary>What an upload must be: a multipart request that asked for a preflight, of an accepted kind by its content, within the size limit.</summary>
public sealed class AttachmentUploadTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task ProgramRenamedAsPdf_Should_BeRefused_WhateverTheClaimedType()
    {
        // arrange
        var @case = await factory.RegisterAsync("taopu.officer", "证据：可疑文件");

        // act
        var payload = await factory.UploadAsync("taopu.officer", new { caseId = @case.Id() }, AttachmentSteps.Program, "协议.pdf", "application/pdf");

        // assert
        Assert.Null(payload["attachment"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "file"), (error.Str("code"), error.Str("field")));
    }

    [Fact]
    public async Task Upload_Should_BeRefused_WithoutThePreflightHeader()
    {
        // arrange
        var @case = await factory.RegisterAsync("taopu.officer", "证据：跨站上传");

        // act
        using var response = await factory.PostUploadAsync("taopu.officer", new { caseId = @case.Id() }, AttachmentSteps.Pdf, "a.pdf", preflight: false);

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PREFLIGHT_REQUIRED", await CodeAsync(response));
        var read = await factory.AskAsync("taopu.officer", "query($id: ID!) { node(id: $id) { ... on Case { attachments { id } } } }", new { id = @case.Id() });
        Assert.Empty(read["data"]!["node"]!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task OversizedUpload_Should_BeRefused_AsTooLarge()
    {
        // arrange
        var @case = await factory.RegisterAsync("taopu.officer", "证据：超大文件");
        var content = new byte[(11 * 1024 * 1024) + 1];
        AttachmentSteps.Pdf.CopyTo(content, 0);

        // act
        using var response = await factory.PostUploadAsync("taopu.officer", new { caseId = @case.Id() }, content, "big.pdf");

        // assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", await CodeAsync(response));
    }

    [Fact]
    public async Task Attachment_Should_BeAdded_ToAMeetingAndReadWithIt()
    {
        // arrange
        var @case = await factory.RegisterAsync("changbai.officer", "联席会：纪要附件");
        var meeting = await factory.CreateMeetingAsync("changbai.officer", [@case.Id()]);

        // act
        var attached = await factory.AttachAsync("changbai.officer", new { meetingId = meeting.Id() }, AttachmentSteps.Pdf, "纪要.pdf");
        var read = await factory.AskAsync("changbai.officer", "query($id: ID!) { node(id: $id) { ... on Meeting { attachments { id } } } }",
            new { id = meeting.Id() });

        // assert
        Assert.Equal(attached.Id(), Assert.Single(read["data"]!["node"]!["attachments"]!.AsArray()).Id());
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
}
