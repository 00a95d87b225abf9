using OrgWork.Bot.Core.Conversation;
namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>The front matter of one file: scalar or list values with the line each key stands on.</summary>
public sealed class FrontMatter(IReadOnlyDictionary<string, FrontMatterValue> values)
{
    public static FrontMatter None { get; } = new(new Dictionary<string, FrontMatterValue>());

    public IReadOnlyDictionary<string, FrontMatterValue> Values { get; } = values;

    public string? Text(string key) => Values.TryGetValue(key, out var v) ? v.Scalar?.Trim() : null;

    public IReadOnlyList<string> List(string key) =>
        Values.TryGetValue(key, out var v) ? v.Items ?? (v.Scalar is { } s ? [s] : []) : [];

    /// <summary>An integer value; a value that is not one is reported and the fallback used.</summary>
    public int Number(string key, int fallback, DiagnosticBag diagnostics)
    {
        if (!Values.TryGetValue(key, out var value))
        {
            return fallback;
        }

        if (int.TryParse(value.Scalar, out var number) && number >= 0)
        {
            return number;
        }

        diagnostics.Add(UiText.Diagnostics.FrontMatterNotWholeNumber, value.Line, key, value.Scalar);
        return fallback;
    }
}
