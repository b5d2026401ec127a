namespace Community.Domain.Model;

/// <summary>Where a request to join a group stands.</summary>
public enum JoinRequestStatus
{
    /// <summary>Waiting for an owner or moderator of the group.</summary>
    Pending = 0,

    /// <summary>Approved: the member joined the group.</summary>
    Approved = 1,

    /// <summary>Refused; the member may ask again.</summary>
    Refused = 2,
}
