using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Praise: a post that recognises members, optionally with a badge, and earns them points.</summary>
public sealed class PraiseService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Publishes a praise post for the recipients; each receives points, the badge if any, and a notification.</summary>
    public Task<Praise> GiveAsync(long actorId, long? groupId, IReadOnlyCollection<long> recipientIds, string body,
        string? badgeCode = null, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var recipients = recipientIds.Distinct().ToList();
            Guard.Against(recipients.Count is 0 or > 20, DomainErrors.InvalidInput("Recipients", "name 1 to 20 members to praise."));
            Guard.Against(recipients.Contains(actor.Id), DomainErrors.CannotPraiseSelf());
            var recipientMembers = new List<Member>(recipients.Count);
            foreach (var recipientId in recipients)
            {
                recipientMembers.Add(await Actors.RequireAsync(db, recipientId, cancellationToken));
            }

            Badge? badge = null;
            if (badgeCode is not null)
            {
                var code = badgeCode.Trim().ToLowerInvariant();
                badge = await db.Badges.FirstOrDefaultAsync(b => b.Code == code, cancellationToken)
                    ?? throw new DomainException(DomainErrors.BadgeNotFound(code));
            }

            var post = await PostPublishing.PublishAsync(db, actor, new NewPost(groupId, PostKind.Praise, body), Now, cancellationToken);
            await EnsureRecipientsCanReadAsync(groupId, recipientMembers, cancellationToken);
            var praise = new Praise(post, actor.Id, badge?.Id, recipients, Now);
            db.Praises.Add(praise);
            await db.SaveChangesAsync(cancellationToken);
            db.RecordActivity(actor.Id, ActivityKind.PraiseGiven, Now, groupId, post.Id, praise.Id);
            foreach (var recipientId in recipients)
            {
                db.AwardPoints(recipientId, PointsReason.PraiseReceived, praise.Id, Now);
                db.Notify(recipientId, NotificationKind.Praised, actor.Id, Now, post.Id);
                if (badge is not null)
                {
                    db.MemberBadges.Add(new MemberBadge(recipientId, badge.Id, praise, Now));
                }
            }

            return praise;
        }, cancellationToken);

    /// <summary>
    /// Praise is posted where every recipient can read it, so that their notification leads to it.
    /// Checked after the actor's own access to the space, so a refusal never tells of a group the actor cannot see.
    /// </summary>
    private async Task EnsureRecipientsCanReadAsync(long? groupId, IEnumerable<Member> recipients, CancellationToken cancellationToken)
    {
        var group = groupId is null ? null : await db.Groups.FirstAsync(g => g.Id == groupId, cancellationToken);
        foreach (var recipient in recipients)
        {
            var membership = await Actors.MembershipAsync(db, groupId, recipient.Id, cancellationToken);
            Guard.Against(!AccessPolicy.CanRead(recipient, group, membership), DomainErrors.InvalidInput("Recipients",
                $"@{recipient.Handle} cannot read posts {(group is null ? "in the company-wide space" : "in this group")}; praise them where they can read it."));
        }
    }

    /// <summary>Admins define the badges members can be given.</summary>
    public Task<Badge> DefineBadgeAsync(long actorId, string code, string name, string? description, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            Guard.Against(!actor.IsAdmin, DomainErrors.NotAuthorized("Only admins define badges."));
            var badge = new Badge(code, name, description);
            Guard.Against(await db.Badges.AnyAsync(b => b.Code == badge.Code, cancellationToken),
                DomainErrors.InvalidInput(nameof(Badge.Code), $"a badge '{badge.Code}' already exists."));
            db.Badges.Add(badge);
            return badge;
        }, cancellationToken);
}
