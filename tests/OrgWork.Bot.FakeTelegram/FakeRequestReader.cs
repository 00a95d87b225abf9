using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OrgWork.Bot.FakeTelegram;

/// <summary>Reads Bot API parameters the three ways the API accepts them: JSON, form and multipart (uploads), or the query string.</summary>
internal static class FakeRequestReader
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = Parse(value.ToString());
        }

        if (request.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) is JsonObject body)
            {
                foreach (var key in body.Select(p => p.Key).ToList())
                {
                    // Detached from the body, so it moves over without a copy.
                    var value = body[key];
                    body.Remove(key);
                    parameters[key] = value;
                }
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                parameters[key] = Parse(value.ToString());
            }

            foreach (var file in form.Files)
            {
                var upload = new JsonObject { ["file_name"] = file.FileName, ["length"] = file.Length };

                // A parameter may point at an uploaded part by name ("photo": "attach://0"), as the Bot API allows.
                var referrer = parameters.FirstOrDefault(p => p.Value?.GetValueKind() == JsonValueKind.String && p.Value.ToString() == "attach://" + file.Name).Key;
                parameters[referrer ?? file.Name] = upload;
            }
        }

        return parameters;
    }

    // Form fields carry objects (reply_markup) as JSON text and numbers as text.
    private static JsonNode? Parse(string value)
    {
        if (value.Length > 0 && (value[0] == '{' || value[0] == '[' || char.IsDigit(value[0]) || value[0] == '-'))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                // Not JSON after all: keep the text.
            }
        }

        return JsonValue.Create(value);
    }
}
