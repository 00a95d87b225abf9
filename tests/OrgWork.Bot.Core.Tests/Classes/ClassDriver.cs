using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Classes;

/// <summary>A class for the test clock (Monday 2026-03-02, 10:00 Beijing time), and the moves members make in it.</summary>
public sealed class ClassDriver(TestBot bot, string slug = ClassDriver.Slug)
{
    public const string Slug = "spring";

    /// <summary>Session 1 runs 10:00–11:30 (open for check-in now), session 2 14:00–16:00 the same day.</summary>
    public static string File(int capacity = 2, string enrol = "open", string extra = "") => $"""
        ---
        title: 春季实训班
        place: 县委党校
        capacity: {capacity}
        enrol: {enrol}
        {extra}
        sessions:
          - title: 开班式
            starts: 2026-03-02 10:00
            minutes: 90
          - title: 现场教学
            starts: 2026-03-02 14:00
            minutes: 120
            place: 纪念馆
        ---
        春季培训班介绍。
        """;

    public TrainingClass Class => bot.Services.GetCatalogue().FindClass(slug)!;

    public string Id => ContentIds.ForClass(slug);

    public DateTime Now => bot.Clock.GetUtcNow().UtcDateTime;

    public Task<ConversationResult> EnrolAsync(long userId) => bot.PressAsync(ClassActions.ToEnrol(Id), userId);

    public Task<ConversationResult> PageAsync(long userId) => bot.PressAsync(ClassActions.ToView(Id), userId);

    /// <summary>The code a trainer's QR shows now for session <paramref name="number"/>.</summary>
    public Task<string> CodeAsync(int number = 1) =>
        bot.Services.GetRequiredService<CheckInCodes>().ForSessionAsync(Class, Class.FindSession(number)!, Now, CancellationToken.None);

    /// <summary>The check-in's answer: after a new member's greeting, before any notices that were waiting for them.</summary>
    public async Task<string> ScanAsync(string code, long userId) =>
        (await bot.SendAsync($"/start {CheckInCodes.SessionPrefix}{code}", userId)).Replies
            .Last(r => !r.Text.Plain.StartsWith("📢", StringComparison.Ordinal)).Text.Plain;
}
