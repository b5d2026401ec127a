using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>A member's report of a post or comment, queued for moderators.</summary>
public sealed class Report
{
    private Report()
    {
    }

    internal Report(long reporterId, long postId, long? commentId, string reason, DateTime createdAt)
    {
        ReporterId = reporterId;
        PostId = postId;
        CommentId = commentId;
        Reason = Guard.Text(reason, nameof(Reason), 1000);
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public long ReporterId { get; private set; }

    public long PostId { get; private set; }

    public long? CommentId { get; private set; }

    public string Reason { get; private set; } = null!;

    public ReportStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public long? ResolvedById { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    internal void Resolve(ReportStatus outcome, long moderatorId, DateTime now)
    {
        Guard.Against(Status != ReportStatus.Open, DomainErrors.ReportAlreadyResolved(Id));
        Guard.Against(outcome == ReportStatus.Open, DomainErrors.InvalidInput("Outcome", "choose Dismissed or ContentRemoved."));
        Status = outcome;
        ResolvedById = moderatorId;
        ResolvedAt = now;
    }
}
