using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Data.Projections;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Posts;

/// <summary>
/// The editorial calendar: scheduled posts (publication in the future, not deleted) in a period,
/// soonest first. Authors see their own scheduled posts, admins everyone's.
/// </summary>
internal static class EditorialCalendarSchema
{
    /// <summary>The longest period one calendar query may span.</summary>
    public const int MaxPeriodDays = 366;

    public static ObjectTypeDescriptor AddEditorialCalendarQueries(this ObjectTypeDescriptor q, DataConventions data) => q
        .Field("editorialCalendar", f => f
            .Description($"Scheduled posts (not yet published, not deleted) to be published in [from, to), soonest first. Authors see their own scheduled posts; admins see everyone's. A period that ends before it starts or spans more than {MaxPeriodDays} days is refused with INVALID_PERIOD.")
            .Argument("from", "DateTime!", a => a.Description("The start of the period, included."))
            .Argument("to", "DateTime!", a => a.Description($"The end of the period, excluded; not before from, at most {MaxPeriodDays} days after it."))
            .UseDbContext<CommunityDbContext>()
            .UsePaging<Post>(conventions: data)
            .UseProjection<Post>(data)
            .UseDefaultOrder<Post>(o => o.Ascending(p => p.PublishedAt).Ascending(p => p.Id), data)
            .ResolveAsync(async ctx =>
            {
                var from = ctx.Argument<DateTimeOffset>("from").UtcDateTime;
                var to = ctx.Argument<DateTimeOffset>("to").UtcDateTime;
                if (to < from || to - from > TimeSpan.FromDays(MaxPeriodDays))
                {
                    throw new GraphQLException(
                        $"The period must not end before it starts and may span at most {MaxPeriodDays} days; ask for a shorter period.",
                        SchemaErrorCodes.InvalidPeriod);
                }

                return Scheduled(ctx.DbContext<CommunityDbContext>(), await ctx.ViewerAsync(), ctx.Now())
                    .Where(p => p.PublishedAt >= from && p.PublishedAt < to);
            }));

    /// <summary>The scheduled posts the viewer may see: their own (admins: everyone's), in spaces the viewer may read.</summary>
    internal static IQueryable<Post> Scheduled(CommunityDbContext db, Member viewer, DateTime now) =>
        db.Posts.Where(p => p.DeletedAt == null && p.PublishedAt > now
            && (viewer.Role == MemberRole.Admin || p.AuthorId == viewer.Id)
            && (p.GroupId == null
                ? viewer.Kind == MemberKind.Employee
                : db.ReadableGroups(viewer).Any(g => g.Id == p.GroupId)));
}
