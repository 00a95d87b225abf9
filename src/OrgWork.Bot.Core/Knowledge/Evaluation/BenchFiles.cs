using System.Runtime.CompilerServices;
using System.Text.Json;
using OrgWork.Bot.Core.Knowledge.Retrieval;

namespace OrgWork.Bot.Core.Knowledge.Evaluation;

/// <summary>
/// Reads the retrieval benchmark files: passages.jsonl (<c>{"id","title","text"}</c>) and queries.jsonl
/// (<c>{"id","question","answers":[…],"passage_id"}</c>). Blank lines are skipped; a malformed line is an error
/// naming its file and line.
/// </summary>
public static class BenchFiles
{
    public static async Task<IReadOnlyList<IndexedPassage>> ReadPassagesAsync(string path, CancellationToken cancellationToken)
    {
        var passages = new List<IndexedPassage>();
        await foreach (var (line, root) in ReadLinesAsync(path, cancellationToken))
        {
            passages.Add(new IndexedPassage(
                Required(root, "id", path, line), Optional(root, "title"), Required(root, "text", path, line)));
        }

        return passages;
    }

    public static async Task<IReadOnlyList<BenchQuery>> ReadQueriesAsync(string path, CancellationToken cancellationToken)
    {
        var queries = new List<BenchQuery>();
        await foreach (var (line, root) in ReadLinesAsync(path, cancellationToken))
        {
            var answers = root.TryGetProperty("answers", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                : [];
            queries.Add(new BenchQuery(
                Required(root, "id", path, line), Required(root, "question", path, line), answers, Required(root, "passage_id", path, line)));
        }

        return queries;
    }

    private static async IAsyncEnumerable<(int Line, JsonElement Root)> ReadLinesAsync(
        string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(text);
                root = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{number}: not a JSON object: {e.Message}", e);
            }

            yield return (number, root);
        }
    }

    private static string Required(JsonElement root, string name, string path, int line) =>
        root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString()
            : throw new FormatException($"{path}:{line}: missing \"{name}\"");

    private static string Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
