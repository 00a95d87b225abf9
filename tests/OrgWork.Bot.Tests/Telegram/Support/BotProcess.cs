using System.Diagnostics;
using OrgWork.Bot.FakeTelegram;

namespace OrgWork.Bot.Tests.Telegram.Support;

/// <summary>The service as a separate process (<c>dotnet OrgWork.Bot.dll serve</c>), so a test can kill it outright.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;

    private BotProcess(Process process) => _process = process;

    public static BotProcess Start(FakeBotApi api, TestFolder folder, params string[] settings)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "OrgWork.Bot.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["exec", program, "serve", .. RunningBot.Arguments(api, folder), .. settings])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the service");

        // Drained so a full pipe never blocks the service.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Ends the process at once, as a crash or a power cut would: no shutdown code runs.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}
