using Community.Domain.Model;

namespace Community.Domain.Services;

/// <summary>What a member submits to publish a post. <paramref name="GroupId"/> null posts company-wide;
/// <paramref name="PublishAt"/> in the future schedules it. Announcements may name an <paramref name="Audience"/> (none: everyone)
/// and ask for acknowledgement.</summary>
public sealed record NewPost(
    long? GroupId,
    PostKind Kind,
    string Body,
    string? Title = null,
    IReadOnlyList<string>? Topics = null,
    IReadOnlyList<NewAttachment>? Attachments = null,
    DateTime? PublishAt = null,
    NewPoll? Poll = null,
    NewAudience? Audience = null,
    bool RequiresAcknowledgement = false);

/// <summary>Whom an announcement is addressed to: members of any of the groups or of any of the departments;
/// both empty means everyone who may read it.</summary>
public sealed record NewAudience(IReadOnlyList<long>? GroupIds = null, IReadOnlyList<string>? Departments = null)
{
    public const int MaxGroups = 20;
    public const int MaxDepartments = 20;
}

/// <summary>Metadata of a file already stored by the intranet.</summary>
public sealed record NewAttachment(string FileName, string ContentType, long SizeBytes, string Url);

/// <summary>The question and options of a poll post.</summary>
public sealed record NewPoll(string Question, IReadOnlyList<string> Options, DateTime? ClosesAt = null);
