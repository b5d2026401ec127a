namespace Community.Domain.Errors;

/// <summary>Every domain error is built here, so each message is written once.</summary>
public static class DomainErrors
{
    public static DomainError MemberNotFound(long id) =>
        new(DomainErrorCodes.MemberNotFound, $"Member {id} does not exist.");

    public static DomainError MemberDisabled(long id) =>
        new(DomainErrorCodes.MemberDisabled, $"Member {id} is disabled; an admin must enable the account first.");

    public static DomainError GroupNotFound(long id) =>
        new(DomainErrorCodes.GroupNotFound, $"Group {id} does not exist or is not visible to you.");

    public static DomainError PostNotFound(long id) =>
        new(DomainErrorCodes.PostNotFound, $"Post {id} does not exist or is not visible to you.");

    public static DomainError CommentNotFound(long id) =>
        new(DomainErrorCodes.CommentNotFound, $"Comment {id} does not exist on this post.");

    public static DomainError EventNotFound(long id) =>
        new(DomainErrorCodes.EventNotFound, $"Event {id} does not exist or is not visible to you.");

    public static DomainError PollNotFound(long id) =>
        new(DomainErrorCodes.PollNotFound, $"Poll {id} does not exist or is not visible to you.");

    public static DomainError SurveyNotFound(long id) =>
        new(DomainErrorCodes.SurveyNotFound, $"Survey {id} does not exist.");

    public static DomainError ReportNotFound(long id) =>
        new(DomainErrorCodes.ReportNotFound, $"Report {id} does not exist.");

    public static DomainError BadgeNotFound(string code) =>
        new(DomainErrorCodes.BadgeNotFound, $"Badge '{code}' does not exist; use one of the badges an admin has defined.");

    public static DomainError JoinRequestNotFound(long id) =>
        new(DomainErrorCodes.JoinRequestNotFound, $"Join request {id} does not exist, is not pending, or is not yours to decide.");

    public static DomainError DuplicateJoinRequest(long groupId) =>
        new(DomainErrorCodes.DuplicateJoinRequest, $"You already asked to join group {groupId}; wait for its owners to decide.");

    public static DomainError NotAMember(long groupId) =>
        new(DomainErrorCodes.NotAMember, $"You are not a member of group {groupId}; join the group first.");

    public static DomainError NotAuthorized(string reason) =>
        new(DomainErrorCodes.NotAuthorized, reason);

    public static DomainError InvalidInput(string field, string reason) =>
        new(DomainErrorCodes.InvalidInput, $"{field}: {reason}");

    public static DomainError BodyEmpty() =>
        new(DomainErrorCodes.BodyEmpty, "The body is empty; write some text.");

    public static DomainError BodyTooLong(int length, int maximum) =>
        new(DomainErrorCodes.BodyTooLong, $"The body has {length} characters; shorten it to at most {maximum}.");

    public static DomainError DuplicateMembership(long groupId, long memberId) =>
        new(DomainErrorCodes.DuplicateMembership, $"Member {memberId} already belongs to group {groupId}.");

    public static DomainError DuplicateGroupName(string name) =>
        new(DomainErrorCodes.DuplicateGroupName, $"A group named '{name}' already exists; choose another name.");

    public static DomainError DuplicateHandle(string handle) =>
        new(DomainErrorCodes.DuplicateHandle, $"The handle '@{handle}' is taken; choose another one.");

    public static DomainError DuplicateEmail(string email) =>
        new(DomainErrorCodes.DuplicateEmail, $"A member with the e-mail address '{email}' already exists; find them instead of inviting them.");

    public static DomainError CheckInClosed(long eventId, DateTime opensAt, DateTime closesAt) =>
        new(DomainErrorCodes.CheckInClosed, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Check-in for event {eventId} is open from {opensAt:yyyy-MM-dd HH:mm} to {closesAt:yyyy-MM-dd HH:mm} UTC only (an hour before it starts to two hours after it ends)."));

    public static DomainError DuplicateRegistration(long eventId) =>
        new(DomainErrorCodes.DuplicateRegistration, $"You are already registered for event {eventId}.");

    public static DomainError DuplicateResponse(long surveyId) =>
        new(DomainErrorCodes.DuplicateResponse, $"You have already answered survey {surveyId}.");

    public static DomainError AlreadyFollowing(long memberId) =>
        new(DomainErrorCodes.AlreadyFollowing, $"You already follow member {memberId}.");

    public static DomainError CannotFollowSelf() =>
        new(DomainErrorCodes.CannotFollowSelf, "You cannot follow yourself.");

    public static DomainError EventFull(long eventId) =>
        new(DomainErrorCodes.EventFull, $"Event {eventId} is full and has no waitlist.");

    public static DomainError EventCancelled(long eventId) =>
        new(DomainErrorCodes.EventCancelled, $"Event {eventId} was cancelled.");

    public static DomainError EventEnded(long eventId) =>
        new(DomainErrorCodes.EventEnded, $"Event {eventId} has already ended.");

    public static DomainError NotRegistered(long eventId) =>
        new(DomainErrorCodes.NotRegistered, $"You hold no seat for event {eventId}; register first.");

    public static DomainError PollClosed(long pollId) =>
        new(DomainErrorCodes.PollClosed, $"Poll {pollId} is closed; votes are no longer accepted.");

    public static DomainError ForeignPollOption(long pollId, long optionId) =>
        new(DomainErrorCodes.ForeignPollOption, $"Option {optionId} does not belong to poll {pollId}; pick one of its options.");

    public static DomainError SurveyClosed(long surveyId) =>
        new(DomainErrorCodes.SurveyClosed, $"Survey {surveyId} is not open for responses.");

    public static DomainError ScoreOutOfRange(int score, int minimum, int maximum) =>
        new(DomainErrorCodes.ScoreOutOfRange, $"Score {score} is out of range; give a score from {minimum} to {maximum}.");

    public static DomainError CannotPraiseSelf() =>
        new(DomainErrorCodes.CannotPraiseSelf, "You cannot praise yourself; name other members as recipients.");

    public static DomainError ReportAlreadyResolved(long reportId) =>
        new(DomainErrorCodes.ReportAlreadyResolved, $"Report {reportId} has already been resolved.");

    public static DomainError CharterNotPublished() =>
        new(DomainErrorCodes.CharterNotPublished, "No community charter has been published yet; there is nothing to accept.");

    public static DomainError CharterVersionStale(int version, int current) =>
        new(DomainErrorCodes.CharterVersionStale, $"Charter version {version} is not the current one; read version {current} and accept that.");

    public static DomainError WebhookNotFound(long webhookId) =>
        new(DomainErrorCodes.WebhookNotFound, $"Webhook {webhookId} does not exist (or was deleted).");

    public static DomainError WebhookDeliveryNotFound(long deliveryId) =>
        new(DomainErrorCodes.WebhookDeliveryNotFound, $"Webhook delivery {deliveryId} does not exist.");
    public static DomainError AcknowledgementNotRequested(long postId) =>
        new(DomainErrorCodes.AcknowledgementNotRequested, $"Post {postId} does not ask to be acknowledged; only announcements that ask for it can be acknowledged.");

    public static DomainError NotInAudience(long postId) =>
        new(DomainErrorCodes.NotInAudience, $"Post {postId} is addressed to other groups or departments; only members of its audience acknowledge it.");
}
