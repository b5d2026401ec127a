using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Groups and their memberships.</summary>
public sealed class GroupService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Employees create groups and become their owner; guests cannot.</summary>
    public Task<Group> CreateAsync(long actorId, string name, string? description, GroupVisibility visibility,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            Guard.Against(actor.IsGuest, DomainErrors.NotAuthorized("Guests cannot create groups; ask an employee to add you to one."));
            var group = new Group(name, description, visibility, actor.Id, Now);
            Guard.Against(await NameTakenAsync(actor, group, cancellationToken), DomainErrors.DuplicateGroupName(group.Name));
            db.Groups.Add(group);
            await db.SaveChangesAsync(cancellationToken);
            AddMembership(group.Id, actor.Id, GroupRole.Owner);
            return group;
        }, cancellationToken);

    /// <summary>An employee joins a public group by themself; other groups need an owner or moderator to add them.</summary>
    public Task<GroupMembership> JoinAsync(long actorId, long groupId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
            var membership = await Actors.MembershipAsync(db, groupId, actorId, cancellationToken);
            Guard.Against(group is null || !AccessPolicy.CanSee(actor, group!, membership), DomainErrors.GroupNotFound(groupId));
            Guard.Against(membership is not null, DomainErrors.DuplicateMembership(groupId, actorId));
            Guard.Against(actor.IsGuest || group!.Visibility != GroupVisibility.Public,
                DomainErrors.NotAuthorized("This group is not open to join; ask one of its owners to add you."));
            return AddMembership(groupId, actorId, GroupRole.Member);
        }, cancellationToken);

    /// <summary>Owners and moderators of the group (or community moderators) add members, guests included.</summary>
    public Task<GroupMembership> AddMemberAsync(long actorId, long groupId, long memberId, GroupRole role = GroupRole.Member,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
            var actorMembership = await Actors.MembershipAsync(db, groupId, actorId, cancellationToken);
            Guard.Against(group is null || !AccessPolicy.CanSee(actor, group!, actorMembership), DomainErrors.GroupNotFound(groupId));
            Guard.Against(!AccessPolicy.CanModerate(actor, actorMembership),
                DomainErrors.NotAuthorized("Only the group's owners and moderators can add members."));
            Guard.Against(role == GroupRole.Owner && !actor.CanModerate && actorMembership?.Role != GroupRole.Owner,
                DomainErrors.NotAuthorized("Only owners can make another member an owner."));
            // A member the actor may not find (a guest owner and someone outside their groups) is not found, as one that does not exist.
            Guard.Against(!await db.VisibleMembers(actor).AnyAsync(m => m.Id == memberId, cancellationToken), DomainErrors.MemberNotFound(memberId));
            var member = await Actors.RequireAsync(db, memberId, cancellationToken);
            Guard.Against(await Actors.MembershipAsync(db, groupId, member.Id, cancellationToken) is not null,
                DomainErrors.DuplicateMembership(groupId, memberId));
            return AddMembership(groupId, member.Id, role);
        }, cancellationToken);

    /// <summary>The group's owners (and admins) rename it, describe it and change its visibility; names stay unique.</summary>
    public Task<Group> EditAsync(long actorId, long groupId, GroupChanges changes, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
            var membership = await Actors.MembershipAsync(db, groupId, actorId, cancellationToken);
            Guard.Against(group is null || !AccessPolicy.CanSee(actor, group!, membership), DomainErrors.GroupNotFound(groupId));
            Guard.Against(!actor.IsAdmin && membership?.Role != GroupRole.Owner,
                DomainErrors.NotAuthorized("Only the group's owners and admins can edit the group."));
            group!.Rename(changes.Name ?? group.Name, changes.Description ?? group.Description);
            if (changes.Visibility is { } visibility)
            {
                group.ChangeVisibility(visibility);
            }

            Guard.Against(await NameTakenAsync(actor, group, cancellationToken), DomainErrors.DuplicateGroupName(group.Name));

            return group;
        }, cancellationToken);

    /// <summary>
    /// The group's owners (and community moderators and admins) change a member's role in the group.
    /// The last owner cannot be made anything else, so a group always has an owner.
    /// </summary>
    public Task<GroupMembership> SetRoleAsync(long actorId, long groupId, long memberId, GroupRole role,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
            var actorMembership = await Actors.MembershipAsync(db, groupId, actorId, cancellationToken);
            Guard.Against(group is null || !AccessPolicy.CanSee(actor, group!, actorMembership), DomainErrors.GroupNotFound(groupId));
            Guard.Against(!actor.CanModerate && actorMembership?.Role != GroupRole.Owner,
                DomainErrors.NotAuthorized("Only the group's owners can change roles in the group."));
            var membership = await Actors.MembershipAsync(db, groupId, memberId, cancellationToken)
                ?? throw new DomainException(DomainErrors.InvalidInput("memberId", $"member {memberId} does not belong to group {groupId}; add them first."));
            if (membership.Role == GroupRole.Owner && role != GroupRole.Owner)
            {
                var owners = await db.GroupMemberships.CountAsync(m => m.GroupId == groupId && m.Role == GroupRole.Owner, cancellationToken);
                Guard.Against(owners == 1, DomainErrors.NotAuthorized("This is the group's last owner; make another member owner first."));
            }

            membership.ChangeRole(role);
            return membership;
        }, cancellationToken);

    /// <summary>
    /// A member asks to join a group they may see but not join by themself (a private group); its owners and
    /// moderators decide. Asking again after a refusal renews the request.
    /// </summary>
    public Task<GroupJoinRequest> RequestToJoinAsync(long actorId, long groupId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
            var membership = await Actors.MembershipAsync(db, groupId, actorId, cancellationToken);
            Guard.Against(group is null || !AccessPolicy.CanSee(actor, group!, membership), DomainErrors.GroupNotFound(groupId));
            Guard.Against(membership is not null, DomainErrors.DuplicateMembership(groupId, actorId));
            Guard.Against(!actor.IsGuest && group!.Visibility == GroupVisibility.Public,
                DomainErrors.InvalidInput("groupId", "the group is open to join; join it directly."));
            var request = await db.GroupJoinRequests.FirstOrDefaultAsync(r => r.GroupId == groupId && r.MemberId == actorId, cancellationToken);
            Guard.Against(request?.Status == JoinRequestStatus.Pending, DomainErrors.DuplicateJoinRequest(groupId));
            if (request is null)
            {
                request = new GroupJoinRequest(groupId, actorId, Now);
                db.GroupJoinRequests.Add(request);
            }
            else
            {
                request.Renew(Now);
            }

            return request;
        }, cancellationToken);

    /// <summary>An owner or moderator of the group (or a community moderator) approves a pending request: the member joins.</summary>
    public Task<GroupMembership> ApproveJoinRequestAsync(long actorId, long requestId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (actor, request) = await RequirePendingRequestToDecideAsync(actorId, requestId, cancellationToken);
            await Actors.RequireAsync(db, request.MemberId, cancellationToken);
            Guard.Against(await Actors.MembershipAsync(db, request.GroupId, request.MemberId, cancellationToken) is not null,
                DomainErrors.DuplicateMembership(request.GroupId, request.MemberId));
            request.Decide(JoinRequestStatus.Approved, actor.Id, Now);
            return AddMembership(request.GroupId, request.MemberId, GroupRole.Member);
        }, cancellationToken);

    /// <summary>An owner or moderator of the group (or a community moderator) refuses a pending request; the member may ask again.</summary>
    public Task<GroupJoinRequest> RefuseJoinRequestAsync(long actorId, long requestId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (actor, request) = await RequirePendingRequestToDecideAsync(actorId, requestId, cancellationToken);
            request.Decide(JoinRequestStatus.Refused, actor.Id, Now);
            return request;
        }, cancellationToken);

    /// <summary>The member leaves; their membership period closes, so who belonged when is kept.</summary>
    public Task LeaveAsync(long actorId, long groupId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            await Actors.RequireAsync(db, actorId, cancellationToken);
            var membership = await Actors.MembershipAsync(db, groupId, actorId, cancellationToken)
                ?? throw new DomainException(DomainErrors.NotAMember(groupId));
            if (membership.Role == GroupRole.Owner)
            {
                var owners = await db.GroupMemberships.CountAsync(m => m.GroupId == groupId && m.Role == GroupRole.Owner, cancellationToken);
                Guard.Against(owners == 1, DomainErrors.NotAuthorized("You are the group's last owner; make another member owner before leaving."));
            }

            db.GroupMemberships.Remove(membership);
            var periods = await db.GroupMembershipPeriods
                .Where(p => p.GroupId == groupId && p.MemberId == actorId && p.LeftAt == null).ToListAsync(cancellationToken);
            foreach (var period in periods)
            {
                period.Leave(Now);
            }
        }, cancellationToken);

    /// <summary>A pending request in a group the actor may see (else unknown) and moderate (else not authorized).</summary>
    private async Task<(Member Actor, GroupJoinRequest Request)> RequirePendingRequestToDecideAsync(long actorId, long requestId,
        CancellationToken cancellationToken)
    {
        var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
        var request = await db.GroupJoinRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var group = request is null ? null : await db.Groups.FirstOrDefaultAsync(g => g.Id == request.GroupId, cancellationToken);
        var membership = await Actors.MembershipAsync(db, request?.GroupId, actorId, cancellationToken);
        Guard.Against(request is null || group is null || request.Status != JoinRequestStatus.Pending || !AccessPolicy.CanSee(actor, group, membership),
            DomainErrors.JoinRequestNotFound(requestId));
        Guard.Against(!AccessPolicy.CanModerate(actor, membership),
            DomainErrors.NotAuthorized("Only the group's owners and moderators decide on requests to join."));
        return (actor, request!);
    }

    private GroupMembership AddMembership(long groupId, long memberId, GroupRole role)
    {
        var membership = new GroupMembership(groupId, memberId, role, Now);
        db.GroupMemberships.Add(membership);
        db.GroupMembershipPeriods.Add(new GroupMembershipPeriod(groupId, memberId, Now));
        db.RecordActivity(memberId, ActivityKind.GroupJoined, Now, groupId);
        return membership;
    }

    /// <summary>
    /// Whether another group the actor may see, or any group that is not secret, has this name. A secret group
    /// the actor cannot see never makes a name taken: refusing would confirm that the group exists.
    /// The database enforces the same rule for groups that are not secret (a unique index that leaves secret groups out).
    /// </summary>
    private Task<bool> NameTakenAsync(Member actor, Group group, CancellationToken cancellationToken) =>
        db.Groups.AnyAsync(g => g.Name == group.Name && g.Id != group.Id
            && (g.Visibility != GroupVisibility.Secret || db.VisibleGroups(actor).Any(v => v.Id == g.Id)), cancellationToken);
}
