using Community.Domain.Model;

namespace Community.Domain.Services;

/// <summary>How many points each rewarded action is worth; the only place these amounts live.</summary>
public static class PointsRules
{
    public static int For(PointsReason reason) => reason switch
    {
        PointsReason.PostPublished => 10,
        PointsReason.CommentAdded => 3,
        PointsReason.ReactionReceived => 1,
        PointsReason.PraiseReceived => 5,
        PointsReason.EventAttended => 5,
        PointsReason.ReactionWithdrawn => -For(PointsReason.ReactionReceived),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "No points rule for this reason."),
    };
}
