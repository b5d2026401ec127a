namespace Community.Domain.Errors;

/// <summary>The stable error codes of the domain; clients match on these, so they never change meaning.</summary>
public static class DomainErrorCodes
{
    public const string MemberNotFound = "MEMBER_NOT_FOUND";
    public const string MemberDisabled = "MEMBER_DISABLED";
    public const string GroupNotFound = "GROUP_NOT_FOUND";
    public const string PostNotFound = "POST_NOT_FOUND";
    public const string CommentNotFound = "COMMENT_NOT_FOUND";
    public const string EventNotFound = "EVENT_NOT_FOUND";
    public const string PollNotFound = "POLL_NOT_FOUND";
    public const string SurveyNotFound = "SURVEY_NOT_FOUND";
    public const string ReportNotFound = "REPORT_NOT_FOUND";
    public const string BadgeNotFound = "BADGE_NOT_FOUND";
    public const string JoinRequestNotFound = "JOIN_REQUEST_NOT_FOUND";

    public const string NotAMember = "NOT_A_MEMBER";
    public const string NotAuthorized = "NOT_AUTHORIZED";

    public const string InvalidInput = "INVALID_INPUT";
    public const string BodyEmpty = "BODY_EMPTY";
    public const string BodyTooLong = "BODY_TOO_LONG";

    public const string DuplicateMembership = "DUPLICATE_MEMBERSHIP";
    public const string DuplicateJoinRequest = "DUPLICATE_JOIN_REQUEST";
    public const string DuplicateGroupName = "DUPLICATE_GROUP_NAME";
    public const string DuplicateHandle = "DUPLICATE_HANDLE";
    public const string DuplicateEmail = "DUPLICATE_EMAIL";
    public const string DuplicateRegistration = "DUPLICATE_REGISTRATION";
    public const string DuplicateResponse = "DUPLICATE_RESPONSE";
    public const string AlreadyFollowing = "ALREADY_FOLLOWING";
    public const string CannotFollowSelf = "CANNOT_FOLLOW_SELF";

    public const string EventFull = "EVENT_FULL";
    public const string EventCancelled = "EVENT_CANCELLED";
    public const string EventEnded = "EVENT_ENDED";
    public const string NotRegistered = "NOT_REGISTERED";
    public const string CheckInClosed = "CHECK_IN_CLOSED";

    public const string PollClosed = "POLL_CLOSED";
    public const string ForeignPollOption = "FOREIGN_POLL_OPTION";

    public const string SurveyClosed = "SURVEY_CLOSED";
    public const string ScoreOutOfRange = "SCORE_OUT_OF_RANGE";

    public const string CannotPraiseSelf = "CANNOT_PRAISE_SELF";
    public const string ReportAlreadyResolved = "REPORT_ALREADY_RESOLVED";

    public const string CharterNotPublished = "CHARTER_NOT_PUBLISHED";
    public const string CharterVersionStale = "CHARTER_VERSION_STALE";

    public const string WebhookNotFound = "WEBHOOK_NOT_FOUND";
    public const string WebhookDeliveryNotFound = "WEBHOOK_DELIVERY_NOT_FOUND";
    public const string AcknowledgementNotRequested = "ACKNOWLEDGEMENT_NOT_REQUESTED";
    public const string NotInAudience = "NOT_IN_AUDIENCE";
}
