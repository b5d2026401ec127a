using Community.Domain.Model;

namespace Community.Api.Schema.Posts;

/// <summary>What <c>reactionsChanged</c> delivers: the subject and its counts, read at delivery.</summary>
internal sealed record ReactionsChange(string SubjectId, Post Post, Comment? Comment, IReadOnlyList<ReactionCount> Counts);
