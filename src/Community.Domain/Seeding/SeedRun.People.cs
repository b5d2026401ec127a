using Bogus;
using Community.Domain.Model;

namespace Community.Domain.Seeding;

/// <summary>
/// Members with their states (a few move department) and sign-ins, groups with memberships and their periods (a few
/// members leave), and follows.
/// </summary>
internal sealed partial class SeedRun
{
    private bool[] _isGuest = [];
    private bool[] _enabled = [];
    private double[] _engagement = [];
    private DateTime[] _createdAt = [];
    private DateTime?[] _firstSignIn = [];
    private DateTime?[] _disabledAt = [];
    private DateTime[] _memberSince = [];
    private string[] _handles = [];
    private long[] _employees = [];
    private long[] _moderators = [];
    private GroupVisibility[] _groupVisibility = [];
    private DateTime[] _groupCreated = [];
    private long[][] _groupMembers = [];
    private long[] _groupOwner = [];
    private readonly Dictionary<(long Group, long Member), (DateTime Joined, DateTime? Left)> _membership = [];

    private void SeedMembers()
    {
        var count = _size.Members;
        _isGuest = new bool[count + 1];
        _enabled = new bool[count + 1];
        _engagement = new double[count + 1];
        _createdAt = new DateTime[count + 1];
        _firstSignIn = new DateTime?[count + 1];
        _disabledAt = new DateTime?[count + 1];
        _memberSince = new DateTime[count + 1];
        _handles = new string[count + 1];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var table = _writer.Table("Members", "Id", "ExternalId", "Handle", "Email", "DisplayName", "Title", "Department", "Location",
            "About", "AvatarUrl", "Skills", "Role", "Kind", "IsEnabled", "CreatedAt", "InvitedAt", "FirstSignedInAt", "LastSeenAt", "DisabledAt");
        var states = _writer.Table("MemberStates", "Id", "MemberId", "IsEnabled", "Department", "Kind", "ValidFrom", "ValidTo");
        var stage = BeginStage("Members", count);
        for (long id = 1; id <= count; id++)
        {
            var first = _faker.Name.FirstName();
            var last = _faker.Name.LastName();
            var handle = HandleFor(first, last, id, taken);
            var role = id switch
            {
                1 => MemberRole.Admin,
                <= 4 when count >= 20 => MemberRole.Moderator,
                5 when count >= 20 => MemberRole.Analyst,
                _ => MemberRole.Member,
            };
            var guest = id > 5 && _random.Bool(0.05f);

            // The first members (admin, moderators, analyst) run the community from well before the seeded period.
            var created = _start.AddDays(-_random.Double(id <= 5 ? 60 : 0, 365));
            var signedIn = id <= 5 || _random.Bool(0.9f);
            var firstSignIn = signedIn ? created.AddHours(_random.Double(0.5, 24 * 10)) : (DateTime?)null;
            firstSignIn = firstSignIn < _anchor ? firstSignIn : null;
            var disabled = id > 5 && _random.Bool(0.02f) ? Between(Max(_start, firstSignIn ?? created), _anchor) : (DateTime?)null;
            var skills = _random.ArrayElements(SeedCatalog.Skills, _random.Number(0, 5));
            var department = guest ? "Partners" : _random.ArrayElement(SeedCatalog.Departments);
            var kind = guest ? MemberKind.Guest : MemberKind.Employee;

            // A few employees move to another department during the period: their states keep the old one before the move.
            var activeUntil = Min(disabled ?? _anchor, _anchor);
            var moved = !guest && id > 5 && _random.Bool(0.04f) ? Between(Max(_start, created), activeUntil) : (DateTime?)null;
            var formerDepartment = department;
            if (moved is not null)
            {
                department = _random.ArrayElement(SeedCatalog.Departments.Where(d => d != formerDepartment).ToArray());
            }

            _isGuest[id] = guest;
            _enabled[id] = disabled is null;
            _engagement[id] = firstSignIn is null ? 0 : Math.Pow(_random.Double(), 1.5);
            _createdAt[id] = created;
            _firstSignIn[id] = firstSignIn;
            _disabledAt[id] = disabled;
            _memberSince[id] = firstSignIn ?? created;
            _handles[id] = handle;

            table.Insert(id, $"seed|{id}", handle, $"{handle}@example.com", $"{first} {last}",
                _faker.Name.JobTitle(), department,
                _random.ArrayElement(SeedCatalog.Locations), _random.Bool(0.5f) ? _faker.Lorem.Sentence(12) : null,
                $"https://avatars.example.com/{id}.png", SkillsValue(skills), (int)role,
                (int)kind, disabled is null, created, created, firstSignIn,
                SignInTimes(id).Select(t => (DateTime?)t).LastOrDefault(), disabled);
            if (moved is { } movedAt && movedAt > created)
            {
                states.Insert(NextId("MemberStates"), id, true, formerDepartment, (int)kind, created, movedAt);
                states.Insert(NextId("MemberStates"), id, true, department, (int)kind, movedAt, disabled);
            }
            else
            {
                states.Insert(NextId("MemberStates"), id, true, department, (int)kind, created, disabled);
            }

            if (disabled is not null)
            {
                states.Insert(NextId("MemberStates"), id, false, department, (int)kind, disabled, null);
            }

            stage.Step();
        }

        _employees = Enumerable.Range(1, count).Select(i => (long)i).Where(i => !_isGuest[i] && _enabled[i]).ToArray();
        _moderators = Enumerable.Range(1, Math.Min(count, 4)).Select(i => (long)i).ToArray();
        stage.Complete();
    }

