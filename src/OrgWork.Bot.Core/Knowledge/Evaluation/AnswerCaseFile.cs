using System.Text.Json;

namespace OrgWork.Bot.Core.Knowledge.Evaluation;

/// <summary>
/// Reads the answer evaluation's JSONL: <c>{"id","question","facts":[…]}</c> for an answerable question,
/// <c>{"id","question","trap":true}</c> for one the documents do not answer, either with <c>"history":[…]</c> (questions
/// asked before it in the same chat). Blank lines are skipped; a malformed line is an error naming its file and line.
/// </summary>
public static class AnswerCaseFile
{
    public static async Task<IReadOnlyList<AnswerCase>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var cases = new List<AnswerCase>();
        var number = 0;
        foreach (var text in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                cases.Add(Parse(text, $"{path}:{number}"));
            }
        }

        return cases;
    }

    private static AnswerCase Parse(string text, string where)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FormatException($"{where}: not a JSON object: {e.Message}", e);
        }

        var id = String(root, "id") ?? throw new FormatException($"{where}: missing \"id\"");
        var question = String(root, "question") ?? throw new FormatException($"{where}: missing \"question\"");
        var facts = Strings(root, "facts");
        var trap = root.TryGetProperty("trap", out var t) && t.ValueKind == JsonValueKind.True;
        if (trap == facts.Count > 0)
        {
            throw new FormatException($"{where}: give either \"facts\" (answerable) or \"trap\": true");
        }

        return new AnswerCase(id, question, facts, Strings(root, "history"));
    }

    private static string? String(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static List<string> Strings(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}
