using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Classes;

/// <summary>Button actions of classes. Each names the class by its short id (and a session by its number).</summary>
public static class ClassActions
{
    public const string List = "cl";
    public const string View = "cv";
    public const string Enrol = "ce";
    public const string AskWithdraw = "cw";
    public const string Withdraw = "cx";
    public const string Roster = "cr";
    public const string AskRating = "ca";
    public const string Rate = "cs";
    public const string ShowCode = "cq";

    public static string ToList() => ButtonPayload.Create(List);

    public static string ToView(string classId) => ButtonPayload.Create(View, classId);

    public static string ToEnrol(string classId) => ButtonPayload.Create(Enrol, classId);

    public static string ToAskWithdraw(string classId) => ButtonPayload.Create(AskWithdraw, classId);

    public static string ToWithdraw(string classId) => ButtonPayload.Create(Withdraw, classId);

    public static string ToRoster(string classId) => ButtonPayload.Create(Roster, classId);

    public static string ToAskRating(string classId, int session) => ButtonPayload.Create(AskRating, classId, Text(session));

    public static string ToRate(string classId, int session, int stars) => ButtonPayload.Create(Rate, classId, Text(session), Text(stars));

    public static string ToShowCode(string classId, int session) => ButtonPayload.Create(ShowCode, classId, Text(session));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
