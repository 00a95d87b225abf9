namespace OrgWork.Bot.Core.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
