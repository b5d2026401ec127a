using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Recognition;

/// <summary>
/// Recognition: badges, praise and points. <c>Member</c> and <c>Post</c> call the field resolvers
/// here (<see cref="PointsAsync"/>, <see cref="PraiseReceived"/>...), so the rules of what a
/// viewer sees of someone's recognition live in this one file.
/// </summary>
internal static class RecognitionSchema
{
    public static SchemaBuilder AddRecognitionTypes(this SchemaBuilder builder) => builder
        .ObjectType<Badge>("Badge", t => t
            .Description("A recognition badge that praise can carry, defined by admins (e.g. team-player).")
            .Field(b => b.Code, f => f.Description("The badge's stable code, lower-case: what praise names it by."))
            .Field(b => b.Name, f => f.Description("The name shown for the badge."))
            .Field(b => b.Description, f => f.Description("What the badge recognises; empty when the admin gave no description.")))
        .ObjectType<EarnedBadge>("EarnedBadge", t => t
            .Description("A badge a member has earned, and how often.")
            .Field(e => e.Badge, f => f.Description("The badge."))
            .Field(e => e.Count, f => f.Description("How many times the member was given it (only praise you may read is counted)."))
            .Field(e => e.LastAwardedAt, f => f.Description("When the member was last given it.")))
        .ObjectType<Praise>("Praise", t => t
            .Description("The recognition a praise post carries: who gave it, to whom, with which badge.")
            .Field("post", "Post!", f => f
                .Description("The praise post, with the giver's words.")
                .ResolveAsync(async ctx => ctx.ParentAs<Praise>().Post ?? await ctx.VisiblePostAsync(ctx.ParentAs<Praise>().PostId)))
            .Field("giver", "Member!", f => f
                .Description("Who gave the praise (the post's author).")
                .ResolveAsync(ctx => ctx.MemberAsync(ctx.ParentAs<Praise>().GiverId)))
            .Field("recipients", "[Member!]!", f => f
                .Description("The members praised, by name.")
                .ResolveAsync(ctx => ctx.RecipientsAsync(ctx.ParentAs<Praise>().Id)))
            .Field("badge", "Badge", f => f
                .Description("The badge the praise gave its recipients; null when none.")
                .ResolveAsync(async ctx => ctx.ParentAs<Praise>().BadgeId is { } id ? await ctx.BadgeAsync(id) : null))
            .Field(p => p.CreatedAt, f => f.Description("When the praise was given.")));

    public static ObjectTypeDescriptor AddRecognitionQueries(this ObjectTypeDescriptor q) => q
        .Field("badges", "[Badge!]!", f => f
            .Description("Every badge praise can carry, by name; admins define them.")
            .ResolveAsync(async ctx =>
            {
                await ctx.ViewerAsync();
                await using var db = await ctx.DbFactory().CreateDbContextAsync(ctx.CancellationToken);
                return await db.Badges.AsNoTracking().OrderBy(b => b.Name).ThenBy(b => b.Id).ToListAsync(ctx.CancellationToken);
            }));

    /// <summary><c>Member.points</c>: the member's total of the points ledger.</summary>
    public static async Task<object?> PointsAsync(IResolverContext context) =>
        await context.PointsAsync(context.ParentAs<Member>().Id);

    /// <summary><c>Member.badges</c>.</summary>
    public static async Task<object?> BadgesAsync(IResolverContext context) =>
        await context.EarnedBadgesAsync(context.ParentAs<Member>().Id);

    /// <summary><c>Post.praise</c>: the praise of a praise post; null for other kinds.</summary>
    public static async Task<object?> PraiseOfPostAsync(IResolverContext context) =>
        context.ParentAs<Post>() is { Kind: PostKind.Praise } post ? await context.PraiseOfPostAsync(post.Id) : null;

    /// <summary><c>Member.praiseReceived</c>: praise naming the member, in posts the viewer may read, newest first.</summary>
    public static FieldDescriptor PraiseReceived(FieldDescriptor field, DataConventions data) => PraiseList(field, data)
        .Description("The praise this member received, newest first; only praise posts you may read are listed (and counted).")
        .ResolveAsync(async ctx =>
        {
            var memberId = ctx.ParentAs<Member>().Id;
            return Readable(ctx.DbContext<CommunityDbContext>(), await ctx.ViewerAsync(), ctx.Now())
                .Where(p => p.Recipients.Any(r => r.MemberId == memberId));
        });

    /// <summary><c>Member.praiseGiven</c>: praise the member gave, in posts the viewer may read, newest first.</summary>
    public static FieldDescriptor PraiseGiven(FieldDescriptor field, DataConventions data) => PraiseList(field, data)
        .Description("The praise this member gave, newest first; only praise posts you may read are listed (and counted).")
        .ResolveAsync(async ctx =>
        {
            var memberId = ctx.ParentAs<Member>().Id;
            return Readable(ctx.DbContext<CommunityDbContext>(), await ctx.ViewerAsync(), ctx.Now())
                .Where(p => p.GiverId == memberId);
        });

    private static FieldDescriptor PraiseList(FieldDescriptor field, DataConventions data) => field
        .UseDbContext<CommunityDbContext>()
        .UsePaging<Praise>(conventions: data)
        .UseDefaultOrder<Praise>(o => o.Descending(p => p.CreatedAt), data);

    /// <summary>Praise whose post the viewer may read: the only praise any list shows.</summary>
    private static IQueryable<Praise> Readable(CommunityDbContext db, Member viewer, DateTime now)
    {
        var visiblePosts = db.VisiblePosts(viewer, now);
        return db.Praises.Where(p => visiblePosts.Any(post => post.Id == p.PostId));
    }
}
