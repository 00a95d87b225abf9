using CsvHelper;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Accounts;

/// <summary>
/// <c>姓名,手机号,所属支部,激活码</c> as UTF-8 with a BOM (Excel opens the Chinese headers). A cell that starts like a
/// formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR) is escaped, so a name cannot become a formula in Excel.
/// </summary>
public static class ActivationCodeCsv
{
    public static byte[] Write(IEnumerable<IssuedCode> codes)
    {
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            foreach (var header in UiText.CodesCsvColumns)
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var code in codes)
            {
                csv.WriteField(code.Name);
                csv.WriteField(code.Phone);
                csv.WriteField(code.Branch);
                csv.WriteField(code.Code);
                csv.EndRecord();
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }

    /// <summary>The download's name says that it holds phone numbers.</summary>
    public static string FileName(string? branch, DateOnly date) =>
        $"{UiText.CodesCsvFilePrefix}-{branch ?? UiText.CodesAllBranches}-{date:yyyy-MM-dd}.csv";
}
