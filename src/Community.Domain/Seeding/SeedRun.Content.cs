using Community.Domain.Model;

namespace Community.Domain.Seeding;

/// <summary>Posts of every kind, with mentions, topics, attachments, praise and polls.</summary>
internal sealed partial class SeedRun
{
    private long[] _postGroup = [];
    private long[] _postAuthor = [];
    private DateTime[] _postPublished = [];
    private long[] _publishedPosts = [];
    private readonly List<(long PollId, long PostId, long FirstOptionId, int Options, DateTime ClosesAt)> _polls = [];

    private void SeedPosts()
    {
        var count = _size.Posts;
        _postGroup = new long[count + 1];
        _postAuthor = new long[count + 1];
        _postPublished = new DateTime[count + 1];
        var posts = _writer.Table("Posts", "Id", "GroupId", "AuthorId", "Kind", "Title", "Body", "CreatedAt", "PublishedAt", "EditedAt",
            "IsPinned", "PinnedAt", "DeletedAt", "AnnouncedAt");
        var mentions = _writer.Table("PostMentions", "PostId", "MemberId");
        var postTopics = _writer.Table("PostTopics", "PostId", "TopicId");
        var attachments = _writer.Table("PostAttachments", "Id", "PostId", "FileName", "ContentType", "SizeBytes", "Url");
        var praises = _writer.Table("Praises", "Id", "PostId", "GiverId", "BadgeId", "CreatedAt");
        var recipients = _writer.Table("PraiseRecipients", "PraiseId", "MemberId");
        var memberBadges = _writer.Table("MemberBadges", "Id", "MemberId", "BadgeId", "PraiseId", "AwardedAt");
        var polls = _writer.Table("Polls", "Id", "PostId", "Question", "ClosesAt", "ClosedAt");
        var options = _writer.Table("PollOptions", "Id", "PollId", "Text", "Position");

        // Publication times drawn first and sorted, so post ids follow time as they do in a live system.
        var times = Enumerable.Range(0, count).Select(_ => Between(_start, _anchor)).Order().ToArray();
        var published = new List<long>(count);
        var stage = BeginStage("Posts", count);
        for (long id = 1; id <= count; id++)
        {
            var groupId = _size.Groups > 0 && _random.Bool(0.85f) ? _random.Long(1, _size.Groups) : 0;
            var audience = Audience(groupId);
            var roll = _random.Double();
            var kind = roll < 0.04 ? PostKind.Announcement : roll < 0.12 ? PostKind.Poll : roll < 0.22 ? PostKind.Praise
                : roll < 0.37 ? PostKind.Question : PostKind.Update;
            var publishedAt = times[id - 1];
            var createdAt = publishedAt;
            if (_random.Bool(0.003f))
            {
                // Scheduled: written now, visible in the coming days.
                createdAt = _anchor.AddHours(-_random.Double(1, 48));
                publishedAt = _anchor.AddHours(_random.Double(1, 24 * 14));
            }

            // The group's owner (or the admin, company-wide) could post since before the period: the author when nobody else could.
            var fallback = groupId == 0 ? 1 : _groupOwner[groupId];
            var author = kind == PostKind.Announcement ? fallback : PickActor(audience, groupId, createdAt);
            author = author != 0 && (publishedAt <= _anchor || _disabledAt[author] is null) ? author : fallback;

            var mentioned = _random.Bool(0.1f) ? _random.ArrayElement(audience) : 0;
            var mentionedAt = publishedAt <= _anchor ? publishedAt : createdAt;
            mentioned = mentioned != 0 && Existed(mentioned, mentionedAt) && BelongedAt(groupId, mentioned, mentionedAt) ? mentioned : 0;
            var body = PostBodyText(kind, mentioned == 0 || mentioned == author ? null : _handles[mentioned]);
            var title = kind == PostKind.Announcement || _random.Bool(0.2f) ? _faker.Lorem.Sentence(_random.Number(3, 7)).TrimEnd('.') : null;
            var pinned = kind == PostKind.Announcement && _random.Bool(0.3f);
            var edited = _random.Bool(0.05f) && publishedAt < _anchor ? SoonAfter(publishedAt, 2) : (DateTime?)null;
            var deleted = _random.Bool(0.005f) && publishedAt < _anchor ? SoonAfter(publishedAt, 24) : (DateTime?)null;
            posts.Insert(id, groupId == 0 ? null : groupId, author, (int)kind, title, body, createdAt, publishedAt, edited,
                pinned, pinned ? publishedAt : null, deleted, publishedAt <= _anchor ? publishedAt : (DateTime?)null);
            _postGroup[id] = groupId;
            _postAuthor[id] = author;
            _postPublished[id] = publishedAt;
            if (publishedAt <= _anchor && deleted is null)
            {
                published.Add(id);
            }

            Activity(author, ActivityKind.PostPublished, publishedAt, NullIfZero(groupId), id);
            Points(author, PointsReason.PostPublished, id, publishedAt);
            if (mentioned != 0 && mentioned != author)
            {
                mentions.Insert(id, mentioned);
                Notify(mentioned, NotificationKind.Mentioned, author, publishedAt, id);
            }

            if (_random.Bool(0.4f))
            {
                foreach (var topicId in _random.ArrayElements(Enumerable.Range(1, SeedCatalog.Topics.Length).ToArray(), _random.Number(1, 2)))
                {
                    postTopics.Insert(id, topicId);
                }
            }

            if (_random.Bool(0.04f))
            {
                var file = _faker.System.CommonFileName();
                attachments.Insert(NextId("PostAttachments"), id, file, _faker.System.MimeType(), _random.Long(1_000, 20_000_000),
                    $"https://files.example.com/{id}/{file}");
            }

            if (kind == PostKind.Praise)
            {
                SeedPraise(id, author, audience, publishedAt, praises, recipients, memberBadges, groupId);
            }
            else if (kind == PostKind.Poll)
            {
                SeedPoll(id, publishedAt, polls, options);
            }

            stage.Step();
        }

        _publishedPosts = [.. published];
        stage.Complete();
    }

