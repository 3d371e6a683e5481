using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Attachments;

/// <summary>Evidence files read back: through the case's tenancy, by short-lived signed links, personal data withheld as rule 7 says.</summary>
public sealed class AttachmentDownloadTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Officer_Should_DownloadTheSameBytes_ItAttachedToItsCase()
    {
        // arrange
        var @case = await factory.RegisterAsync("taopu.officer", "证据：房屋鉴定报告");
        var attached = await factory.AttachAsync("taopu.officer", new { caseId = @case.Id() }, AttachmentSteps.Pdf, "鉴定报告.pdf");

        // act
        var read = await factory.AskAsync("taopu.officer", """
            query($id: ID!) { node(id: $id) { ... on Case { attachments { id fileName downloadUrl } } } }
            """, new { id = @case.Id() });
        var listed = Assert.Single(read["data"]!["node"]!["attachments"]!.AsArray())!;
        using var download = await factory.DownloadAsync(listed.Str("downloadUrl"));

        // assert
        Assert.Equal(("鉴定报告.pdf", "application/pdf", AttachmentSteps.Pdf.Length), (attached.Str("fileName"), attached.Str("mediaType"), attached.Int("size")));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(AttachmentSteps.Pdf)), attached.Str("sha256"));
        Assert.Equal(attached.Id(), listed.Id());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(AttachmentSteps.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("鉴定报告.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task OtherDistrict_Should_GetNotFound_ForTheCasesAttachment()
    {
        // arrange
        var @case = await factory.RegisterAsync("taopu.officer", "证据：调解协议");
        var attached = await factory.AttachAsync("taopu.officer", new { caseId = @case.Id() }, AttachmentSteps.Pdf, "协议.pdf");

        // act
        var byOwner = await factory.ReadAttachmentAsync("taopu.officer", attached.Id());
        var byOther = await factory.ReadAttachmentAsync("baoshan.officer", attached.Id());
        var addedByOther = await factory.UploadAsync("baoshan.officer", new { caseId = @case.Id() }, AttachmentSteps.Pdf, "协议.pdf");

        // assert
        Assert.Equal(attached.Id(), byOwner["data"]!["node"].Id());
        Assert.StartsWith("/attachments/", byOwner["data"]!["node"].Str("downloadUrl"));
        Assert.Null(byOther["data"]!["node"]);
        Assert.Equal(["NOT_FOUND"], byOther.ErrorCodes());
        Assert.Null(addedByOther["attachment"]);
        Assert.Equal("NOT_FOUND", Assert.Single(addedByOther["errors"]!.AsArray()).Str("code"));
    }

    [Fact]
    public async Task ForgedOrExpiredLink_Should_BeRefused()
    {
        // arrange
        var @case = await factory.RegisterAsync("taopu.officer", "证据：现场照片");
        var url = (await factory.AttachAsync("taopu.officer", new { caseId = @case.Id() }, AttachmentSteps.Pdf, "照片.pdf")).Str("downloadUrl");
        var other = (await factory.AttachAsync("taopu.officer", new { caseId = @case.Id() }, AttachmentSteps.Pdf, "另一份.pdf")).Id();
        var query = url[url.IndexOf('?')..];
        var expires = long.Parse(System.Web.HttpUtility.ParseQueryString(query)["expires"]!);

        // act
        using var forgedSignature = await factory.DownloadAsync(url[..^4] + "AAAA");
        using var otherFile = await factory.DownloadAsync($"/attachments/{Uri.EscapeDataString(other)}{query}");
        using var longerLife = await factory.DownloadAsync(url.Replace($"expires={expires}", $"expires={expires + 3600}"));
        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        using var expired = await factory.DownloadAsync(url);
        factory.Clock.UtcNow = TestClock.Start;

        // assert
        foreach (var refused in new[] { forgedSignature, otherFile, longerLife })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("LINK_INVALID", await CodeAsync(refused));
        }

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("LINK_EXPIRED", await CodeAsync(expired));
    }

    [Fact]
    public async Task PersonalData_Should_BeWithheld_FromAReaderWithoutPiiRights()
    {
        // arrange
        var @case = await factory.RegisterAsync("taopu.officer", "证据：身份证复印件");
        var attached = await factory.AttachAsync("taopu.officer", new { caseId = @case.Id(), containsPersonalData = true }, AttachmentSteps.Pdf, "王秀英身份证.pdf");
        using var withoutPii = factory.CreateClient(await factory.GetTokenAsync("taopu.officer", "platform.read"));

        // act
        var withheld = await withoutPii.PostGraphQLAsync($$"""
            query($id: ID!) { node(id: $id) { ... on Attachment { {{AttachmentSteps.AttachmentView}} } } }
            """, new { id = attached.Id() });
        var ancestor = await factory.ReadAttachmentAsync("putuo.officer", attached.Id());

        // assert
        var masked = withheld["data"]!["node"]!;
        Assert.Equal(("****.pdf", true), (masked.Str("fileName"), masked["containsPersonalData"]!.GetValue<bool>()));
        Assert.Null(masked["downloadUrl"]);
        Assert.Equal("王秀英身份证.pdf", ancestor["data"]!["node"].Str("fileName"));
        Assert.NotNull(ancestor["data"]!["node"]!["downloadUrl"]);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
}
