using Community.Api.Authentication;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.GraphQL;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema;

/// <summary>The signed-in member of a request, loaded once per request and shared by every resolver.</summary>
internal static class Viewer
{
    private const string Key = "Community.Api.Viewer";

    /// <exception cref="GraphQLException">Nobody signed in (<c>AUTH_NOT_AUTHENTICATED</c>), or the member is disabled (<c>AUTH_NOT_AUTHORIZED</c>).</exception>
    public static async Task<Member> ViewerAsync(this IResolverContext context)
    {
        var memberId = context.User?.MemberId() ?? throw NotSignedIn();
        Task<Member?> load;
        lock (context.RequestData)
        {
            if (context.RequestData.TryGetValue(Key, out var existing) && existing is Task<Member?> pending)
            {
                load = pending;
            }
            else
            {
                load = LoadAsync(context, memberId);
                context.RequestData[Key] = load;
            }
        }

        var member = await load.ConfigureAwait(false) ?? throw NotSignedIn();
        return member.IsEnabled
            ? member
            : throw new GraphQLException("Your account is disabled in the community; ask an admin to enable it.", SchemaErrorCodes.NotAuthorized);
    }

    private static async Task<Member?> LoadAsync(IResolverContext context, long memberId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(CancellationToken.None).ConfigureAwait(false);
        return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, CancellationToken.None).ConfigureAwait(false);
    }

    private static GraphQLException NotSignedIn() =>
        new("Sign in: send the intranet's token as \"Authorization: Bearer <token>\".", SchemaErrorCodes.NotAuthenticated);

    /// <summary>The current time, from the registered clock (tests set it).</summary>
    public static DateTime Now(this IResolverContext context) =>
        ((TimeProvider?)context.Services.GetService(typeof(TimeProvider)) ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    /// <summary>The factory every resolver borrows its own context from (sibling resolvers run concurrently).</summary>
    public static IDbContextFactory<CommunityDbContext> DbFactory(this IResolverContext context) =>
        (IDbContextFactory<CommunityDbContext>)context.Services.GetService(typeof(IDbContextFactory<CommunityDbContext>))!;
}
