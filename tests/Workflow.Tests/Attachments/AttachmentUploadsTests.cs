using Microsoft.EntityFrameworkCore;
using Platform.Workflow.Attachments;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Attachments;

public sealed class AttachmentUploadsTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

    [Fact]
    public async Task Upload_Should_StoreTheBytes_WithTheSniffedType_AndTheCasesOwnerPath()
    {
        // arrange
        var caseId = await database.RegisteredCaseAsync("taopu.officer", "现场照片");
        var (uploads, actor) = database.As<AttachmentUploads>("taopu.officer");

        // act: the client claims nothing about the type; the name says .jpg, the content is a PNG
        var id = await uploads.AddAsync(actor, new AddAttachmentInput { CaseId = caseId, File = File("现场.jpg", Png) });

        // assert
        await using var db = database.Read();
        var attachment = await db.Attachments.SingleAsync(a => a.Id == id);
        var content = await db.AttachmentContents.SingleAsync(c => c.AttachmentId == id);
        Assert.Equal(("image/png", 12L, "/sh/putuo/taopu/", "现场.jpg"), (attachment.MediaType, attachment.Size, attachment.OwnerPath, attachment.FileName));
        Assert.Equal(Png, content.Bytes);
    }

    [Fact]
    public async Task Upload_Should_BeNotFound_ForACaseOfAnotherDistrict()
    {
        // arrange
        var caseId = await database.RegisteredCaseAsync("taopu.officer", "他区的案件");
        var (uploads, actor) = database.As<AttachmentUploads>("baoshan.officer");

        // act
        var refused = await Assert.ThrowsAsync<NotFoundException>(() =>
            uploads.AddAsync(actor, new AddAttachmentInput { CaseId = caseId, File = File("a.png", Png) }));

        // assert
        Assert.Equal(ErrorCodes.NotFound, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Rules_Should_Refuse_TwoSubjects_AnOversizedFile_AndAnUnacceptedKind_AsFileErrors()
    {
        // arrange
        var twoSubjects = new AddAttachmentInput { CaseId = 1, MeetingId = 2, File = File("a.png", Png) };
        var oversized = new AddAttachmentInput { CaseId = 1, File = File("a.png", Png) };
        var text = new AddAttachmentInput { CaseId = 1, File = File("a.pdf", "not a pdf"u8.ToArray()) };

        // act
        var errors = new List<FieldError>();
        foreach (var (input, limit) in new[] { (twoSubjects, 100L), (oversized, 8L), (text, 100L) })
        {
            var refused = await Assert.ThrowsAsync<InvalidInputException>(() => AttachmentRules.ValidateAsync(input, limit, CancellationToken.None));
            errors.Add(Assert.Single(refused.Errors.Cast<FieldError>()));
        }

        // assert
        Assert.Equal(["caseId", "file", "file"], errors.Select(e => e.Field));
        Assert.Contains("larger than 8 bytes", errors[1].Message);
    }

    private static AttachmentFile File(string name, byte[] content) => new(name, content.Length, () => new MemoryStream(content));
}
