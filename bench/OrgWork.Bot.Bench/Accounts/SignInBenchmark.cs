using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Cli;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Bench.Accounts;

/// <summary>
/// Web sign-ins per second with password hashing: the real service (in process, SQLite file, loopback HTTP), members
/// with passwords, and 1, 2 and 4 browsers each posting <c>/signin/password</c> one after another (each sign-in a
/// fresh browser that loads <c>/signin</c> first; only the POST is timed). Bounded by count:
/// <c>sign-in [requests-per-browser]</c>.
/// </summary>
public static partial class SignInBenchmark
{
    private const string Password = "bench-password-2026";

    public static async Task<int> RunAsync(string[] args)
    {
        var perBrowser = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 50;
        var folder = Directory.CreateTempSubdirectory("orgwork-bench-signin-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "content"));
            await using var app = await ServeVerb.CreateAppAsync(
            [
                $"--ConnectionStrings:OrgWork=Data Source={Path.Combine(folder, "bench.db")}",
                $"--Content:Root={Path.Combine(folder, "content")}",
                "--Content:Watch=false",
                "--Http:Urls=http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning",
                "--Flood:Limit=1000",
            ], CancellationToken.None);
            await app.StartAsync();
            var address = new Uri(app.Urls.First());
            var phones = await SeedAsync(app.Services, 8);
            Console.WriteLine($"sign-in benchmark: {perBrowser} sign-ins per browser, PBKDF2 as ASP.NET Core Identity's hasher sets it, {Environment.ProcessorCount} cores");
            await MeasureAsync(address, phones, browsers: 1, perBrowser: 5);
            foreach (var browsers in new[] { 1, 2, 4 })
            {
                var (seconds, latencies) = await MeasureAsync(address, phones, browsers, perBrowser);
                latencies.Sort();
                Console.WriteLine(
                    $"{browsers} browser(s): {latencies.Count} sign-ins in {seconds:F1} s = {latencies.Count / seconds:F1}/s; p50 {latencies[latencies.Count / 2]:F0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F0} ms");
            }

            await app.StopAsync();
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, int count)
    {
        var hasher = new PasswordHasher<Learner>();
        await using var db = await services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync();
        var phones = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var member = new Learner
            {
                Id = RosterLearnerIds.First - i,
                DisplayName = $"党员{i}",
                Phone = $"1380000{i:D4}",
                ActivatedAt = DateTime.UtcNow,
                CreatedAt = DateTime.UtcNow,
                LastSeenAt = DateTime.UtcNow,
            };
            db.Learners.Add(member);
            db.WebCredentials.Add(new WebCredential { LearnerId = member.Id, PasswordHash = hasher.HashPassword(member, Password), SecurityStamp = $"stamp{i}" });
            phones.Add(member.Phone);
        }

        await db.SaveChangesAsync();
        return phones;
    }

    private static async Task<(double Seconds, List<double> Latencies)> MeasureAsync(Uri address, IReadOnlyList<string> phones, int browsers, int perBrowser)
    {
        var latencies = new List<double>();
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, browsers).Select(async b =>
        {
            for (var i = 0; i < perBrowser; i++)
            {
                // A fresh browser each time: an antiforgery token is bound to the (anonymous) session it was issued to.
                using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
                var page = await http.GetStringAsync(new Uri("/signin", UriKind.Relative));
                var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
                var watch = Stopwatch.StartNew();
                using var response = await http.PostAsync(new Uri("/signin/password", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["phone"] = phones[b % phones.Count],
                    ["password"] = Password,
                    ["returnUrl"] = "/",
                }));
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}");
                }

                lock (latencies)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }));
        return (total.Elapsed.TotalSeconds, latencies);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
