namespace Community.GraphQL.Benchmarks;

/// <summary>
/// The in-memory data of the execution benchmarks: one company of 10 teams of 10 members, with
/// values derived from indices exactly as bench/node/execute-bench.mjs derives them.
/// </summary>
public sealed class BenchRoot
{
    public Company Company { get; } = Company.Create();
}

public sealed class Company
{
    public required string Name { get; init; }

    public required IReadOnlyList<Team> Teams { get; init; }

    public static Company Create()
    {
        var teams = new List<Team>();
        for (var t = 0; t < 10; t++)
        {
            var members = new List<Member>();
            for (var m = 0; m < 10; m++)
            {
                var n = (t * 10) + m;
                members.Add(new Member
                {
                    Id = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Name = $"Member {n}",
                    Email = $"member{n}@example.com",
                    Title = $"Title {n % 7}",
                    Department = $"Department {n % 5}",
                    Location = $"Location {n % 3}",
                    Age = 20 + (n % 40),
                    Score = n * 1.5,
                    Active = n % 2 == 0,
                    JoinedYear = 2000 + (n % 25),
                });
            }

            teams.Add(new Team { Id = t.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = $"Team {t}", Members = members });
        }

        return new Company { Name = "Example Company", Teams = teams };
    }
}

public sealed class Team
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<Member> Members { get; init; }
}

public sealed class Member
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string Title { get; init; }

    public required string Department { get; init; }

    public required string Location { get; init; }

    public int Age { get; init; }

    public double Score { get; init; }

    public bool Active { get; init; }

    public int JoinedYear { get; init; }
}
