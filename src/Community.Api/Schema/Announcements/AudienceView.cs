using Community.Domain.Model;

namespace Community.Api.Schema.Announcements;

/// <summary>What a reader is told of an announcement's audience: the groups among those the reader may see.</summary>
internal sealed record AudienceView(bool Everyone, IReadOnlyList<Group> Groups, IReadOnlyList<string> Departments);
