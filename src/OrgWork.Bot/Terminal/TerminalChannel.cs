using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Terminal;

/// <summary>
/// The conversation engine in a terminal: one input per line, replies as plain text, buttons as
/// <c>[N] label</c>; <c>#N</c>, or typing a button's label (<c>确认</c>), presses that button of the latest message
/// that had buttons; <c>/upload PATH</c>
/// sends a local file, as a Telegram user sends a document. A line over <see cref="InputLimits.MaxTextLength"/> is
/// answered with the limit and not processed. A model's answer is printed as it is written; the final reply then adds
/// what the stream did not show (the rest of the text, the sources, the buttons).
/// </summary>
public sealed class TerminalChannel(IConversationEngine engine, TextReader input, TextWriter output)
{
    public const string ChannelName = "terminal";

    private List<Button> _lastButtons = [];
    private string _streamed = "";

    public async Task RunAsync(long userId, string? displayName, CancellationToken cancellationToken)
    {
        var chatId = $"{ChannelName}:{userId}";
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (InputLimits.IsTooLong(line))
            {
                await output.WriteLineAsync(InputLimits.TooLongText);
                await output.WriteLineAsync();
                continue;
            }

            if (UploadPath(line) is { } path)
            {
                await UploadAsync(path, chatId, userId, displayName, cancellationToken);
                continue;
            }

            var chatInput = ToInput(line, chatId, userId, displayName);
            if (chatInput is null)
            {
                await output.WriteLineAsync(UiText.Format(UiText.TerminalNoSuchButton, line));
                continue;
            }

            await WriteAsync(await engine.HandleAsync(chatInput, ShowPending(), cancellationToken));
        }
    }

    /// <summary>The path of <c>/upload PATH</c> (quotes allowed); null for any other line, so a bare <c>/upload</c> reaches the bot's help.</summary>
    private static string? UploadPath(string line)
    {
        const string command = "/upload ";
        return line.StartsWith(command, StringComparison.OrdinalIgnoreCase) && line[command.Length..].Trim().Trim('"', '\'') is { Length: > 0 } path
            ? path
            : null;
    }

    private async Task UploadAsync(string path, string chatId, long userId, string? displayName, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            await output.WriteLineAsync(UiText.Format(UiText.TerminalFileNotFound, path));
            await output.WriteLineAsync();
            return;
        }

        var file = new InputFile(Path.GetFileName(full), new FileInfo(full).Length, _ => Task.FromResult<Stream>(File.OpenRead(full)));
        var input = new ChatInput { Channel = ChannelName, ChatId = chatId, UserId = userId, DisplayName = displayName, Kind = InputKind.File, File = file };
        await WriteAsync(await engine.HandleAsync(input, ShowPending(), cancellationToken));
    }

    /// <summary>
    /// A line at once when the turn goes into slow work (a model answer), so the person knows it is coming; then the
    /// answer as the model writes it.
    /// </summary>
    private ITurnObserver ShowPending() => TurnObserver.OnPending(
        () =>
        {
            output.WriteLine(UiText.TurnPending);
            output.Flush();
        },
        ShowWriting);

    /// <summary>Prints what the text gained since the last print (the engine's turn is awaited meanwhile, so nothing else writes).</summary>
    private void ShowWriting(string textSoFar)
    {
        if (textSoFar.StartsWith(_streamed, StringComparison.Ordinal))
        {
            output.Write(textSoFar[_streamed.Length..]);
        }
        else
        {
            output.Write("\n" + textSoFar);
        }

        _streamed = textSoFar;
        output.Flush();
    }

    private ChatInput? ToInput(string line, string chatId, long userId, string? displayName)
    {
        if (line.StartsWith('#'))
        {
            return int.TryParse(line.AsSpan(1), out var number) && number >= 1 && number <= _lastButtons.Count
                ? ChatInput.FromButton(ChannelName, chatId, userId, _lastButtons[number - 1].Data, displayName)
                : null;
        }

        return _lastButtons.FirstOrDefault(b => string.Equals(Spoken(b.Label), line, StringComparison.Ordinal)) is { } typed
            ? ChatInput.FromButton(ChannelName, chatId, userId, typed.Data, displayName)
            : ChatInput.FromText(ChannelName, chatId, userId, line, displayName);
    }

    /// <summary>A label as someone would type it: without the symbol in front (<c>✖ 取消</c> is typed <c>取消</c>).</summary>
    private static string Spoken(string label)
    {
        var start = 0;
        while (start < label.Length && !char.IsLetterOrDigit(label[start]))
        {
            start++;
        }

        return label[start..].Trim();
    }

    private async Task WriteAsync(ConversationResult result)
    {
        if (result.Toast is { } toast)
        {
            await output.WriteLineAsync(UiText.Format(UiText.TerminalToast, toast));
        }

        var streamed = _streamed;
        _streamed = "";
        foreach (var reply in result.Replies)
        {
            if (streamed.Length > 0 && reply.Text.Plain.StartsWith(streamed, StringComparison.Ordinal))
            {
                // The answer's beginning is on the screen already.
                await output.WriteLineAsync(reply.Text.Plain[streamed.Length..]);
            }
            else
            {
                await output.WriteLineAsync((streamed.Length > 0 ? "\n" : "") + reply.Text.Plain);
            }

            streamed = "";
            if (reply.Image is { } image)
            {
                await output.WriteLineAsync(UiText.Format(UiText.TerminalImage, image.FileName, image.Png.Length));
            }

            var buttons = reply.Buttons.SelectMany(row => row).ToList();
            for (var i = 0; i < buttons.Count; i++)
            {
                await output.WriteLineAsync($"[{i + 1}] {buttons[i].Label}");
            }

            if (buttons.Count > 0)
            {
                _lastButtons = buttons;
            }

            await output.WriteLineAsync();
        }

        await output.FlushAsync();
    }
}
