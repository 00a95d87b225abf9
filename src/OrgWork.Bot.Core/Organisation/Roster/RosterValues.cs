using System.Text;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>The roster's cell values: 手机号 normalised to 11 ASCII digits, 人员类别 and 角色 by their Chinese names.</summary>
public static class RosterValues
{
    /// <summary>The 手机号 with full-width digits made ASCII and spaces and hyphens removed; null unless that is 11 digits.</summary>
    public static string? NormalizePhone(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '０' and <= '９')
            {
                digits.Append((char)('0' + (c - '０')));
            }
            else if (!char.IsWhiteSpace(c) && c is not '-' and not '－')
            {
                digits.Append(c);
            }
        }

        return digits.Length == 11 && digits.ToString().All(char.IsAsciiDigit) ? digits.ToString() : null;
    }

    /// <summary>正式党员 (also when empty), 预备党员, 入党积极分子 or 群众.</summary>
    public static MemberCategory? ParseCategory(string text) => text switch
    {
        "" or "正式党员" => MemberCategory.Full,
        "预备党员" => MemberCategory.Probationary,
        "入党积极分子" => MemberCategory.Activist,
        "群众" => MemberCategory.NonMember,
        _ => null,
    };

    /// <summary>党员 (also when empty), 讲师 or 管理员.</summary>
    public static Role? ParseRole(string text) => text switch
    {
        "" or "党员" => Role.Member,
        "讲师" => Role.Trainer,
        "管理员" => Role.Admin,
        _ => null,
    };
}
