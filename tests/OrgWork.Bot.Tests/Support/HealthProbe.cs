using System.Net;
using System.Net.Http.Json;

namespace OrgWork.Bot.Tests.Support;

/// <summary>Polls <c>GET /healthz</c> of a running bot until it answers (and, if given, says what is expected).</summary>
public static class HealthProbe
{
    public static async Task<HealthBody> WaitAsync(HttpClient http, BotProcess bot, Func<HealthBody, bool>? until = null)
    {
        HealthBody? last = null;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    last = (await response.Content.ReadFromJsonAsync<HealthBody>())!;
                    if (until is null || until(last))
                    {
                        return last;
                    }
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no expected health answer (last: {last}); output:\n" + bot.Output + bot.Errors);
    }
}
