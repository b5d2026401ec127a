using Community.Domain.Errors;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Errors;

/// <summary>
/// One GraphQL error type per domain error code (<c>POST_NOT_FOUND</c> is <c>PostNotFoundError</c>),
/// each implementing <c>interface Error</c>: the mapping from domain codes to payload errors is
/// written here once, and every mutation's error union picks the codes it can raise.
/// </summary>
internal static class ErrorTypes
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        [DomainErrorCodes.MemberNotFound] = "The member does not exist.",
        [DomainErrorCodes.MemberDisabled] = "The member's account is disabled.",
        [DomainErrorCodes.GroupNotFound] = "The group does not exist or is not visible to you.",
        [DomainErrorCodes.PostNotFound] = "The post does not exist or is not visible to you.",
        [DomainErrorCodes.CommentNotFound] = "The comment does not exist on this post.",
        [DomainErrorCodes.NotAMember] = "You must be a member of the group to do this.",
        [DomainErrorCodes.NotAuthorized] = "Your role does not allow this; the message says who may.",
        [DomainErrorCodes.InvalidInput] = "A field of the input is invalid; the message names it and says why.",
        [DomainErrorCodes.BodyEmpty] = "The text is empty.",
        [DomainErrorCodes.BodyTooLong] = "The text is longer than allowed.",
        [DomainErrorCodes.CannotPraiseSelf] = "You named yourself among the members to praise.",
        [DomainErrorCodes.BadgeNotFound] = "No badge has this code; the badges query lists them.",
        [DomainErrorCodes.PollNotFound] = "The poll does not exist or is not visible to you.",
        [DomainErrorCodes.PollClosed] = "The poll no longer accepts votes (closed, or past its closing time).",
        [DomainErrorCodes.ForeignPollOption] = "The option is not one of this poll's options.",
        [DomainErrorCodes.SurveyNotFound] = "The survey does not exist or is not addressed to you.",
        [DomainErrorCodes.SurveyClosed] = "The survey is not open for responses (not yet open, or closed).",
        [DomainErrorCodes.ScoreOutOfRange] = "The score is outside the survey's range; the message gives the range.",
        [DomainErrorCodes.DuplicateResponse] = "You have already answered this survey; each member answers once.",
        [DomainErrorCodes.ReportNotFound] = "The report does not exist or is not yours to see.",
        [DomainErrorCodes.ReportAlreadyResolved] = "The report was already resolved; its status says how.",
        [DomainErrorCodes.DuplicateGroupName] = "Another group already has this name.",
        [DomainErrorCodes.DuplicateMembership] = "The member already belongs to the group.",
        [DomainErrorCodes.JoinRequestNotFound] = "The request to join does not exist, is already decided, or is not yours to decide.",
        [DomainErrorCodes.DuplicateJoinRequest] = "You already asked to join the group; its owners have not decided yet.",
        [DomainErrorCodes.AlreadyFollowing] = "You already follow the member.",
        [DomainErrorCodes.CannotFollowSelf] = "Members cannot follow themselves.",
        [DomainErrorCodes.EventNotFound] = "The event does not exist or is not visible to you.",
        [DomainErrorCodes.EventFull] = "Every seat of the event is taken and it has no waitlist.",
        [DomainErrorCodes.EventCancelled] = "The event was cancelled.",
        [DomainErrorCodes.EventEnded] = "The event has already ended.",
        [DomainErrorCodes.DuplicateRegistration] = "You already hold a seat or a waitlist place for the event.",
        [DomainErrorCodes.NotRegistered] = "The member holds no seat (or, to cancel, no registration) for the event.",
        [DomainErrorCodes.CharterNotPublished] = "No community charter has been published yet, so there is nothing to accept.",
        [DomainErrorCodes.WebhookNotFound] = "The webhook does not exist or was deleted.",
        [DomainErrorCodes.WebhookDeliveryNotFound] = "The webhook delivery does not exist.",
        [DomainErrorCodes.DuplicateHandle] = "Another member already has this handle; choose another one.",
        [DomainErrorCodes.DuplicateEmail] = "A member with this e-mail address already exists.",
        [DomainErrorCodes.CheckInClosed] = "Check-in is open only from an hour before the event starts to two hours after it ends; the message gives the times.",
        [DomainErrorCodes.CharterVersionStale] = "The charter version you accepted is not the current one; read the current charter and accept its version.",
        [DomainErrorCodes.AcknowledgementNotRequested] = "The post does not ask to be acknowledged; only announcements that ask for it can be.",
        [DomainErrorCodes.NotInAudience] = "The announcement is addressed to other groups or departments than yours.",
    };

    public static string TypeNameOf(string code) =>
        string.Concat(code.Split('_').Select(part => part[0] + part[1..].ToLowerInvariant())) + "Error";

    /// <summary>The <c>Error</c> interface and an error type for each described code.</summary>
    public static SchemaBuilder AddErrorTypes(this SchemaBuilder builder)
    {
        builder.InterfaceType("Error", t => t
            .Description("An expected refusal of a mutation: the payload's errors list them, and nothing was changed.")
            .Field("message", "String!", f => f.Description("What went wrong and how to fix it, for people."))
            .Field("code", "String!", f => f.Description("The stable code of the refusal, for programs.")));
        foreach (var (code, description) in Descriptions)
        {
            builder.ObjectType(TypeNameOf(code), t => t
                .Description(description)
                .Implements("Error")
                .IsTypeOf(value => value is PayloadError error && error.Code == code)
                .Field("message", "String!", f => f.Description("What went wrong and how to fix it, for people."))
                .Field("code", "String!", f => f.Description($"Always {code}.")));
        }

        return builder;
    }

    /// <summary>The union of the error types a mutation can return.</summary>
    public static SchemaBuilder AddErrorUnion(this SchemaBuilder builder, string unionName, string mutationName, IEnumerable<string> codes) =>
        builder.UnionType(unionName, u => u
            .Description($"A refusal that {mutationName} can return.")
            .Types(codes.Select(TypeNameOf).ToArray()));
}
