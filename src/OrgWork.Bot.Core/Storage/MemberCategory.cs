namespace OrgWork.Bot.Core.Storage;

/// <summary>The roster's 人员类别.</summary>
public enum MemberCategory
{
    /// <summary>正式党员 (the roster's default).</summary>
    Full = 0,

    /// <summary>预备党员.</summary>
    Probationary = 1,

    /// <summary>入党积极分子.</summary>
    Activist = 2,

    /// <summary>群众.</summary>
    NonMember = 3,
}
