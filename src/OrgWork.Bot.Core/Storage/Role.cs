namespace OrgWork.Bot.Core.Storage;

/// <summary>What a person may do: members learn, trainers also see results, admins also manage.</summary>
public enum Role
{
    Member = 0,
    Trainer = 1,
    Admin = 2,
}
