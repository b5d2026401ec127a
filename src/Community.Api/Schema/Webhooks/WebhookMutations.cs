using Community.Api.Schema.Errors;
using Community.Api.Webhooks;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Community.Api.Schema.Webhooks;

/// <summary>What admins do with webhooks: register, edit, pause, delete, rotate the secret, and replay a delivery.</summary>
internal static class WebhookMutations
{
    private static readonly string[] CreateCodes = [DomainErrorCodes.NotAuthorized, DomainErrorCodes.InvalidInput];

    private static readonly string[] ChangeCodes = [DomainErrorCodes.NotAuthorized, DomainErrorCodes.WebhookNotFound, DomainErrorCodes.InvalidInput];

    private static readonly string[] RedeliverCodes = [DomainErrorCodes.NotAuthorized, DomainErrorCodes.WebhookNotFound, DomainErrorCodes.WebhookDeliveryNotFound];

    public static SchemaBuilder AddWebhookMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("CreateWebhookInput", i => i
            .Description("A new webhook.")
            .Field("url", "URL!", f => f.Description("Where to post deliveries: an absolute https address (http only where Webhooks:AllowHttp allows it, by default in Development)."))
            .Field("eventTypes", "[WebhookEventType!]!", f => f.Description("The events to receive; at least one."))
            .Field("description", "String", f => f.Description($"What the webhook is for, at most {Webhook.DescriptionMaxLength} characters.")))
        .ObjectType("CreateWebhookPayload", t => t
            .Description("The result of createWebhook.")
            .Field("webhook", "Webhook", f => f.Description("The new webhook; null when refused."))
            .Field("secret", "String", f => f.Description("The signing secret (whsec_...). Shown here once and never again: store it where the receiver verifies signatures."))
            .Field("errors", "[CreateWebhookError!]", f => f.Description("Why it was refused (nothing was changed); null when it was done.")))
        .AddErrorUnion("CreateWebhookError", "createWebhook", CreateCodes)
        .InputObjectType("EditWebhookInput", i => i
            .Description("Changes to a webhook; omitted fields keep their value.")
            .Field("webhookId", "ID!", f => f.Description("The webhook."))
            .Field("url", "URL", f => f.Description("A new address."))
            .Field("eventTypes", "[WebhookEventType!]", f => f.Description("The events to receive from now on; at least one."))
            .Field("description", "String", f => f.Description("A new description; an empty one removes it."))
            .Field("isActive", "Boolean", f => f.Description("False pauses the webhook (no new deliveries, pending ones wait); true resumes it.")))
        .AddPayload("editWebhook", "webhook", "Webhook", "The webhook as changed; null when refused.", ChangeCodes)
        .InputObjectType("DeleteWebhookInput", i => i
            .Description("A webhook to delete.")
            .Field("webhookId", "ID!", f => f.Description("The webhook.")))
        .AddPayload("deleteWebhook", "deletedWebhookId", "ID", "The id of the deleted webhook; null when refused.", ChangeCodes)
        .InputObjectType("RotateWebhookSecretInput", i => i
            .Description("A new signing secret for a webhook.")
            .Field("webhookId", "ID!", f => f.Description("The webhook."))
            .Field("overlapHours", "Int!", 24, f => f.Description($"How long the old secret keeps signing alongside the new one, from 0 to {Webhook.MaxRotationOverlap.TotalHours:0} hours, so the receiver can switch without losing a delivery.")))
        .ObjectType("RotateWebhookSecretPayload", t => t
            .Description("The result of rotateWebhookSecret.")
            .Field("webhook", "Webhook", f => f.Description("The webhook; null when refused."))
            .Field("secret", "String", f => f.Description("The new signing secret (whsec_...). Shown here once and never again."))
            .Field("errors", "[RotateWebhookSecretError!]", f => f.Description("Why it was refused (nothing was changed); null when it was done.")))
        .AddErrorUnion("RotateWebhookSecretError", "rotateWebhookSecret", ChangeCodes)
        .InputObjectType("RedeliverWebhookDeliveryInput", i => i
            .Description("A delivery to send again.")
            .Field("deliveryId", "ID!", f => f.Description("The delivery.")))
        .AddPayload("redeliverWebhookDelivery", "delivery", "WebhookDelivery", "The delivery, pending again; null when refused.", RedeliverCodes);

