using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>
/// Where the member report's 必修完成 and 考试 columns come from (study plans and exams). Called once per report with every
/// member's id, so an implementation reads in set form; members it leaves out count as <see cref="MemberStudyStatus.None"/>.
/// </summary>
public interface IMemberStudyStatus
{
    Task<IReadOnlyDictionary<long, MemberStudyStatus>> ForMembersAsync(
        OrgWorkDbContext db, IReadOnlyCollection<long> memberIds, DateOnly first, DateOnly last, CancellationToken cancellationToken);
}
