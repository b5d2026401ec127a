using Community.Domain.Model;

namespace Community.Domain.Seeding;

/// <summary>Events with registrations, waitlists and check-ins; surveys with responses; moderation reports.</summary>
internal sealed partial class SeedRun
{
    private void SeedEvents()
    {
        var events = _writer.Table("Events", "Id", "GroupId", "OrganizerId", "Title", "Description", "StartsAt", "EndsAt", "TimeZone",
            "Format", "Location", "OnlineUrl", "Capacity", "WaitlistEnabled", "RegisteredCount", "CreatedAt", "CancelledAt");
        var registrations = _writer.Table("EventRegistrations", "Id", "EventId", "MemberId", "Status", "RegisteredAt", "PromotedAt",
            "CancelledAt", "CheckedInAt");
        var changes = _writer.Table("RegistrationChanges", "Id", "RegistrationId", "EventId", "MemberId", "Status", "ChangedAt");
        var stage = BeginStage("Events", _size.Events);
        for (long id = 1; id <= _size.Events; id++)
        {
            var groupId = _size.Groups > 0 && _random.Bool(0.7f) ? _random.Long(1, _size.Groups) : 0;
            var audience = Audience(groupId);
            var startsAt = Between(_start, _anchor.AddDays(60)).Date.AddHours(_random.Number(8, 18));
            var endsAt = startsAt.AddHours(_random.Number(1, 3));

            // Created by someone who could post in the space then; else by its owner (or the admin), once the space existed.
            var createdAt = Min(startsAt.AddDays(-_random.Double(7, 45)), _anchor);
            var organizer = PickActor(audience, groupId, createdAt);
            if (organizer == 0)
            {
                organizer = groupId == 0 ? 1 : _groupOwner[groupId];
                createdAt = Max(createdAt, groupId == 0 ? _memberSince[1] : _groupCreated[groupId]);
            }

            var capacity = _random.Bool(0.6f) ? _random.Number(10, 150) : (int?)null;
            var waitlist = _random.Bool(0.5f);
            var cancelled = _random.Bool(0.03f) ? Between(createdAt, startsAt) : (DateTime?)null;
            cancelled = cancelled is { } at0 && at0 < _anchor && CanAct(organizer, at0) ? cancelled : null;
            var format = _random.Enum<EventFormat>();

            var wanted = _random.Number(0, Math.Min(audience.Length, (int)((capacity ?? 80) * 1.2)));
            var plan = new List<(long Member, RegistrationStatus Status, DateTime At)>();
            var seats = 0;
            var registrationsClose = Min(Min(startsAt, _anchor), cancelled ?? DateTime.MaxValue);
            foreach (var member in _random.ArrayElements(audience, wanted))
            {
                var at = Between(createdAt, registrationsClose);
                if (at >= registrationsClose || !CanActIn(groupId, member, at))
                {
                    continue;
                }

                if (capacity is null || seats < capacity)
                {
                    seats++;
                    plan.Add((member, RegistrationStatus.Registered, at));
                }
                else if (waitlist)
                {
                    plan.Add((member, RegistrationStatus.Waitlisted, at));
                }
            }

            events.Insert(id, NullIfZero(groupId), organizer, $"{_faker.Company.CatchPhrase()} {_random.ArrayElement(["meetup", "workshop", "town hall", "talk", "lunch & learn"])}",
                _faker.Lorem.Paragraph(), startsAt, endsAt, _random.ArrayElement(SeedCatalog.TimeZones), (int)format,
                format == EventFormat.Online ? "" : _random.ArrayElement(SeedCatalog.Locations),
                format == EventFormat.Onsite ? "" : $"https://meet.example.com/{id}", capacity, waitlist, seats, createdAt, cancelled);
            var attended = cancelled is null && endsAt <= _anchor;
            foreach (var (member, status, at) in plan)
            {
                var registrationId = NextId("EventRegistrations");
                var checkedIn = attended && status == RegistrationStatus.Registered && _random.Bool(0.75f)
                    ? startsAt.AddMinutes(_random.Double(-15, 30)) : (DateTime?)null;
                checkedIn = checkedIn is { } arrived && CanAct(member, arrived) ? checkedIn : null;
                registrations.Insert(registrationId, id, member, (int)status, at, null, null, checkedIn);
                changes.Insert(NextId("RegistrationChanges"), registrationId, id, member, (int)status, at);
                Activity(member, ActivityKind.EventRegistered, at, NullIfZero(groupId), subjectId: id);
                if (checkedIn is { } attendedAt)
                {
                    Activity(member, ActivityKind.EventAttended, attendedAt, NullIfZero(groupId), subjectId: id);
                    Points(member, PointsReason.EventAttended, registrationId, attendedAt);
                }

                if (cancelled is { } cancelledAt && cancelledAt > at)
                {
                    Notify(member, NotificationKind.EventCancelled, organizer, cancelledAt, eventId: id);
                }
            }

            stage.Step();
        }

        stage.Complete();
    }

