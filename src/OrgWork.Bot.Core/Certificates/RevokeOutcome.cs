namespace OrgWork.Bot.Core.Certificates;

public enum RevokeOutcome
{
    Revoked,
    NotFound,
    AlreadyRevoked,
}
