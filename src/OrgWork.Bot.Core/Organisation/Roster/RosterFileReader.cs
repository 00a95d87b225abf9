using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using OrgWork.Bot.Core.Publishing.Importing;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>
/// Reads the rows of a roster file as text, one at a time: the first sheet of an <c>.xlsx</c> workbook (MiniExcel
/// streams it), or a <c>.csv</c> file (CsvHelper) in UTF-8 with or without a byte order mark, or in GBK (GB18030),
/// which Excel and Notepad on Chinese Windows write. Numbers typed into cells (a 手机号 stored as a number) come back
/// as their digits.
/// </summary>
public static class RosterFileReader
{
    /// <summary>Whether the file name's extension is one the reader knows (<c>.xlsx</c>, <c>.csv</c>).</summary>
    public static bool IsSupported(string fileName) => KindOf(fileName) is not null;

    /// <summary>The rows of <paramref name="stream"/>, which must be seekable; throws on a file that is not what its name says.</summary>
    public static IEnumerable<RosterSheetRow> ReadRows(Stream stream, string fileName) => KindOf(fileName) switch
    {
        ".xlsx" => ReadWorkbook(stream),
        ".csv" => ReadCsv(stream),
        _ => throw new NotSupportedException("Only .xlsx and .csv rosters are read"),
    };

    private static string? KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => ".xlsx",
        ".csv" => ".csv",
        _ => null,
    };

    private static IEnumerable<RosterSheetRow> ReadWorkbook(Stream stream)
    {
        var row = 0;
        foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            row++;
            var texts = new string[cells.Count];
            var i = 0;
            foreach (var value in cells.Values)
            {
                texts[i++] = CellText(value);
            }

            yield return new RosterSheetRow(row, texts);
        }
    }

    private static IEnumerable<RosterSheetRow> ReadCsv(Stream stream)
    {
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            SkipEmptyLines = false,
            TrimWhitespace = true,
            IncludeValuesInExceptions = false,
            Encoding = IsStrictUtf8(stream) ? null : ImportText.ChineseWindows,
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        var row = 0;
        while (csv.Read())
        {
            row++;
            var texts = new string[csv.FieldCount];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = csv.GetString(i).Trim();
            }

            yield return new RosterSheetRow(row, texts);
        }
    }

    /// <summary>Whether the whole stream decodes as UTF-8 (a byte order mark counts as UTF-8); the stream is rewound either way.</summary>
    private static bool IsStrictUtf8(Stream stream)
    {
        var start = stream.Position;
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        string text => text.Trim(),
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => number.ToString("0", CultureInfo.InvariantCulture),
        decimal number when number == decimal.Floor(number) => number.ToString("0", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };
}