    public static ObjectTypeDescriptor AddWebhookMutations(this ObjectTypeDescriptor m) => m
        .Field("createWebhook", "CreateWebhookPayload!", f => f
            .Description("Registers a webhook that receives the chosen community events from now on. Admins only. The payload shows the signing secret once.")
            .Argument("input", "CreateWebhookInput!", a => a.Description("The webhook."))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input();
                var viewer = await ctx.ViewerAsync();
                var secret = WebhookSecrets.New();
                var protectedSecret = ctx.Services.GetRequiredService<WebhookSecrets>().Protect(secret);
                var result = await MutationResult.RunAsync("webhook", CreateCodes, () => Webhooks(ctx).CreateAsync(
                    viewer.Id, Url(input["url"]), input.GetValueOrDefault("description") as string, EventTypes(input["eventTypes"])!,
                    AllowHttp(ctx), protectedSecret, ctx.CancellationToken));
                result["secret"] = result["webhook"] is null ? null : secret;
                return result;
            }))
        .Mutation("editWebhook", "Changes a webhook's address, events or description, or pauses and resumes it. Admins only.",
            "The changes.", "webhook", ChangeCodes, (ctx, viewer, input) => Webhooks(ctx).EditAsync(
                viewer.Id, WebhookId(input), input.GetValueOrDefault("url") is { } url ? Url(url) : null,
                input.GetValueOrDefault("description") as string, EventTypes(input.GetValueOrDefault("eventTypes")),
                input.GetValueOrDefault("isActive") as bool?, AllowHttp(ctx), ctx.CancellationToken))
        .Mutation("deleteWebhook", "Deletes a webhook: nothing more is delivered to it. Admins only.",
            "The webhook.", "deletedWebhookId", ChangeCodes, async (ctx, viewer, input) =>
            {
                await Webhooks(ctx).DeleteAsync(viewer.Id, WebhookId(input), ctx.CancellationToken);
                return (string)input["webhookId"]!;
            })
        .Field("rotateWebhookSecret", "RotateWebhookSecretPayload!", f => f
            .Description("Gives a webhook a new signing secret, shown once; the old one keeps signing alongside it for overlapHours. Admins only.")
            .Argument("input", "RotateWebhookSecretInput!", a => a.Description("The webhook and the overlap."))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input();
                var viewer = await ctx.ViewerAsync();
                var secret = WebhookSecrets.New();
                var protectedSecret = ctx.Services.GetRequiredService<WebhookSecrets>().Protect(secret);
                var overlap = TimeSpan.FromHours(Convert.ToInt32(input["overlapHours"], System.Globalization.CultureInfo.InvariantCulture));
                var result = await MutationResult.RunAsync("webhook", ChangeCodes, () => Webhooks(ctx)
                    .RotateSecretAsync(viewer.Id, WebhookId(input), protectedSecret, overlap, ctx.CancellationToken));
                result["secret"] = result["webhook"] is null ? null : secret;
                return result;
            }))
        .Mutation("redeliverWebhookDelivery", "Sends a delivery again at once, with the same body and webhook-id, and a new day of retries. Admins only.",
            "The delivery.", "delivery", RedeliverCodes, async (ctx, viewer, input) =>
            {
                var delivery = await Webhooks(ctx).RedeliverAsync(viewer.Id, input.Id("deliveryId", "WebhookDelivery"), ctx.CancellationToken);
                ctx.Services.GetService<WebhookSender>()?.Wake();
                return delivery;
            });

    private static WebhookService Webhooks(IResolverContext context) => context.Services.GetRequiredService<WebhookService>();

    private static long WebhookId(IReadOnlyDictionary<string, object?> input) => GlobalId.Decode((string)input["webhookId"]!, "Webhook");

    private static string Url(object? value) => value switch
    {
        Uri uri => uri.OriginalString,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static List<WebhookEventType>? EventTypes(object? value) =>
        (value as IEnumerable<object?>)?.Cast<WebhookEventType>().ToList();

    private static bool AllowHttp(IResolverContext context) =>
        context.Services.GetService<IOptions<WebhookOptions>>()?.Value.AllowHttp ?? false;
}
