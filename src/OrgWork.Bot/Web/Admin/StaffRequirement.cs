using Microsoft.AspNetCore.Authorization;

namespace OrgWork.Bot.Web.Admin;

/// <summary>Trainers and admins only (the dashboard).</summary>
public sealed class StaffRequirement : IAuthorizationRequirement
{
    public const string PolicyName = "Staff";
}
