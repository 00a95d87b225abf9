using Microsoft.AspNetCore.Authorization;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Web.Admin;

/// <summary>A role at least <see cref="Minimum"/>: trainers and admins for the dashboard, admins for managing members.</summary>
public sealed class StaffRequirement(Role minimum) : IAuthorizationRequirement
{
    public const string PolicyName = "Staff";
    public const string AdminPolicyName = "Admin";

    public Role Minimum { get; } = minimum;
}
