using System.Text;
using CsvHelper;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// Every CSV the service writes goes through here: CsvHelper with formula-injection escaping, so a text cell that starts
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR (a branch named <c>=HYPERLINK(…)</c>) is written with a leading
/// <c>'</c> and quoted, and Excel shows it as text. Numbers are written as numbers and never escaped.
/// </summary>
public static class SafeCsv
{
    /// <summary>UTF-8 with a byte-order mark, so Excel opens the Chinese headers correctly.</summary>
    public static byte[] Write(IReadOnlyList<string> header, Action<CsvWriter> writeRows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options(byteOrderMark: true), leaveOpen: true))
        {
            WriteAll(csv, header, writeRows);
        }

        return buffer.ToArray();
    }

    /// <summary>The same, as text without a byte-order mark.</summary>
    public static string WriteText(IReadOnlyList<string> header, Action<CsvWriter> writeRows)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture))
        using (var csv = CsvWriter.Create(writer, Options(byteOrderMark: false), leaveOpen: true))
        {
            WriteAll(csv, header, writeRows);
        }

        return text.ToString();
    }

    private static CsvWriterOptions Options(bool byteOrderMark) => new() { Injection = CsvInjection.Escape, WriteByteOrderMark = byteOrderMark };

    private static void WriteAll(CsvWriter csv, IReadOnlyList<string> header, Action<CsvWriter> writeRows)
    {
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        writeRows(csv);
        csv.Flush();
    }
}
