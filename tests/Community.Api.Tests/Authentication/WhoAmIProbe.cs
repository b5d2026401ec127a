using System.Globalization;
using Community.Api.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Community.Api.Tests.Authentication;

/// <summary>
/// Adds <c>GET /test/whoami</c> after the API's own pipeline (so after its authentication), answering what a resolver
/// would read from <c>ctx.User</c>: <c>memberId role guest</c>, or <c>anonymous</c>.
/// </summary>
internal sealed class WhoAmIProbe : IStartupFilter
{
    public const string Path = "/test/whoami";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Path, probe => probe.Run(context =>
        {
            var user = context.User;
            var answer = user.MemberId() is { } id
                ? $"{id.ToString(CultureInfo.InvariantCulture)} {user.MemberRole()} {(user.IsGuest() ? "guest" : "employee")}"
                : "anonymous";
            return context.Response.WriteAsync(answer);
        }));
    };
}
