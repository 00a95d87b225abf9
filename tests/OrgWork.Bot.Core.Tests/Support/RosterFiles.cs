using System.Text;
using MiniExcelLibs;
using OrgWork.Bot.Core.Publishing.Importing;

namespace OrgWork.Bot.Core.Tests.Support;

/// <summary>Roster files made by the tests: CSV text in UTF-8 (with or without a byte order mark) or GBK, and .xlsx workbooks written with MiniExcel.</summary>
public static class RosterFiles
{
    public const string Header = "姓名,手机号,所属支部,上级党组织,人员类别,职务,角色";

    /// <summary>A CSV roster: <see cref="Header"/> and the given lines (each <c>姓名,手机号,所属支部,上级党组织,人员类别,职务,角色</c>).</summary>
    public static string Csv(params string[] lines) => string.Join("\n", [Header, .. lines]) + "\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)];

    public static byte[] Gbk(string text) => ImportText.ChineseWindows.GetBytes(text);

    /// <summary>An .xlsx workbook whose first sheet has a header row of the keys of <paramref name="rows"/>' dictionaries and one row each.</summary>
    public static byte[] Xlsx(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), printHeader: true, sheetName: "名册", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A row for <see cref="Xlsx"/> with every column of the roster, the 手机号 as a number (as Excel stores a typed number).</summary>
    public static IDictionary<string, object?> XlsxRow(string name, long phone, string branch, string? parent = null, string? category = null, string? position = null, string? role = null) =>
        new Dictionary<string, object?>
        {
            ["姓名"] = name,
            ["手机号"] = phone,
            ["所属支部"] = branch,
            ["上级党组织"] = parent,
            ["人员类别"] = category,
            ["职务"] = position,
            ["角色"] = role,
        };
}
