using Microsoft.AspNetCore.Authorization;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Admin;

/// <summary>Trainers and admins only (the dashboard).</summary>
public sealed class StaffRequirement : IAuthorizationRequirement
{
    public const string PolicyName = "Staff";
}

public sealed class StaffRequirementHandler(StaffAccess access) : AuthorizationHandler<StaffRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRequirement requirement)
    {
        var cancellationToken = (context.Resource as HttpContext)?.RequestAborted ?? CancellationToken.None;
        if (WebUser.IdOf(context.User) is { } id && await access.IsStaffAsync(id, cancellationToken))
        {
            context.Succeed(requirement);
        }
    }
}