    /// <summary>
    /// Whether the member could act at <paramref name="at"/>: signed in by then (every request signs in, so nothing
    /// happens before the first sign-in) and not disabled yet.
    /// </summary>
    private bool CanAct(long member, DateTime at) =>
        _firstSignIn[member] is { } first && at >= first && (_disabledAt[member] is not { } disabled || at < disabled);

    /// <summary>Whether the member could act in the group (0: the company space) at <paramref name="at"/>: able to act, and belonging to it then.</summary>
    private bool CanActIn(long groupId, long member, DateTime at) => CanAct(member, at) && BelongedAt(groupId, member, at);

    /// <summary>Whether the member could read the group (0: the company space, employees only) at <paramref name="at"/>: joined and not left.</summary>
    private bool BelongedAt(long groupId, long member, DateTime at) =>
        groupId == 0
            ? !_isGuest[member]
            : _membership.TryGetValue((groupId, member), out var stretch) && stretch.Joined <= at && (stretch.Left is not { } left || at < left);

    /// <summary>Whether the member existed and was enabled at <paramref name="at"/> (others may praise, mention or follow them).</summary>
    private bool Existed(long member, DateTime at) =>
        _createdAt[member] <= at && (_disabledAt[member] is not { } disabled || at < disabled);

    /// <summary>Someone of <paramref name="audience"/> who could act in the group at <paramref name="at"/>, or 0 after a few tries.</summary>
    private long PickActor(long[] audience, long groupId, DateTime at)
    {
        for (var tries = 0; tries < 12 && audience.Length > 0; tries++)
        {
            var member = _random.ArrayElement(audience);
            if (CanActIn(groupId, member, at))
            {
                return member;
            }
        }

        return 0;
    }

