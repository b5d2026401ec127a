namespace Community.Domain.Model;

/// <summary>Why points were awarded; each reason has its amount in <see cref="Community.Domain.Services.PointsRules"/>.</summary>
public enum PointsReason
{
    PostPublished = 0,
    CommentAdded = 1,
    ReactionReceived = 2,
    PraiseReceived = 3,
    EventAttended = 4,

    /// <summary>Takes back the points of a withdrawn reaction.</summary>
    ReactionWithdrawn = 5,
}
