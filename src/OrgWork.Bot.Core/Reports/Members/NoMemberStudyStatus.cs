using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>Until study plans and exams exist, every member honestly has none (the report shows 「—」).</summary>
public sealed class NoMemberStudyStatus : IMemberStudyStatus
{
    public Task<IReadOnlyDictionary<long, MemberStudyStatus>> ForMembersAsync(
        OrgWorkDbContext db, IReadOnlyCollection<long> memberIds, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<long, MemberStudyStatus>>(new Dictionary<long, MemberStudyStatus>());
}