    private static string HandleFor(string first, string last, long id, HashSet<string> taken)
    {
        var stem = new string($"{first}.{last}".ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
        var handle = stem.Length > 1 && char.IsAsciiLetterOrDigit(stem[0]) ? stem : $"member{id}";
        if (!taken.Add(handle))
        {
            handle = $"{handle}{id}";
            taken.Add(handle);
        }

        return handle;
    }

    /// <summary>
    /// The member's sign-ins: the first one (its FirstSignedInAt), then at most one a day in the seeded period, more on
    /// weekdays, by engagement, never once disabled. Drawn from a randomizer of the member's own, so the members table
    /// (LastSeenAt) and the activity log agree without holding every sign-in in memory.
    /// </summary>
    private IEnumerable<DateTime> SignInTimes(long id)
    {
        if (_firstSignIn[id] is not { } first)
        {
            yield break;
        }

        yield return first;
        var random = new Randomizer(unchecked((_randomSeed * 7_919) + (int)id));
        var engagement = _engagement[id];
        var until = Min(_disabledAt[id] ?? _anchor, _anchor);
        for (var day = Max(_start.Date, first.Date.AddDays(1)); engagement > 0 && day < until; day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            var at = day.AddHours(random.Double(7, 19));
            if (random.Double() < engagement * (weekday ? 0.6 : 0.1) && at < until)
            {
                yield return at;
            }
        }
    }

    /// <summary>The sign-ins each member's activity rests on: what active-member KPIs count.</summary>
    private void SeedSignIns()
    {
        var stage = BeginStage("Sign-ins", _size.Members);
        for (long id = 1; id <= _size.Members; id++)
        {
            foreach (var at in SignInTimes(id))
            {
                Activity(id, ActivityKind.SignedIn, at);
            }

            stage.Step();
        }

        stage.Complete();
    }

    private void SeedCatalogs()
    {
        var badges = _writer.Table("Badges", "Id", "Code", "Name", "Description");
        foreach (var (code, name, description) in SeedCatalog.Badges)
        {
            badges.Insert(NextId("Badges"), code, name, description);
        }

        var topics = _writer.Table("Topics", "Id", "Name");
        foreach (var topic in SeedCatalog.Topics)
        {
            topics.Insert(NextId("Topics"), topic);
        }
    }

    private void SeedGroups()
    {
        var count = _size.Groups;
        _groupVisibility = new GroupVisibility[count + 1];
        _groupCreated = new DateTime[count + 1];
        _groupMembers = new long[count + 1][];
        _groupOwner = new long[count + 1];
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = _writer.Table("Groups", "Id", "Name", "Description", "Visibility", "CreatedById", "CreatedAt");
        var memberships = _writer.Table("GroupMemberships", "GroupId", "MemberId", "Role", "JoinedAt");
        var periods = _writer.Table("GroupMembershipPeriods", "Id", "GroupId", "MemberId", "JoinedAt", "LeftAt");
        var stage = BeginStage("Groups", count);
        var guests = Enumerable.Range(1, _size.Members).Select(i => (long)i).Where(i => _isGuest[i]).ToArray();

        // Owners signed in before the seeded period, so their groups exist when it starts (member 1 always qualifies).
        var founders = _employees.Where(m => _firstSignIn[m] < _start).ToArray();
        for (long id = 1; id <= count; id++)
        {
            var name = $"{_faker.Commerce.Department()} {_random.ArrayElement(SeedCatalog.GroupThemes)}";
            if (!names.Add(name))
            {
                name = $"{name} {id}";
                names.Add(name);
            }

            var roll = _random.Double();
            var visibility = roll < 0.7 ? GroupVisibility.Public : roll < 0.9 ? GroupVisibility.Private : GroupVisibility.Secret;
            var owner = _random.ArrayElement(founders);
            var created = Min(_memberSince[owner].AddDays(_random.Double(0, 30)), _start);
            groups.Insert(id, name, _faker.Company.CatchPhrase(), (int)visibility, owner, created);

            var share = visibility == GroupVisibility.Secret ? _random.Double(0.01, 0.05) : _random.Double(0.03, 0.25);
            var members = new HashSet<long> { owner };
            foreach (var member in _random.ArrayElements(_employees, Math.Min(_employees.Length, (int)(share * _employees.Length) + 2)))
            {
                members.Add(member);
            }

            if (visibility != GroupVisibility.Public)
            {
                foreach (var guest in guests.Where(_ => _random.Bool(0.1f)))
                {
                    members.Add(guest);
                }
            }

            var joinedMembers = new List<long>();
            var moderators = members.Where(m => m != owner).Take(2).ToHashSet();
            foreach (var member in members.Order())
            {
                var role = member == owner ? GroupRole.Owner : moderators.Contains(member) ? GroupRole.Moderator : GroupRole.Member;
                var joined = member == owner ? created : Between(Max(created, _memberSince[member]), Min(_disabledAt[member] ?? _anchor, _anchor));
                if (member != owner && !CanAct(member, joined))
                {
                    continue; // never signed in, or disabled before the group could take them
                }

                // A few members leave again: the membership goes, its period stays, closed.
                var left = role == GroupRole.Member && _random.Bool(0.05f) ? Between(joined, Min(_disabledAt[member] ?? _anchor, _anchor)) : (DateTime?)null;
                left = left > joined ? left : null;
                if (left is null)
                {
                    memberships.Insert(id, member, (int)role, joined);
                }

                periods.Insert(NextId("GroupMembershipPeriods"), id, member, joined, left);
                Activity(member, ActivityKind.GroupJoined, joined, id);
                _membership[(id, member)] = (joined, left);
                joinedMembers.Add(member);
            }

            _groupVisibility[id] = visibility;
            _groupCreated[id] = created;
            _groupMembers[id] = [.. joinedMembers];
            _groupOwner[id] = owner;
            stage.Step();
        }

        stage.Complete();
    }

    private void SeedFollows()
    {
        var follows = _writer.Table("Follows", "FollowerId", "FolloweeId", "CreatedAt");
        var total = _employees.Length * 3L;
        var seen = new HashSet<(long, long)>();
        var stage = BeginStage("Follows", total);
        for (var i = 0; i < total; i++)
        {
            var follower = _random.ArrayElement(_employees);
            var followee = _random.ArrayElement(_employees);
            var at = Between(_memberSince[follower], _anchor);
            if (follower != followee && CanAct(follower, at) && Existed(followee, at) && seen.Add((follower, followee)))
            {
                follows.Insert(follower, followee, at);
                Activity(follower, ActivityKind.MemberFollowed, at, subjectId: followee);
            }

            stage.Step();
        }

        stage.Complete();
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>Who can read something in this group (0: the company space).</summary>
    private long[] Audience(long groupId) => groupId == 0 ? _employees : _groupMembers[groupId];
}
