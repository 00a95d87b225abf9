namespace OrgWork.Bot.Core.Storage;

/// <summary>Which database engine holds the learning records.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string ConnectionStringName = "OrgWork";
    public const string DefaultConnectionString = "Data Source=data/orgwork.db";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c> (scale-out).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;
}
