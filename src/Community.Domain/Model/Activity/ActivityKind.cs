namespace Community.Domain.Model;

/// <summary>The actions KPIs count; every one is recorded in the activity log when it happens.</summary>
public enum ActivityKind
{
    SignedIn = 0,
    PostPublished = 1,
    PostViewed = 2,
    CommentAdded = 3,
    ReactionAdded = 4,
    PraiseGiven = 5,
    EventRegistered = 6,
    EventAttended = 7,
    PollVoted = 8,
    SurveyAnswered = 9,
    GroupJoined = 10,
    MemberFollowed = 11,
}
