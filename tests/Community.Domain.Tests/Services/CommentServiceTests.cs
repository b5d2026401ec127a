using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class CommentServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task Comments_thread_under_comments_of_the_same_post()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var replier = await community.MemberAsync("replier");
        var post = await community.PostAsync(author, null);
        var other = await community.PostAsync(author, null, "Other post");
        var root = await community.Comments.AddAsync(replier.Id, post.Id, "Root");

        var reply = await community.Comments.AddAsync(author.Id, post.Id, "Reply", root.Id);

        Assert.Equal(root.Id, (await community.Context().Comments.SingleAsync(c => c.Id == reply.Id)).ParentCommentId);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.CommentNotFound,
            () => community.Comments.AddAsync(author.Id, other.Id, "Wrong thread", root.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.BodyEmpty,
            () => community.Comments.AddAsync(author.Id, post.Id, " "));
    }

    [DatabaseFact]
    public async Task A_comment_earns_points_records_activity_and_notifies_the_author()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var commenter = await community.MemberAsync("commenter");
        var post = await community.PostAsync(author, null);

        await community.Comments.AddAsync(commenter.Id, post.Id, "Nice");

        var context = community.Context();
        Assert.Equal(PointsRules.For(PointsReason.CommentAdded), await context.PointsEntries.Where(p => p.MemberId == commenter.Id).SumAsync(p => p.Points));
        Assert.Equal(1, await context.ActivityEntries.CountAsync(a => a.Kind == ActivityKind.CommentAdded && a.MemberId == commenter.Id));
        Assert.Equal(author.Id, (await context.Notifications.SingleAsync(n => n.Kind == NotificationKind.Commented)).RecipientId);
    }

    [DatabaseFact]
    public async Task Only_the_author_or_a_moderator_edits_a_comment()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var other = await community.MemberAsync("other");
        var moderator = await community.MemberAsync("mod", role: MemberRole.Moderator);
        var post = await community.PostAsync(author, null);
        var comment = await community.Comments.AddAsync(author.Id, post.Id, "Typo");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Comments.EditAsync(other.Id, comment.Id, "Mine now"));
        await community.Comments.EditAsync(author.Id, comment.Id, "Fixed");
        await community.Comments.DeleteAsync(moderator.Id, comment.Id);

        var stored = await community.Context().Comments.SingleAsync();
        Assert.Equal("Fixed", stored.Body);
        Assert.NotNull(stored.DeletedAt);
    }

    public sealed class Sqlite() : CommentServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : CommentServiceTests(DatabaseProvider.PostgreSql);
}
