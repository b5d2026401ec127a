using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.GraphQL;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Webhooks;

/// <summary>
/// Webhooks as admins read them: the endpoints, and each one's deliveries with every attempt. The
/// deliveries list, in the order the events happened, doubles as the feed an integrator pages with
/// a cursor to catch up on every event since the last one it processed.
/// </summary>
internal static class WebhookSchema
{
    public static SchemaBuilder AddWebhookTypes(this SchemaBuilder builder, DataConventions data) => builder
        .EnumType<WebhookEventType>("WebhookEventType", e => e
            .Description("The community events a webhook can receive.")
            .Value("POST_CREATED", v => v.Description("A post became visible (a scheduled post when its time comes). Type post.created in the body."))
            .Value("COMMENT_ADDED", v => v.Description("A comment was added to a post. Type comment.added."))
            .Value("REACTIONS_CHANGED", v => v.Description("A reaction to a post or comment was added, changed or withdrawn. Type reactions.changed."))
            .Value("EVENT_UPDATED", v => v.Description("An event was edited or cancelled, or a registration changed. Type event.updated.")))
        .EnumType<WebhookDeliveryStatus>("WebhookDeliveryStatus", e => e
            .Description("Where a delivery stands.")
            .Value("PENDING", v => v.Description("Waiting for its first attempt or for a retry (see nextAttemptAt)."))
            .Value("SUCCEEDED", v => v.Description("The endpoint answered with a 2xx status."))
            .Value("FAILED", v => v.Description("A day of retries failed; redeliverWebhookDelivery sends it again.")))
        .ObjectType<Webhook>("Webhook", t => t
            .Description("An endpoint that receives community events as signed JSON POSTs (see docs/webhooks.md). Admins only.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The webhook's global id.").Resolve(ctx => GlobalId.Encode("Webhook", ctx.ParentAs<Webhook>().Id)))
            .Field(w => w.Url, "URL!", f => f.Description("Where deliveries are posted."))
            .Field(w => w.Description, f => f.Description("What the webhook is for; null when not given."))
            .Field(w => w.EventTypes, "[WebhookEventType!]!", f => f.Description("The events it receives."))
            .Field(w => w.IsActive, f => f.Description("False while paused: no new deliveries are made, and pending ones wait."))
            .Field(w => w.CreatedAt, f => f.Description("When the webhook was registered; it receives the events after that moment."))
            .Field(w => w.SecretRotatedAt, f => f.Description("When the current signing secret was made. The secret itself is shown only by createWebhook and rotateWebhookSecret."))
            .Field(w => w.PreviousSecretExpiresAt, f => f.Description("Until when the secret before the last rotation still signs alongside the current one; null when it no longer does."))
            .Field("deliveries", f => f
                .Description("The webhook's deliveries in the order the events happened (oldest first unless ordered otherwise); filter by status or event type. Keep the cursor of the last one processed to fetch every later event with after.")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<WebhookDelivery>(conventions: data)
                .UseProjection<WebhookDelivery>(data)
                .UseFiltering<WebhookDelivery>(data)
                .UseSorting<WebhookDelivery>(data)
                .UseDefaultOrder<WebhookDelivery>(o => o.Ascending(d => d.Id), data)
                .Resolve(ctx => ctx.DbContext<CommunityDbContext>().WebhookDeliveries.Where(d => d.WebhookId == ctx.ParentAs<Webhook>().Id))))
        .ObjectType<WebhookDelivery>("WebhookDelivery", t => t
            .Description("One event for one webhook: the exact body posted, where its delivery stands, and every attempt.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The delivery's global id.").Resolve(ctx => GlobalId.Encode("WebhookDelivery", ctx.ParentAs<WebhookDelivery>().Id)))
            .Field("messageId", "String!", f => f
                .Description("The webhook-id header of every attempt: the same on retries and redeliveries, so a receiver drops repeats.")
                .Resolve(ctx => Community.Api.Webhooks.WebhookHeaders.MessageId(ctx.ParentAs<WebhookDelivery>().OutboxEventId)))
            .Field(d => d.EventType, f => f.Description("The event delivered."))
            .Field(d => d.Payload, f => f.Description("The JSON body posted, identical on every attempt."))
            .Field(d => d.Status, f => f.Description("Where the delivery stands."))
            .Field(d => d.AttemptCount, f => f.Description("How many attempts were made."))
            .Field(d => d.NextAttemptAt, f => f.Description("When the next attempt is due; null once it succeeded or failed."))
            .Field(d => d.CreatedAt, f => f.Description("When the delivery was queued."))
            .Field(d => d.CompletedAt, f => f.Description("When it succeeded or finally failed; null while pending."))
            .Field("attempts", "[WebhookDeliveryAttempt!]!", f => f
                .Description("Every attempt, oldest first, with what the endpoint answered.")
                .ResolveAsync(async ctx =>
                {
                    await using var db = await ctx.DbFactory().CreateDbContextAsync(ctx.CancellationToken);
                    var id = ctx.ParentAs<WebhookDelivery>().Id;
                    return await db.WebhookDeliveryAttempts.AsNoTracking().Where(a => a.DeliveryId == id).OrderBy(a => a.Id).ToListAsync(ctx.CancellationToken);
                })))
        .ObjectType<WebhookDeliveryAttempt>("WebhookDeliveryAttempt", t => t
            .Description("One attempt to post a delivery.")
            .Field(a => a.AttemptedAt, f => f.Description("When the attempt was made."))
            .Field(a => a.StatusCode, f => f.Description("The HTTP status the endpoint answered; null when no answer came."))
            .Field(a => a.ResponseBody, f => f.Description("The start of the endpoint's answer (at most 1,000 characters)."))
            .Field(a => a.Error, f => f.Description("Why no answer came (a timeout, a refused connection); null when one did."))
            .Field(a => a.DurationMilliseconds, f => f.Description("How long the attempt took, in milliseconds.")));

    public static ObjectTypeDescriptor AddWebhookQueries(this ObjectTypeDescriptor q, DataConventions data) => q
        .Field("webhooks", f => f
            .Description("The registered webhooks, oldest first. Admins only; others get AUTH_NOT_AUTHORIZED.")
            .UseDbContext<CommunityDbContext>()
            .UsePaging<Webhook>(conventions: data)
            .UseProjection<Webhook>(data)
            .UseDefaultOrder<Webhook>(o => o.Ascending(w => w.Id), data)
            .ResolveAsync(async ctx =>
            {
                await RequireAdminAsync(ctx);
                return ctx.DbContext<CommunityDbContext>().Webhooks.Where(w => w.DeletedAt == null);
            }));

    /// <summary>For <c>node(id)</c>: the webhook or delivery, for admins; null for everyone else.</summary>
    public static async Task<object?> NodeAsync(CommunityDbContext db, Member viewer, string typeName, long key, CancellationToken cancellationToken) =>
        !viewer.IsAdmin ? null : typeName switch
        {
            "Webhook" => await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == key && w.DeletedAt == null, cancellationToken),
            _ => await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == key, cancellationToken),
        };

    private static async Task RequireAdminAsync(IResolverContext context)
    {
        if (!(await context.ViewerAsync()).IsAdmin)
        {
            throw new GraphQLException("Only admins may read webhooks.", SchemaErrorCodes.NotAuthorized);
        }
    }
}
