namespace Community.Domain.Seeding;

/// <summary>How much data the seed generator writes. <see cref="Demo"/> starts a server with something to
/// show; <see cref="Large"/> is the benchmark data set; <see cref="Custom"/> keeps tests fast.</summary>
public sealed record SeedSize(
    string Name,
    int Members,
    int Groups,
    int Posts,
    int Comments,
    int Reactions,
    int Views,
    int Events,
    int Surveys,
    int Days)
{
    public static SeedSize Demo { get; } = new("demo", Members: 300, Groups: 12, Posts: 3_000, Comments: 6_000,
        Reactions: 15_000, Views: 30_000, Events: 40, Surveys: 3, Days: 90);

    public static SeedSize Large { get; } = new("large", Members: 10_000, Groups: 200, Posts: 200_000, Comments: 400_000,
        Reactions: 1_000_000, Views: 2_000_000, Events: 1_000, Surveys: 12, Days: 365);

    public static SeedSize Custom(int members, int groups, int posts, int comments = 0, int reactions = 0, int views = 0,
        int events = 0, int surveys = 0, int days = 30) =>
        new("custom", members, groups, posts, comments, reactions, views, events, surveys, days);

    /// <summary>Parses <c>demo</c> or <c>large</c> (case-insensitive).</summary>
    public static SeedSize Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "demo" => Demo,
        "large" => Large,
        _ => throw new ArgumentException($"Unknown seed size '{name}'; use 'demo' or 'large'.", nameof(name)),
    };
}
