using System.Text.Json;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

public class PolicyVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task IndexPrintsCountsAndASecondRunChunksNothingAgain()
    {
        using var work = new WorkFolder();

        var (firstExit, first, firstErrors) = await BotProcess.RunAsync(work.Path, "", Timeout, "index", $"--Content:Root={BotProcess.ShippedContent}");
        var (_, second, _) = await BotProcess.RunAsync(work.Path, "", Timeout, "index", $"--Content:Root={BotProcess.ShippedContent}");

        Assert.True(firstExit == 0, first + firstErrors);
        Assert.Matches(@"policy index: [1-9]\d* documents, [1-9]\d* chunks; [1-9]\d* added, 0 changed, 0 removed, 0 unchanged", first);
        Assert.Matches(@"0 added, 0 changed, 0 removed, [1-9]\d* unchanged", second);
    }

    [Fact]
    public async Task AskPrintsTheAnswerThenOneSourcePerLine()
    {
        using var work = new WorkFolder();
        var root = Path.Combine(work.Path, "content", "policies");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "dangfei.md"), "---\ntitle: 党费收缴使用管理规定\n---\n## 第二章 减免\n\n生活确有困难的党员，经批准可以少交或者免交党费。\n");

        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, "ask", "生活困难的党员可以免交党费吗？");

        Assert.True(exitCode == 0, output + errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("「生活确有困难的党员，经批准可以少交或者免交党费。」[1]", lines[0]);
        Assert.Equal("[1] 党费收缴使用管理规定 › 第二章 减免", lines[^1]);
    }

    [Fact]
    public async Task AskRefusesAQuestionOverTheLimitWithExitCodeTwoAndTouchesNothing()
    {
        using var work = new WorkFolder();

        var (exitCode, output, errors) = await BotProcess.RunAsync(
            work.Path, "", Timeout, ["ask", new string('问', InputLimits.MaxTextLength + 1), .. work.Settings(BotProcess.ShippedContent)]);

        Assert.Equal(2, exitCode);
        Assert.Contains(InputLimits.TooLongText, errors, StringComparison.Ordinal);
        Assert.Equal("", output.Trim());
        Assert.False(File.Exists(work.Database), "nothing was opened or stored");
    }

    [Fact]
    public async Task EvalRetrievalEndsWithTheJsonSummary()
    {
        using var work = new WorkFolder();
        File.WriteAllLines(Path.Combine(work.Path, "passages.jsonl"),
        [
            """{"id":"p1","title":"党费","text":"党员应当按月交纳党费。"}""",
            """{"id":"p2","title":"换届","text":"村两委每五年换届选举一次。"}""",
        ]);
        File.WriteAllLines(Path.Combine(work.Path, "queries.jsonl"),
        [
            """{"id":"q1","question":"党费多久交一次？","answers":["按月"],"passage_id":"p1"}""",
            """{"id":"q2","question":"村两委几年换届？","answers":["五年"],"passage_id":"p2"}""",
        ]);

        var (exitCode, output, errors) = await BotProcess.RunAsync(
            work.Path, "", Timeout, "eval-retrieval", "--passages", "passages.jsonl", "--queries", "queries.jsonl", "--k", "10");

        Assert.True(exitCode == 0, output + errors);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        var json = JsonDocument.Parse(last).RootElement;
        Assert.Equal(2, json.GetProperty("queries").GetInt32());
        Assert.Equal(1.0, json.GetProperty("recall@1").GetDouble());
        Assert.Equal(1.0, json.GetProperty("recall@5").GetDouble());
        Assert.Equal(1.0, json.GetProperty("mrr@10").GetDouble());
        Assert.True(json.TryGetProperty("p50_ms", out _) && json.TryGetProperty("p95_ms", out _));
    }

    [Fact]
    public async Task EvalAnswersJudgesEachQuestionAndEndsWithTheRates()
    {
        using var work = new WorkFolder();
        var root = Path.Combine(work.Path, "content", "policies");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "dangfei.md"), "---\ntitle: 党费收缴使用管理规定\n---\n## 第二章 减免\n\n生活确有困难的党员，经批准可以少交或者免交党费。\n");
        var questions = Path.Combine(work.Path, "questions.jsonl");
        File.WriteAllLines(questions,
        [
            """{"id":"a1","question":"生活困难的党员可以免交党费吗？","facts":["少交或者免交党费"]}""",
            """{"id":"a2","question":"生活困难的党员可以免交党费吗？","facts":["每月交纳100元"]}""",
            """{"id":"t1","question":"高铁时刻表在哪里查","trap":true}""",
        ]);

        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, "eval-answers", "--questions", questions);

        Assert.True(exitCode == 0, output + errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("a1\tanswered-correctly\t", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("a2\tWRONGLY-ANSWERED\t", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("t1\trefused-correctly\t", lines[2], StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(lines[^1]);
        Assert.Equal(3, summary.RootElement.GetProperty("questions").GetInt32());
        Assert.Equal(0.5, summary.RootElement.GetProperty("answered_correctly").GetDouble());
        Assert.Equal(1, summary.RootElement.GetProperty("refused_correctly").GetDouble());
        Assert.Equal(1, summary.RootElement.GetProperty("wrong").GetInt32());
    }
}
