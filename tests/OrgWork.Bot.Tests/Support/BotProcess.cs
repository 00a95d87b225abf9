using System.Diagnostics;
using System.Text;

namespace OrgWork.Bot.Tests.Support;

/// <summary>Runs the real OrgWork.Bot program as a child process, in a working folder of its own.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private BotProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ShippedContent => Path.Combine(RepositoryRoot, "content");

    public int Id => _process.Id;

    public string Output { get { lock (_stdout) { return _stdout.ToString(); } } }

    public string Errors { get { lock (_stderr) { return _stderr.ToString(); } } }

    public static BotProcess Start(string workingDirectory, params string[] arguments) =>
        Start(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Starts the program with <paramref name="environment"/> added to a clean environment (no inherited listen settings).</summary>
    public static BotProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrgWork.Bot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("Telegram__Token");
        foreach (var listenSetting in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTP_PORTS", "DOTNET_HTTPS_PORTS" })
        {
            start.Environment.Remove(listenSetting);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the bot"));
    }

    /// <summary>Runs to completion with <paramref name="input"/> on stdin; bounded by <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string workingDirectory, string input, TimeSpan timeout, params string[] arguments)
    {
        using var bot = Start(workingDirectory, arguments);
        await bot._process.StandardInput.WriteAsync(input);
        bot._process.StandardInput.Close();
        var exitCode = await bot.WaitForExitAsync(timeout);
        return (exitCode, bot.Output, bot.Errors);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the bot did not exit within {timeout}; output:\n{Output}\n{Errors}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Asks the process to stop the way a service manager does (SIGTERM).</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrgWork.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OrgWork.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
