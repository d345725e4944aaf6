using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sobes.Web.Accounts;

/// <summary>Account pages exist only in server mode; in local mode they answer 404.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ServerModeOnlyAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!SobesPolicies.IsServerMode(context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()))
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
