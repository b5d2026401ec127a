using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// The community charter: admins publish numbered versions, members accept the current one. Accepting
/// names the version the member read, so nobody accepts text they have not seen; accepting the same
/// version again is idempotent and keeps the first acceptance time.
/// </summary>
public sealed class CharterService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The current charter, the highest version; null while none has been published.</summary>
    public Task<Charter?> CurrentAsync(CancellationToken cancellationToken = default) =>
        db.Charters.AsNoTracking().OrderByDescending(c => c.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Only admins publish; the new version is one more than the current one and becomes current.</summary>
    public Task<Charter> PublishAsync(long actorId, string body, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            Guard.Against(!actor.IsAdmin, DomainErrors.NotAuthorized("Only admins publish the community charter."));
            var text = body?.Trim() ?? string.Empty;
            Guard.Against(text.Length == 0, DomainErrors.BodyEmpty());
            Guard.Against(text.Length > Charter.MaxBodyLength, DomainErrors.BodyTooLong(text.Length, Charter.MaxBodyLength));
            var latest = await db.Charters.MaxAsync(c => (int?)c.Version, cancellationToken) ?? 0;
            var charter = new Charter(latest + 1, text, actor.Id, Now);
            db.Charters.Add(charter);
            return charter;
        }, cancellationToken);

    /// <summary>
    /// Any enabled member accepts the version they read, which must be the current one; an older version
    /// is refused (<see cref="DomainErrorCodes.CharterVersionStale"/>) and writes nothing.
    /// </summary>
    public Task<CharterAcceptance> AcceptAsync(long actorId, int version, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var current = await db.Charters.MaxAsync(c => (int?)c.Version, cancellationToken)
                ?? throw new DomainException(DomainErrors.CharterNotPublished());
            Guard.Against(version != current, DomainErrors.CharterVersionStale(version, current));
            var existing = await db.CharterAcceptances
                .FirstOrDefaultAsync(a => a.MemberId == actor.Id && a.CharterVersion == current, cancellationToken);
            if (existing is not null)
            {
                return existing;
            }

            var acceptance = new CharterAcceptance(actor.Id, current, Now);
            db.CharterAcceptances.Add(acceptance);
            return acceptance;
        }, cancellationToken);

    /// <summary>When the member accepted the current version; null when they have not, or none is published.</summary>
    public async Task<DateTime?> AcceptedCurrentAtAsync(long memberId, CancellationToken cancellationToken = default)
    {
        var current = await db.Charters.MaxAsync(c => (int?)c.Version, cancellationToken);
        if (current is null)
        {
            return null;
        }

        return await db.CharterAcceptances
            .Where(a => a.MemberId == memberId && a.CharterVersion == current)
            .Select(a => (DateTime?)a.AcceptedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Whether the member has accepted the current version.</summary>
    public async Task<bool> HasAcceptedCurrentAsync(long memberId, CancellationToken cancellationToken = default) =>
        await AcceptedCurrentAtAsync(memberId, cancellationToken) is not null;
}