    private string PostBodyText(PostKind kind, string? mention)
    {
        var text = kind switch
        {
            PostKind.Question => $"{_faker.Hacker.Phrase()} Does anyone know how we handle {_faker.Commerce.ProductName().ToLowerInvariant()}?",
            PostKind.Praise => $"Big thanks for {_faker.Company.CatchPhrase().ToLowerInvariant()}! {_faker.Lorem.Sentence()}",
            PostKind.Announcement => $"**{_faker.Company.CatchPhrase()}**\n\n{_faker.Lorem.Paragraph()}\n\n- {_faker.Lorem.Sentence()}\n- {_faker.Lorem.Sentence()}",
            _ => $"{_faker.Hacker.Phrase()} {_faker.Lorem.Sentences(_random.Number(1, 3))}",
        };
        return mention is null ? text : $"{text} cc @{mention}";
    }

    private void SeedPraise(long postId, long giver, long[] audience, DateTime at, BulkTable praises, BulkTable recipients,
        BulkTable memberBadges, long groupId)
    {
        var praiseId = NextId("Praises");
        var badgeId = _random.Bool(0.5f) ? _random.Long(1, SeedCatalog.Badges.Length) : (long?)null;
        praises.Insert(praiseId, postId, giver, badgeId, at);
        Activity(giver, ActivityKind.PraiseGiven, at, NullIfZero(groupId), postId, praiseId);
        var chosen = audience.Length <= 1 ? [] : _random.ArrayElements(audience, Math.Min(audience.Length, 3))
            .Where(m => m != giver && Existed(m, at) && BelongedAt(groupId, m, at)).Take(_random.Number(1, 3));
        foreach (var recipient in chosen)
        {
            recipients.Insert(praiseId, recipient);
            Points(recipient, PointsReason.PraiseReceived, praiseId, at);
            Notify(recipient, NotificationKind.Praised, giver, at, postId);
            if (badgeId is not null)
            {
                memberBadges.Insert(NextId("MemberBadges"), recipient, badgeId, praiseId, at);
            }
        }
    }

    private void SeedPoll(long postId, DateTime at, BulkTable polls, BulkTable options)
    {
        var pollId = NextId("Polls");
        var closesAt = at.AddDays(7);
        polls.Insert(pollId, postId, $"{_faker.Hacker.Phrase().TrimEnd('!', '.')}?", closesAt, null);
        var optionCount = _random.Number(2, 4);
        long first = 0;
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var position = 0; position < optionCount; position++)
        {
            var optionId = NextId("PollOptions");
            first = first == 0 ? optionId : first;
            var text = _faker.Commerce.ProductAdjective();
            options.Insert(optionId, pollId, texts.Add(text) ? text : $"{text} ({position + 1})", position);
        }

        _polls.Add((pollId, postId, first, optionCount, closesAt));
    }

    private static long? NullIfZero(long id) => id == 0 ? null : id;
}
