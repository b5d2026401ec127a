using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Announcements;

/// <summary>The mutations of must-read announcements: acknowledging one, and re-addressing one's own.</summary>
internal static class AnnouncementMutations
{
    private static readonly string[] AcknowledgePostCodes =
        [DomainErrorCodes.PostNotFound, DomainErrorCodes.AcknowledgementNotRequested, DomainErrorCodes.NotInAudience];

    private static readonly string[] SetAudienceCodes =
        [DomainErrorCodes.PostNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.GroupNotFound, DomainErrorCodes.InvalidInput];

    public static SchemaBuilder AddAnnouncementMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("AcknowledgePostInput", i => i
            .Description("The announcement the signed-in member confirms having read.")
            .Field("postId", "ID!", f => f.Description("The announcement; it must ask for acknowledgement and be addressed to you.")))
        .ObjectType("AcknowledgePostPayload", t => t
            .Description("The result of acknowledgePost.")
            .Field("post", "Post", f => f.Description("The announcement, now acknowledged (and seen) by you; null when refused."))
            .Field("errors", "[AcknowledgePostError!]", f => f.Description("Why the acknowledgement was refused; null when it was recorded.")))
        .AddErrorUnion("AcknowledgePostError", "acknowledgePost", AcknowledgePostCodes)
        .InputObjectType("SetAnnouncementAudienceInput", i => i
            .Description("Whom one of your announcements is addressed to, and whether it asks for acknowledgement.")
            .Field("postId", "ID!", f => f.Description("Your announcement."))
            .Field("audience", "AnnouncementAudienceInput", f => f.Description("The new audience; absent or empty: everyone who gets it in their feed."))
            .Field("requiresAcknowledgement", "Boolean!", f => f.Description("Whether the audience is asked to acknowledge it; acknowledgements already given stay.")))
        .ObjectType("SetAnnouncementAudiencePayload", t => t
            .Description("The result of setAnnouncementAudience.")
            .Field("post", "Post", f => f.Description("The announcement with its new audience; null when refused."))
            .Field("errors", "[SetAnnouncementAudienceError!]", f => f.Description("Why the change was refused; null when it was made.")))
        .AddErrorUnion("SetAnnouncementAudienceError", "setAnnouncementAudience", SetAudienceCodes);

    public static ObjectTypeDescriptor AddAnnouncementMutations(this ObjectTypeDescriptor m) => m
        .Mutation("acknowledgePost", "Confirms that the signed-in member read an announcement that asks for it and is addressed to them; records a view too. Acknowledging again changes nothing.",
            "The announcement.", "post", AcknowledgePostCodes, async (ctx, viewer, input) =>
            {
                var postId = input.Id("postId", "Post");
                await Announcements(ctx).AcknowledgeAsync(viewer.Id, postId, ctx.CancellationToken);
                return await ReadPostAsync(ctx, viewer, postId);
            })
        // The service's post, not a read through the feed's visibility: the author's scheduled announcement is not visible yet.
        .Mutation("setAnnouncementAudience", "Re-addresses one of your announcements (only its author may) and sets whether it asks for acknowledgement.",
            "The announcement and its audience.", "post", SetAudienceCodes, (ctx, viewer, input) => Announcements(ctx).AddressAsync(
                viewer.Id, input.Id("postId", "Post"), AudienceInput(input.GetValueOrDefault("audience")) ?? new NewAudience(),
                (bool)input["requiresAcknowledgement"]!, ctx.CancellationToken));

    private static AnnouncementService Announcements(IResolverContext context) => context.Services.GetRequiredService<AnnouncementService>();

    /// <summary>An <c>AnnouncementAudienceInput</c> as the domain takes it; null when absent.</summary>
    public static NewAudience? AudienceInput(object? value) =>
        value is IReadOnlyDictionary<string, object?> audience
            ? new NewAudience(
                (audience.GetValueOrDefault("groupIds") as IEnumerable<object?>)?.Cast<string>().Select(id => GlobalId.Decode(id, "Group")).ToList(),
                (audience.GetValueOrDefault("departments") as IEnumerable<object?>)?.Cast<string>().ToList())
            : null;

    private static async Task<Post> ReadPostAsync(IResolverContext context, Member viewer, long postId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        return await db.VisiblePosts(viewer, context.Now()).AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId, context.CancellationToken)
            ?? throw new Community.Domain.Errors.DomainException(DomainErrors.PostNotFound(postId));
    }
}
