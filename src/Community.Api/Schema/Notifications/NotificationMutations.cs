using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Notifications;

/// <summary>markNotificationsRead: the viewer marks some or all of their own notifications read.</summary>
internal static class NotificationMutations
{
    private static readonly string[] MarkReadCodes = [DomainErrorCodes.InvalidInput];

    /// <summary>The most ids one call takes; "all" covers the rest.</summary>
    public const int MaxIdsPerCall = 100;

    public static SchemaBuilder AddNotificationMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("MarkNotificationsReadInput", i => i
            .Description($"Which of your notifications to mark read: give ids (at most {MaxIdsPerCall}), or all: true; not both.")
            .Field("ids", "[ID!]", f => f.Description("Notifications to mark read; ids of notifications that are not yours change nothing."))
            .Field("all", "Boolean", f => f.Description("True marks every unread notification of yours read.")))
        .ObjectType("MarkNotificationsReadPayload", t => t
            .Description("The result of markNotificationsRead.")
            .Field("markedCount", "Int", f => f.Description("How many notifications went from unread to read; null when refused."))
            .Field("me", "Member", f => f.Description("You, with the new unreadNotificationCount; null when refused."))
            .Field("errors", "[MarkNotificationsReadError!]", f => f.Description("Why nothing was marked; null when done.")))
        .AddErrorUnion("MarkNotificationsReadError", "markNotificationsRead", MarkReadCodes);

    public static ObjectTypeDescriptor AddNotificationMutations(this ObjectTypeDescriptor m) => m
        .Field("markNotificationsRead", "MarkNotificationsReadPayload!", f => f
            .Description("Marks your notifications read: the ones named, or all of them. Marking a read one again changes nothing.")
            .Argument("input", "MarkNotificationsReadInput!", a => a.Description("Which notifications."))
            .ResolveAsync(async ctx =>
            {
                var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
                var viewer = await ctx.ViewerAsync();
                var ids = (input.GetValueOrDefault("ids") as IEnumerable<object?>)?.Cast<string>()
                    .Select(id => GlobalId.Decode(id, "Notification")).Distinct().ToList();
                var all = input.GetValueOrDefault("all") is true;
                var result = await MutationResult.RunAsync("markedCount", MarkReadCodes, () =>
                {
                    if (all == (ids is not null))
                    {
                        throw new DomainException(DomainErrors.InvalidInput("ids", "give either ids or all: true."));
                    }

                    if (ids is { Count: > MaxIdsPerCall })
                    {
                        throw new DomainException(DomainErrors.InvalidInput("ids", $"{ids.Count} ids were given; mark at most {MaxIdsPerCall} per call, or use all: true."));
                    }

                    return ctx.Services.GetRequiredService<NotificationService>().MarkReadAsync(viewer.Id, ids, ctx.CancellationToken);
                });
                result["me"] = result["markedCount"] is null ? null : viewer;
                return result;
            }));
}
