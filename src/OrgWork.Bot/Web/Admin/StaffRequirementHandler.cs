using Microsoft.AspNetCore.Authorization;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Admin;

/// <summary>Grants a <see cref="StaffRequirement"/> by the role the person has now (looked up on every request).</summary>
public sealed class StaffRequirementHandler(StaffAccess access) : AuthorizationHandler<StaffRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRequirement requirement)
    {
        var cancellationToken = (context.Resource as HttpContext)?.RequestAborted ?? CancellationToken.None;
        if (WebUser.IdOf(context.User) is { } id && await access.RoleOfAsync(id, cancellationToken) >= requirement.Minimum)
        {
            context.Succeed(requirement);
        }
    }
}
