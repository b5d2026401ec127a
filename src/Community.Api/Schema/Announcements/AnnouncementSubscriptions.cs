using Community.Api.Realtime;
using Community.Domain.Errors;
using Community.Domain.Services;
using Community.GraphQL;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Announcements;

/// <summary><c>postCoverageChanged</c>: an announcement's live coverage ("seen by 80%") for those who may see its reach.</summary>
internal static class AnnouncementSubscriptions
{
    public static ObjectTypeDescriptor AddAnnouncementSubscriptions(this ObjectTypeDescriptor s) => s
        .Field("postCoverageChanged", "AnnouncementCoverage!", f => f
            .Description("The announcement's coverage each time a targeted member sees or acknowledges it, for its author, the owners of its group and admins (checked again at every change). A post the member may not read is refused with NOT_FOUND, one whose reach they may not see with AUTH_NOT_AUTHORIZED, and a post that is not an announcement with NOT_AN_ANNOUNCEMENT.")
            .Argument("postId", "ID!", a => a.Description("The announcement to follow."))
            .Subscribe(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                var id = (string)ctx.Arguments["postId"]!;
                var postId = GlobalId.Decode(id, "Post");
                await using (var scope = ctx.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
                {
                    try
                    {
                        _ = await scope.ServiceProvider.GetRequiredService<AnnouncementService>().ReachableAudienceAsync(viewer.Id, postId, ctx.CancellationToken)
                            ?? throw new GraphQLException($"Post \"{id}\" is not an announcement; only announcements have a coverage.", SchemaErrorCodes.NotAnAnnouncement);
                    }
                    catch (DomainException refused) when (refused.Code == DomainErrorCodes.PostNotFound)
                    {
                        throw EventStreams.NotFound("post", id);
                    }
                    catch (DomainException refused) when (refused.Code == DomainErrorCodes.NotAuthorized)
                    {
                        throw new GraphQLException(refused.Message, SchemaErrorCodes.NotAuthorized);
                    }
                }

                var scopes = ctx.Services.GetRequiredService<IServiceScopeFactory>();
                return await EventStreams.OpenAsync(ctx, CommunityTopics.PostCoverageChanged(postId), async (_, reader, _, ct) =>
                {
                    try
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        return await scope.ServiceProvider.GetRequiredService<AnnouncementService>().CoverageAsync(reader.Id, postId, ct);
                    }
                    catch (DomainException)
                    {
                        // No longer readable, or the reader no longer sees its reach: nothing to deliver.
                        return null;
                    }
                });
            })
            .Resolve(ctx => ctx.Parent));
}