    private void SeedSurveys()
    {
        var surveys = _writer.Table("Surveys", "Id", "Title", "Question", "GroupId", "CreatedById", "OpensAt", "ClosesAt", "CreatedAt");
        var responses = _writer.Table("SurveyResponses", "Id", "SurveyId", "MemberId", "Score", "Comment", "SubmittedAt");
        var stage = BeginStage("Surveys", _size.Surveys);
        for (long id = 1; id <= _size.Surveys; id++)
        {
            var opensAt = _start.AddDays((double)_size.Days * (id - 1) / Math.Max(1, _size.Surveys));
            var closesAt = opensAt.AddDays(14);
            surveys.Insert(id, $"Pulse survey #{id}", "How likely are you to recommend working here to a friend?", null, 1L, opensAt, closesAt,
                opensAt.AddDays(-1));
            foreach (var member in _employees.Where(_ => _random.Bool(0.3f)))
            {
                var at = Between(opensAt, Min(closesAt, _anchor));
                if (at >= _anchor || !CanAct(member, at))
                {
                    continue;
                }

                // Scores cluster around 7-8, like real pulse surveys.
                var gaussian = Math.Sqrt(-2 * Math.Log(1 - _random.Double())) * Math.Cos(2 * Math.PI * _random.Double());
                var score = Math.Clamp((int)Math.Round(7.5 + 2 * gaussian), Survey.MinScore, Survey.MaxScore);
                responses.Insert(NextId("SurveyResponses"), id, member, score, _random.Bool(0.2f) ? _faker.Lorem.Sentence() : null, at);
                Activity(member, ActivityKind.SurveyAnswered, at, subjectId: id);
            }

            stage.Step();
        }

        stage.Complete();
    }

    private void SeedReports()
    {
        if (_publishedPosts.Length == 0)
        {
            return;
        }

        var reports = _writer.Table("Reports", "Id", "ReporterId", "PostId", "CommentId", "Reason", "Status", "CreatedAt", "ResolvedById", "ResolvedAt");
        var count = _size.Posts / 1_000 + 3;
        for (var i = 0; i < count; i++)
        {
            var postId = _random.ArrayElement(_publishedPosts);
            var at = SoonAfter(_postPublished[postId], 24);
            var reporter = PickActor(Audience(_postGroup[postId]), _postGroup[postId], at);
            if (reporter == 0)
            {
                continue;
            }

            var resolved = _random.Bool(0.5f) && at < _anchor;
            reports.Insert(NextId("Reports"), reporter, postId, null, _random.ArrayElement(["Off-topic", "Spam", "Inappropriate language", "Confidential information"]),
                (int)(resolved ? ReportStatus.Dismissed : ReportStatus.Open), at,
                resolved ? _random.ArrayElement(_moderators) : null, resolved ? SoonAfter(at, 12) : null);
        }
    }
}
