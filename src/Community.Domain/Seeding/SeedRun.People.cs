using Community.Domain.Model;

namespace Community.Domain.Seeding;

/// <summary>Members, their sign-ins, groups with memberships, and follows.</summary>
internal sealed partial class SeedRun
{
    private bool[] _isGuest = [];
    private bool[] _enabled = [];
    private double[] _engagement = [];
    private DateTime[] _memberSince = [];
    private string[] _handles = [];
    private long[] _employees = [];
    private long[] _moderators = [];
    private GroupVisibility[] _groupVisibility = [];
    private long[][] _groupMembers = [];
    private long[] _groupOwner = [];

    private void SeedMembers()
    {
        var count = _size.Members;
        _isGuest = new bool[count + 1];
        _enabled = new bool[count + 1];
        _engagement = new double[count + 1];
        _memberSince = new DateTime[count + 1];
        _handles = new string[count + 1];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var table = _writer.Table("Members", "Id", "ExternalId", "Handle", "Email", "DisplayName", "Title", "Department", "Location",
            "About", "AvatarUrl", "Skills", "Role", "Kind", "IsEnabled", "CreatedAt", "InvitedAt", "FirstSignedInAt", "LastSeenAt", "DisabledAt");
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
            var created = _start.AddDays(-_random.Double(0, 365));
            var signedIn = id <= 5 || _random.Bool(0.9f);
            var firstSignIn = signedIn ? created.AddHours(_random.Double(0.5, 24 * 10)) : (DateTime?)null;
            var disabled = id > 5 && _random.Bool(0.02f) ? Between(_start, _anchor) : (DateTime?)null;
            var skills = _random.ArrayElements(SeedCatalog.Skills, _random.Number(0, 5));

            _isGuest[id] = guest;
            _enabled[id] = disabled is null;
            _engagement[id] = signedIn ? Math.Pow(_random.Double(), 1.5) : 0;
            _memberSince[id] = firstSignIn ?? created;
            _handles[id] = handle;

            table.Insert(id, $"seed|{id}", handle, $"{handle}@example.com", $"{first} {last}",
                _faker.Name.JobTitle(), guest ? "Partners" : _random.ArrayElement(SeedCatalog.Departments),
                _random.ArrayElement(SeedCatalog.Locations), _random.Bool(0.5f) ? _faker.Lorem.Sentence(12) : null,
                $"https://avatars.example.com/{id}.png", SkillsValue(skills), (int)role,
                (int)(guest ? MemberKind.Guest : MemberKind.Employee), disabled is null, created, created, firstSignIn,
                firstSignIn is null ? null : Between(firstSignIn.Value, _anchor), disabled);
            stage.Step();
        }

        _employees = Enumerable.Range(1, count).Select(i => (long)i).Where(i => !_isGuest[i] && _enabled[i]).ToArray();
        _moderators = Enumerable.Range(1, Math.Min(count, 4)).Select(i => (long)i).ToArray();
        stage.Complete();
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

    /// <summary>Daily sign-ins, more on weekdays, by each member's engagement: what active-member KPIs count.</summary>
    private void SeedSignIns()
    {
        var stage = BeginStage("Sign-ins", _size.Members);
        for (long id = 1; id <= _size.Members; id++)
        {
            var engagement = _engagement[id];
            for (var day = _start.Date; engagement > 0 && day < _anchor; day = day.AddDays(1))
            {
                var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
                if (day >= _memberSince[id] && _random.Double() < engagement * (weekday ? 0.6 : 0.1))
                {
                    Activity(id, ActivityKind.SignedIn, day.AddHours(_random.Double(7, 19)));
                }
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
        _groupMembers = new long[count + 1][];
        _groupOwner = new long[count + 1];
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = _writer.Table("Groups", "Id", "Name", "Description", "Visibility", "CreatedById", "CreatedAt");
        var memberships = _writer.Table("GroupMemberships", "GroupId", "MemberId", "Role", "JoinedAt");
        var stage = BeginStage("Groups", count);
        var guests = Enumerable.Range(1, _size.Members).Select(i => (long)i).Where(i => _isGuest[i]).ToArray();
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
            var owner = _random.ArrayElement(_employees);
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

            var moderators = members.Where(m => m != owner).Take(2).ToHashSet();
            foreach (var member in members)
            {
                var role = member == owner ? GroupRole.Owner : moderators.Contains(member) ? GroupRole.Moderator : GroupRole.Member;
                var joined = member == owner ? created : Between(Max(created, _memberSince[member]), _anchor);
                memberships.Insert(id, member, (int)role, joined);
                Activity(member, ActivityKind.GroupJoined, joined, id);
            }

            _groupVisibility[id] = visibility;
            _groupMembers[id] = [.. members.Order()];
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
            if (follower != followee && seen.Add((follower, followee)))
            {
                var at = Between(_memberSince[follower], _anchor);
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
