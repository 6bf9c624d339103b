using Enrollment.Modules.Review.Application.Abstractions;
using MiniExcelLibs;

namespace Enrollment.Modules.Review.Infrastructure.Export;

/// <summary>MiniExcel writes the sheet row by row as the <see cref="IAsyncEnumerable{T}"/> yields them (ADR-0011, ADR-0016).</summary>
internal sealed class MiniExcelSpreadsheetWriter : ISpreadsheetWriter
{
    public Task WriteAsync(Stream output, IAsyncEnumerable<IDictionary<string, object?>> rows, CancellationToken cancellationToken) =>
        output.SaveAsAsync(rows, printHeader: true, sheetName: "审核队列", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
}
