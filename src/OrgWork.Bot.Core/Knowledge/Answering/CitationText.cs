using System.Text.RegularExpressions;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>Finds and checks the [n] citations of an answer.</summary>
public static partial class CitationText
{
    /// <summary>The citation numbers in order of first appearance.</summary>
    public static IReadOnlyList<int> Numbers(string text) =>
        [.. Citation().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct()];

    /// <summary>Removes citations of numbers that name no passage (a model inventing [7] of five passages).</summary>
    public static string DropUnknown(string text, int passages) =>
        Citation().Replace(text, m => int.TryParse(m.Groups[1].Value, out var n) && n >= 1 && n <= passages ? m.Value : "");

    /// <summary>The text without its citations.</summary>
    public static string Strip(string text) => Citation().Replace(text, "");

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Citation();
}
