using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using Platform.Workflow.Statistics;

namespace Platform.Api.Bulletins;

/// <summary>Bulletin rows as a workbook of one sheet, or as CSV (UTF-8 with a byte order mark, so that spreadsheet programs read the Chinese headers).</summary>
public static class BulletinSheet
{
    public const string SheetName = "通报 Bulletin";

    public static string ContentType(BulletinFormat format) => format == BulletinFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static async Task<byte[]> WriteAsync(IReadOnlyList<BulletinRow> rows, BulletinFormat format, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        if (format == BulletinFormat.Xlsx)
        {
            await stream.SaveAsAsync(rows, sheetName: SheetName, excelType: ExcelType.XLSX, cancellationToken: ct);
        }
        else
        {
            var csv = new CsvConfiguration { StreamWriterFunc = s => new StreamWriter(s, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) };
            await stream.SaveAsAsync(rows, excelType: ExcelType.CSV, configuration: csv, cancellationToken: ct);
        }

        return stream.ToArray();
    }
}
