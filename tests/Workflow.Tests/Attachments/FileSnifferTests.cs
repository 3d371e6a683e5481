using System.IO.Compression;
using System.Text;
using Platform.Workflow.Attachments;

namespace Platform.Workflow.Tests.Attachments;

public sealed class FileSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, FileSniffer.Pdf)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, FileSniffer.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, FileSniffer.Jpeg)]
    public void Sniffer_Should_NameTheType_FromTheFirstBytes(byte[] content, string expected)
    {
        // act
        var mediaType = FileSniffer.Sniff(content);

        // assert
        Assert.Equal(expected, mediaType);
    }

    [Theory]
    [InlineData("word/document.xml", FileSniffer.Docx)]
    [InlineData("xl/workbook.xml", FileSniffer.Xlsx)]
    [InlineData("ppt/presentation.xml", FileSniffer.Pptx)]
    public void Sniffer_Should_TellOfficeDocumentsApart_ByTheirMainPart(string part, string expected)
    {
        // arrange
        var content = Zip("[Content_Types].xml", part);

        // act
        var mediaType = FileSniffer.Sniff(content);

        // assert
        Assert.Equal(expected, mediaType);
    }

    [Fact]
    public void Sniffer_Should_Refuse_Programs_PlainArchives_AndText()
    {
        // arrange
        byte[] program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00];
        var archive = Zip("setup.exe");
        var notAZip = "PK\u0003\u0004 but nothing after"u8.ToArray();
        var script = Encoding.UTF8.GetBytes("<script>alert(1)</script>");

        // act
        var types = new[] { program, archive, notAZip, script }.Select(FileSniffer.Sniff);

        // assert
        Assert.All(types, Assert.Null);
    }

    [Theory]
    [InlineData(@"C:\Users\王\Desktop\协议.pdf", "协议.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(" 报告\u0007.pdf ", "报告.pdf")]
    public void FileName_Should_KeepTheLastSegment_WithoutControlCharacters(string sent, string kept)
    {
        // act
        var name = AttachmentRules.FileName(sent);

        // assert
        Assert.Equal(kept, name);
    }

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
