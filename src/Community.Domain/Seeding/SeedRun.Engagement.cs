using Community.Domain.Model;

namespace Community.Domain.Seeding;

/// <summary>Comments, reactions, views and poll votes on the published posts.</summary>
internal sealed partial class SeedRun
{
    private void SeedComments()
    {
        if (_publishedPosts.Length == 0)
        {
            return;
        }

        var comments = _writer.Table("Comments", "Id", "PostId", "AuthorId", "ParentCommentId", "Body", "CreatedAt", "EditedAt", "DeletedAt");
        var lastCommentOfPost = new Dictionary<long, (long Id, DateTime At)>();
        var stage = BeginStage("Comments", _size.Comments);
        for (long attempts = 0, written = 0; written < _size.Comments && attempts < _size.Comments * 3L; attempts++)
        {
            var postId = _random.ArrayElement(_publishedPosts);
            var at = SoonAfter(_postPublished[postId], 12);
            long? parent = null;
            if (lastCommentOfPost.TryGetValue(postId, out var previous) && _random.Bool(0.3f))
            {
                parent = previous.Id;
                at = SoonAfter(previous.At, 6);
            }

            var author = PickActor(Audience(_postGroup[postId]), _postGroup[postId], at);
            if (author == 0)
            {
                continue;
            }

            var id = NextId("Comments");
            comments.Insert(id, postId, author, parent, _faker.Lorem.Sentences(_random.Number(1, 2)), at, null, null);
            lastCommentOfPost[postId] = (id, at);
            Activity(author, ActivityKind.CommentAdded, at, NullIfZero(_postGroup[postId]), postId, id);
            Points(author, PointsReason.CommentAdded, id, at);
            written++;
            stage.Step();
        }

        stage.Complete();
    }

    private void SeedReactions()
    {
        if (_publishedPosts.Length == 0)
        {
            return;
        }

        var reactions = _writer.Table("Reactions", "Id", "PostId", "CommentId", "MemberId", "Kind", "CreatedAt");
        var periods = _writer.Table("ReactionPeriods", "Id", "ReactionId", "PostId", "CommentId", "MemberId", "Kind", "GivenAt", "WithdrawnAt");
        var seen = new HashSet<long>();
        var stage = BeginStage("Reactions", _size.Reactions);
        for (long attempts = 0, written = 0; written < _size.Reactions && attempts < _size.Reactions * 3L; attempts++)
        {
            var postId = _random.ArrayElement(_publishedPosts);
            var member = _random.ArrayElement(Audience(_postGroup[postId]));
            var at = SoonAfter(_postPublished[postId], 8);
            if (!CanActIn(_postGroup[postId], member, at) || !seen.Add((postId << 24) | member))
            {
                continue;
            }

            var roll = _random.Double();
            var kind = roll < 0.5 ? ReactionKind.Like : roll < 0.7 ? ReactionKind.Celebrate : roll < 0.82 ? ReactionKind.Support
                : roll < 0.94 ? ReactionKind.Insightful : ReactionKind.Funny;
            var id = NextId("Reactions");
            Activity(member, ActivityKind.ReactionAdded, at, NullIfZero(_postGroup[postId]), postId, id);
            if (member != _postAuthor[postId])
            {
                Points(_postAuthor[postId], PointsReason.ReactionReceived, id, at);
            }

            // A few are withdrawn later: the reaction row goes, its period stays closed, the author's points go back.
            var withdrawn = _random.Bool(0.03f) ? SoonAfter(at, 48) : (DateTime?)null;
            if (withdrawn is { } until && until > at && until < _anchor && CanAct(member, until))
            {
                periods.Insert(NextId("ReactionPeriods"), id, postId, null, member, (int)kind, at, until);
                if (member != _postAuthor[postId])
                {
                    Points(_postAuthor[postId], PointsReason.ReactionWithdrawn, id, until);
                }
            }
            else
            {
                reactions.Insert(id, postId, null, member, (int)kind, at);
                periods.Insert(NextId("ReactionPeriods"), id, postId, null, member, (int)kind, at, null);
            }

            written++;
            stage.Step();
        }

        stage.Complete();
    }

    private void SeedViews()
    {
        if (_publishedPosts.Length == 0)
        {
            return;
        }

        var views = _writer.Table("PostViews", "Id", "PostId", "MemberId", "ViewedAt");
        var stage = BeginStage("Views", _size.Views);
        for (long attempts = 0, written = 0; written < _size.Views && attempts < _size.Views * 3L; attempts++)
        {
            var postId = _random.ArrayElement(_publishedPosts);
            var at = SoonAfter(_postPublished[postId], 6);
            var member = PickActor(Audience(_postGroup[postId]), _postGroup[postId], at);
            if (member == 0)
            {
                continue;
            }

            views.Insert(NextId("PostViews"), postId, member, at);
            Activity(member, ActivityKind.PostViewed, at, NullIfZero(_postGroup[postId]), postId);
            written++;
            stage.Step();
        }

        stage.Complete();
    }

    private void SeedPollVotes()
    {
        var votes = _writer.Table("PollVotes", "Id", "PollId", "OptionId", "MemberId", "VotedAt");
        var stage = BeginStage("Poll votes", _polls.Count);
        foreach (var poll in _polls)
        {
            var published = _postPublished[poll.PostId];
            if (published < _anchor)
            {
                var audience = Audience(_postGroup[poll.PostId]);
                foreach (var voter in _random.ArrayElements(audience, _random.Number(0, Math.Min(audience.Length, 40))))
                {
                    var at = Between(published, Min(poll.ClosesAt, _anchor));
                    if (!CanActIn(_postGroup[poll.PostId], voter, at))
                    {
                        continue;
                    }

                    votes.Insert(NextId("PollVotes"), poll.PollId, poll.FirstOptionId + _random.Number(0, poll.Options - 1), voter, at);
                    Activity(voter, ActivityKind.PollVoted, at, NullIfZero(_postGroup[poll.PostId]), poll.PostId, poll.PollId);
                }
            }

            stage.Step();
        }

        stage.Complete();
    }
}
