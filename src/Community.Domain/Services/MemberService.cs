using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Members: creation on first sight, sign-in, profiles and roles.</summary>
public sealed class MemberService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Finds the member for a token's subject (taking up an invitation of its e-mail address), creating them (with a
    /// free handle) the first time.
    /// </summary>
    public Task<Member> GetOrCreateAsync(ExternalIdentity identity, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
            await FindAsync(identity, cancellationToken) ?? await CreateAsync(identity, cancellationToken), cancellationToken);

    /// <summary>
    /// Signs in the person a token names: creates the member on first sight (or, when an admin invited their e-mail
    /// address, takes up that invitation: the invited member gets the token's subject), brings the fields the intranet's
    /// directory owns up to date (<see cref="Member.UpdateFromDirectory"/>) and records the sign-in at most once
    /// per UTC day. Writes nothing when nothing changed. A disabled member comes back as stored, neither updated
    /// nor signed in, for the caller to refuse. An e-mail address held by another member is refused for a new
    /// member and ignored (the old address kept) for a known one.
    /// </summary>
    public Task<Member> SignInAsync(ExternalIdentity identity, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var member = await FindAsync(identity, cancellationToken);
            if (member is null)
            {
                member = await CreateAsync(identity, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            else if (!member.IsEnabled)
            {
                return member;
            }
            else
            {
                var email = identity.Email.Trim().ToLowerInvariant();
                var emailTaken = email != member.Email
                    && await db.Members.AnyAsync(m => m.Email == email && m.Id != member.Id, cancellationToken);
                if (member.UpdateFromDirectory(emailTaken ? member.Email : email, identity.DisplayName, KindOf(identity),
                        identity.Title, identity.Department, identity.Role))
                {
                    await MemberHistory.TrackAsync(db, member, Now, cancellationToken);
                }
            }

            RecordSignIn(member);
            return member;
        }, cancellationToken);

    /// <summary>Adds a member with a chosen handle; refused when the handle or e-mail is taken.</summary>
    public Task<Member> RegisterAsync(string externalId, string handle, string email, string displayName, MemberKind kind,
        MemberRole role = MemberRole.Member, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var member = new Member(externalId, handle, email, displayName, kind, Now);
            Guard.Against(await db.Members.AnyAsync(m => m.Handle == member.Handle, cancellationToken),
                DomainErrors.DuplicateHandle(member.Handle));
            Guard.Against(await db.Members.AnyAsync(m => m.Email == member.Email || m.ExternalId == member.ExternalId, cancellationToken),
                DomainErrors.InvalidInput(nameof(Member.Email), $"a member with e-mail '{member.Email}' or this identity already exists."));
            member.ChangeRole(role);
            db.Members.Add(member);
            MemberHistory.Begin(db, member);
            return member;
        }, cancellationToken);

    /// <summary>
    /// An admin invites a person before their first sign-in: the member exists from now (<see cref="Member.InvitedAt"/>),
    /// and the first token naming their e-mail address takes up the invitation. Refused when the handle or the e-mail
    /// address is taken.
    /// </summary>
    public Task<Member> InviteAsync(long actorId, NewInvitation invitation, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            Guard.Against(!actor.IsAdmin, DomainErrors.NotAuthorized("Only admins can invite members."));
            var member = Member.Invite(invitation.Handle, invitation.Email, invitation.DisplayName, invitation.Kind, Now);
            member.UpdateProfile(new MemberProfile(member.DisplayName, invitation.Title, invitation.Department));
            Guard.Against(await db.Members.AnyAsync(m => m.Handle == member.Handle, cancellationToken),
                DomainErrors.DuplicateHandle(member.Handle));
            Guard.Against(await db.Members.AnyAsync(m => m.Email == member.Email, cancellationToken),
                DomainErrors.DuplicateEmail(member.Email));
            db.Members.Add(member);
            MemberHistory.Begin(db, member);
            return member;
        }, cancellationToken);

    /// <summary>Records a sign-in (activation and active-member KPIs count it), at most once per UTC day.</summary>
    public Task SignInAsync(long memberId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            RecordSignIn(await Actors.RequireAsync(db, memberId, cancellationToken));
        }, cancellationToken);

    /// <summary>A member edits their own profile; admins may edit anyone's.</summary>
    public Task<Member> UpdateProfileAsync(long actorId, long memberId, MemberProfile profile, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            Guard.Against(actor.Id != memberId && !actor.IsAdmin, DomainErrors.NotAuthorized("Only the member or an admin can edit a profile."));
            var member = actor.Id == memberId ? actor : await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken)
                ?? throw new DomainException(DomainErrors.MemberNotFound(memberId));
            if (profile.IsLeader is { } isLeader && isLeader != member.IsLeader)
            {
                Guard.Against(!actor.IsAdmin, DomainErrors.NotAuthorized("Only admins flag leaders."));
                member.SetLeader(isLeader);
            }

            member.UpdateProfile(profile);
            await MemberHistory.TrackAsync(db, member, Now, cancellationToken);
            return member;
        }, cancellationToken);

    public Task<Member> ChangeRoleAsync(long actorId, long memberId, MemberRole role, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var member = await RequireAdminAndTargetAsync(actorId, memberId, cancellationToken);
            member.ChangeRole(role);
            return member;
        }, cancellationToken);

    public Task<Member> SetEnabledAsync(long actorId, long memberId, bool enabled, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var member = await RequireAdminAndTargetAsync(actorId, memberId, cancellationToken);
            if (enabled)
            {
                member.Enable();
            }
            else
            {
                member.Disable(Now);
            }

            await MemberHistory.TrackAsync(db, member, Now, cancellationToken);
            return member;
        }, cancellationToken);

    private async Task<Member> RequireAdminAndTargetAsync(long actorId, long memberId, CancellationToken cancellationToken)
    {
        var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
        Guard.Against(!actor.IsAdmin, DomainErrors.NotAuthorized("Only admins can change roles and accounts."));
        return await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken)
            ?? throw new DomainException(DomainErrors.MemberNotFound(memberId));
    }

    /// <summary>Adds the member a token names for the first time, with a handle made free from the e-mail's local part.</summary>
    private async Task<Member> CreateAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var email = identity.Email.Trim().ToLowerInvariant();
        Guard.Against(await db.Members.AnyAsync(m => m.Email == email, cancellationToken),
            DomainErrors.InvalidInput(nameof(Member.Email), $"another member already has the e-mail '{email}'; the intranet must give each person their own address."));
        var handle = await FreeHandleAsync(email.Split('@')[0], cancellationToken);
        var member = new Member(identity.Subject, handle, email, identity.DisplayName, KindOf(identity), Now);
        member.UpdateProfile(new MemberProfile(identity.DisplayName, identity.Title, identity.Department));
        if (identity.Role is { } role)
        {
            member.ChangeRole(role);
        }

        db.Members.Add(member);
        MemberHistory.Begin(db, member);
        return member;
    }

    /// <summary>
    /// The member a token names: by its subject, or else the invited member with its e-mail address whose invitation
    /// is not taken up yet, who then takes the subject (unless disabled: a disabled member is returned as stored).
    /// Null when the token's person is new.
    /// </summary>
    private async Task<Member?> FindAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.ExternalId == identity.Subject, cancellationToken);
        if (member is not null)
        {
            return member;
        }

        var email = identity.Email.Trim().ToLowerInvariant();
        var invited = await db.Members.FirstOrDefaultAsync(
            m => m.Email == email && m.FirstSignedInAt == null && m.ExternalId.StartsWith(Member.InvitationSubjectPrefix), cancellationToken);
        if (invited is { IsInvitationPending: true, IsEnabled: true })
        {
            invited.AcceptInvitation(identity.Subject);
        }

        return invited;
    }

    /// <summary>
    /// The first sign-in of a UTC day: one <see cref="ActivityKind.SignedIn"/> entry, and <see cref="Member.FirstSignedInAt"/>
    /// set with the first entry, so the two always agree.
    /// </summary>
    private void RecordSignIn(Member member)
    {
        if (!member.SignedInOn(Now))
        {
            member.SignIn(Now);
            db.RecordActivity(member.Id, ActivityKind.SignedIn, Now);
        }
    }

    private static MemberKind KindOf(ExternalIdentity identity) => identity.IsGuest ? MemberKind.Guest : MemberKind.Employee;

    private async Task<string> FreeHandleAsync(string wanted, CancellationToken cancellationToken)
    {
        var cleaned = new string(wanted.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_').ToArray())
            .TrimStart('.', '-', '_');
        var stem = cleaned.Length == 0 ? "member" : cleaned[..Math.Min(cleaned.Length, 56)];
        var handle = stem;
        for (var n = 2; await db.Members.AnyAsync(m => m.Handle == handle, cancellationToken); n++)
        {
            handle = $"{stem}{n}";
        }

        return handle;
    }
}
