using Community.Domain.Model;

namespace Community.Api.Schema.Members;

/// <summary>A member's standing on a topic; see <see cref="ExpertSchema"/> for the score.</summary>
internal sealed record Expert(Member Member, int Score, int Posts, int Answers, int Praise);
