using System.Text.Json;
using System.Text.Json.Nodes;
using Community.Api.Schema;
using Community.Api.Schema.Posts;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Webhooks;

/// <summary>
/// The JSON body of a delivery: <c>{ "type": "post.created", "timestamp": ..., "data": { ... } }</c>, with the
/// API's global ids and enum names, made once when the event is queued so every attempt sends the same
/// bytes. A webhook is an admin's integration, so the body holds what an admin may see.
/// </summary>
internal static class WebhookPayloads
{
    public static string TypeName(WebhookEventType type) => type switch
    {
        WebhookEventType.PostCreated => "post.created",
        WebhookEventType.CommentAdded => "comment.added",
        WebhookEventType.ReactionsChanged => "reactions.changed",
        _ => "event.updated",
    };

    /// <summary>The body for the row; null when its subject no longer exists.</summary>
    public static async Task<string?> CreateAsync(CommunityDbContext db, OutboxEvent row, WebhookEventType type, CancellationToken cancellationToken)
    {
        JsonObject? data = type switch
        {
            WebhookEventType.PostCreated when row.PostId is { } postId => await PostAsync(db, postId, cancellationToken) is { } post
                ? new JsonObject { ["post"] = post } : null,
            WebhookEventType.CommentAdded when row.CommentId is { } commentId => await CommentAsync(db, commentId, cancellationToken),
            WebhookEventType.ReactionsChanged when row.PostId is { } postId => await ReactionsAsync(db, postId, row.CommentId, cancellationToken),
            WebhookEventType.EventUpdated when row.EventId is { } eventId => await EventAsync(db, eventId, cancellationToken),
            _ => null,
        };
        if (data is null)
        {
            return null;
        }

        var body = new JsonObject
        {
            ["type"] = TypeName(type),
            ["timestamp"] = row.CreatedAt,
            ["data"] = data,
        };
        return body.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static async Task<JsonObject?> PostAsync(CommunityDbContext db, long postId, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Include(p => p.Author).Include(p => p.Group)
            .Include(p => p.Topics).ThenInclude(t => t.Topic)
            .FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
        return post is null ? null : new JsonObject
        {
            ["id"] = GlobalId.Encode("Post", post.Id),
            ["kind"] = EnumName(post.Kind),
            ["title"] = post.Title,
            ["body"] = post.Body,
            ["publishedAt"] = post.PublishedAt,
            ["author"] = Member(post.Author),
            ["group"] = post.Group is { } group ? new JsonObject { ["id"] = GlobalId.Encode("Group", group.Id), ["name"] = group.Name } : null,
            ["topics"] = new JsonArray(post.Topics.Select(t => (JsonNode)JsonValue.Create(t.Topic.Name)).ToArray()),
        };
    }

    private static async Task<JsonObject?> CommentAsync(CommunityDbContext db, long commentId, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.AsNoTracking().Include(c => c.Author).FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null)
        {
            return null;
        }

        var post = await PostAsync(db, comment.PostId, cancellationToken);
        return new JsonObject
        {
            ["comment"] = new JsonObject
            {
                ["id"] = GlobalId.Encode("Comment", comment.Id),
                ["body"] = comment.Body,
                ["createdAt"] = comment.CreatedAt,
                ["parentId"] = comment.ParentCommentId is { } parent ? GlobalId.Encode("Comment", parent) : null,
                ["author"] = Member(comment.Author),
            },
            ["post"] = post,
        };
    }

    private static async Task<JsonObject?> ReactionsAsync(CommunityDbContext db, long postId, long? commentId, CancellationToken cancellationToken)
    {
        var counts = await ReactionCounts.OfAsync(db, postId, commentId, cancellationToken);
        return new JsonObject
        {
            ["subjectId"] = commentId is { } comment ? GlobalId.Encode("Comment", comment) : GlobalId.Encode("Post", postId),
            ["postId"] = GlobalId.Encode("Post", postId),
            // The counts when the event was queued, which later changes may have moved on.
            ["reactionCounts"] = new JsonArray(counts
                .Select(c => (JsonNode)new JsonObject { ["kind"] = EnumName(c.Kind), ["count"] = c.Count }).ToArray()),
        };
    }

    private static async Task<JsonObject?> EventAsync(CommunityDbContext db, long eventId, CancellationToken cancellationToken)
    {
        var target = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (target is null)
        {
            return null;
        }

        var waitlisted = await db.EventRegistrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted, cancellationToken);
        return new JsonObject
        {
            ["event"] = new JsonObject
            {
                ["id"] = GlobalId.Encode("Event", target.Id),
                ["title"] = target.Title,
                ["startsAt"] = target.StartsAt,
                ["endsAt"] = target.EndsAt,
                ["groupId"] = target.GroupId is { } group ? GlobalId.Encode("Group", group) : null,
                ["capacity"] = target.Capacity,
                ["registeredCount"] = target.RegisteredCount,
                ["waitlistCount"] = waitlisted,
                ["isCancelled"] = target.CancelledAt is not null,
                ["cancelledAt"] = target.CancelledAt,
            },
        };
    }

    private static JsonObject Member(Member member) => new()
    {
        ["id"] = GlobalId.Encode("Member", member.Id),
        ["handle"] = member.Handle,
        ["displayName"] = member.DisplayName,
    };

    /// <summary>The enum value as the schema names it (SCREAMING_CASE).</summary>
    private static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
