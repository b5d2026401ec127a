using Community.Api.Authentication;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Search;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Data;

namespace Community.Api.Schema;

/// <summary>
/// The list conventions of the community schema: which members each type exposes to filters and
/// sorts (never e-mail addresses), ids as global ids, and what projections always load because
/// resolvers and access rules read it.
/// </summary>
internal static class CommunityData
{
    public static DataConventions Create(byte[] cursorKey) => new DataConventions
        {
            CursorKey = cursorKey,
            IdDecoder = GlobalId.DecodeForFilter,
        }
        .Filter<Post>(f => f.BindFieldsExplicitly()
            .Field(p => p.Kind).Field(p => p.Title).Field(p => p.Body).Field(p => p.PublishedAt).Field(p => p.IsPinned)
            .Id(p => p.GroupId, "Group").Id(p => p.AuthorId, "Member")
            .Field("topics", p => p.Topics.Select(t => t.Topic.Name)))
        .Sort<Post>(s => s.BindFieldsExplicitly().Field(p => p.PublishedAt).Field(p => p.Title))
        .Project<Post>(p => p.AuthorId, p => p.GroupId)
        .Filter<WebhookDelivery>(f => f.BindFieldsExplicitly().Field(d => d.Status).Field(d => d.EventType))
        .Sort<WebhookDelivery>(s => s.BindFieldsExplicitly().Field(d => d.CreatedAt))
        .Project<WebhookDelivery>(d => d.OutboxEventId)
        .Filter<Reaction>(f => f.BindFieldsExplicitly().Field(r => r.Kind))
        .Sort<Reaction>(s => s.BindFieldsExplicitly().Field(r => r.CreatedAt))
        .Project<Reaction>(r => r.MemberId)
        .Requires<Post>("bodyHtml", p => p.Body)
        // A page's figures in the page's own statement (correlated subqueries); the resolvers fall
        // back to their DataLoaders for posts that come another way (by id, from a mutation).
        .Compute<Post, int>("commentCount", ctx =>
        {
            var db = ctx.DbContext<CommunityDbContext>();
            return p => db.Comments.Count(c => c.PostId == p.Id && c.DeletedAt == null);
        })
        .Compute<Post, int>("viewCount", ctx =>
        {
            var db = ctx.DbContext<CommunityDbContext>();
            return p => db.PostViews.Where(v => v.PostId == p.Id).Select(v => v.MemberId).Distinct().Count();
        })
        .Compute<Post, ReactionKind?>("viewerReaction", ctx =>
        {
            var db = ctx.DbContext<CommunityDbContext>();
            var viewerId = ctx.User?.MemberId() ?? 0;
            return p => db.Reactions.Where(r => r.PostId == p.Id && r.CommentId == null && r.MemberId == viewerId).Select(r => (ReactionKind?)r.Kind).FirstOrDefault();
        })
        .Compute<Post, bool>("viewerHasSeen", ctx =>
        {
            var db = ctx.DbContext<CommunityDbContext>();
            var viewerId = ctx.User?.MemberId() ?? 0;
            return p => db.PostViews.Any(v => v.PostId == p.Id && v.MemberId == viewerId);
        })
        .Filter<Member>(f => f.BindFieldsExplicitly()
            .Field(m => m.DisplayName).Field(m => m.Handle).Field(m => m.Title).Field(m => m.Department)
            .Field(m => m.Location).Field(m => m.Skills).Field(m => m.Kind))
        .Sort<Member>(s => s.BindFieldsExplicitly().Field(m => m.DisplayName).Field(m => m.Handle).Field(m => m.Department).Field(m => m.CreatedAt))
        .Filter<Group>(f => f.BindFieldsExplicitly().Field(g => g.Name).Field(g => g.Visibility).Field(g => g.CreatedAt))
        .Sort<Group>(s => s.BindFieldsExplicitly().Field(g => g.Name).Field(g => g.CreatedAt))
        .Filter<Comment>(f => f.BindFieldsExplicitly().Field(c => c.CreatedAt).Id(c => c.AuthorId, "Member"))
        .Sort<Comment>(s => s.BindFieldsExplicitly().Field(c => c.CreatedAt))
        .Project<Comment>(c => c.AuthorId, c => c.PostId, c => c.ParentCommentId)
        .Filter<Survey>(f => f.BindFieldsExplicitly().Field(s => s.Title).Field(s => s.OpensAt).Field(s => s.ClosesAt).Id(s => s.GroupId, "Group"))
        .Sort<Survey>(s => s.BindFieldsExplicitly().Field(s => s.OpensAt).Field(s => s.ClosesAt).Field(s => s.Title))
        .Project<Survey>(s => s.GroupId)
        .Requires<Survey>("isOpen", s => s.OpensAt, s => s.ClosesAt)
        .Filter<Report>(f => f.BindFieldsExplicitly().Field(r => r.Status).Field(r => r.CreatedAt).Id(r => r.PostId, "Post"))
        .Sort<Report>(s => s.BindFieldsExplicitly().Field(r => r.CreatedAt))
        .Project<Report>(r => r.PostId, r => r.CommentId, r => r.ReporterId, r => r.ResolvedById)
        .Filter<Event>(f => f.BindFieldsExplicitly()
            .Field(e => e.Title).Field(e => e.StartsAt).Field(e => e.EndsAt).Field(e => e.Format).Field(e => e.CreatedAt)
            .Field("isCancelled", e => e.CancelledAt != null)
            .Id(e => e.GroupId, "Group").Id(e => e.OrganizerId, "Member"))
        .Sort<Event>(s => s.BindFieldsExplicitly().Field(e => e.StartsAt).Field(e => e.EndsAt).Field(e => e.Title).Field(e => e.CreatedAt))
        .Project<Event>(e => e.GroupId, e => e.OrganizerId)
        .Requires<Event>("descriptionHtml", e => e.Description)
        .Requires<Event>("isCancelled", e => e.CancelledAt)
        .Requires<Event>("seatsLeft", e => e.Capacity, e => e.RegisteredCount)
        .Requires<Event>("onlineUrl", e => e.OnlineUrl)
        .Filter<EventRegistration>(f => f.BindFieldsExplicitly()
            .Field(r => r.Status).Field(r => r.RegisteredAt).Field(r => r.CheckedInAt).Id(r => r.MemberId, "Member"))
        .Sort<EventRegistration>(s => s.BindFieldsExplicitly().Field(r => r.RegisteredAt).Field(r => r.CheckedInAt))
        .Project<EventRegistration>(r => r.EventId, r => r.MemberId)
        // Search hits page by score; the key unique across kinds breaks ties.
        .BindType<SearchHit>("SearchHit")
        .Key<SearchHit>(nameof(SearchHit.Key));
}
