using Community.Api.Schema.Moderation;
using Community.Api.Schema.Surveys;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Nodes;

/// <summary>
/// Global object identification: <c>interface Node</c>, <c>node(id)</c> and <c>nodes(ids)</c>.
/// An object the viewer may not see resolves to null, exactly as one that does not exist, so an
/// id never tells whether a secret group or its content exists.
/// </summary>
internal static class NodeSchema
{
    public const int MaxIds = 50;

    public static SchemaBuilder AddNodeTypes(this SchemaBuilder builder) => builder
        .InterfaceType("Node", t => t
            .Description("An object with an id that node(id) fetches again later.")
            .Field("id", "ID!", f => f.Description("The object's global id: opaque, and unique across every type.")));

    public static ObjectTypeDescriptor AddNodeQueries(this ObjectTypeDescriptor q) => q
            .Field("node", "Node", f => f
                .Description("The object an id names, or null when it does not exist or the viewer may not see it.")
                .Argument("id", "ID!", a => a.Description("A global id the API returned."))
                .ResolveAsync(async ctx => await LoadAsync(ctx, ctx.Argument<string>("id")!)))
            .Field("nodes", "[Node]!", f => f
                .Description($"The objects the ids name, in the same order; null for each that does not exist or the viewer may not see. At most {MaxIds} ids.")
                .Argument("ids", "[ID!]!", a => a.Description("Global ids the API returned."))
                .ResolveAsync(async ctx =>
                {
                    var ids = ctx.Argument<List<object?>>("ids")!.Cast<string>().ToList();
                    if (ids.Count > MaxIds)
                    {
                        throw new GraphQLException($"nodes accepts at most {MaxIds} ids; {ids.Count} were given.", SchemaErrorCodes.TooManyIds);
                    }

                    var nodes = new object?[ids.Count];
                    for (var i = 0; i < ids.Count; i++)
                    {
                        nodes[i] = await LoadAsync(ctx, ids[i]);
                    }

                    return nodes;
                }));

    private static async Task<object?> LoadAsync(IResolverContext context, string id)
    {
        var decoded = GlobalId.TryDecode(id)
            ?? throw new GraphQLException($"\"{(id.Length > 60 ? id[..60] + "..." : id)}\" is not an id of this API.", SchemaErrorCodes.InvalidId);
        var viewer = await context.ViewerAsync();
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        var now = context.Now();
        return decoded.TypeName switch
        {
            "Post" => await db.VisiblePosts(viewer, now).AsNoTracking().FirstOrDefaultAsync(p => p.Id == decoded.Key, context.CancellationToken),
            "Group" => await db.VisibleGroups(viewer).AsNoTracking().FirstOrDefaultAsync(g => g.Id == decoded.Key, context.CancellationToken),
            "Member" => await VisibleMembers(db, viewer).AsNoTracking().FirstOrDefaultAsync(m => m.Id == decoded.Key, context.CancellationToken),
            "GroupJoinRequest" => await Groups.JoinRequestSchema.VisibleJoinRequests(db, viewer).AsNoTracking().FirstOrDefaultAsync(r => r.Id == decoded.Key, context.CancellationToken),
            "Event" => await db.VisibleEvents(viewer).AsNoTracking().FirstOrDefaultAsync(e => e.Id == decoded.Key, context.CancellationToken),
            "Comment" => await db.Comments.AsNoTracking()
                .Where(c => c.Id == decoded.Key && c.DeletedAt == null && db.VisiblePosts(viewer, now).Any(p => p.Id == c.PostId))
                .FirstOrDefaultAsync(context.CancellationToken),
            "Notification" => await Notifications.NotificationSchema.NodeAsync(db, viewer, decoded.Key, context.CancellationToken),
            "Poll" => await db.Polls.AsNoTracking().Include(p => p.Options)
                .Where(p => p.Id == decoded.Key && db.VisiblePosts(viewer, now).Any(post => post.Id == p.PostId))
                .FirstOrDefaultAsync(context.CancellationToken),
            "Survey" => await db.VisibleSurveys(viewer).AsNoTracking().FirstOrDefaultAsync(s => s.Id == decoded.Key, context.CancellationToken),
            "Report" => await db.VisibleReports(viewer).AsNoTracking().FirstOrDefaultAsync(r => r.Id == decoded.Key, context.CancellationToken),
            _ => null,
        };
    }

    /// <summary>Employees see every member; guests see the members of their groups (and themselves).</summary>
    public static IQueryable<Member> VisibleMembers(CommunityDbContext db, Member viewer) => db.VisibleMembers(viewer);
}
