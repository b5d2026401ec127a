namespace Community.Domain.Seeding;

/// <summary>
/// What makes a seed reproducible: the random seed, and the <paramref name="Anchor"/> time the data
/// leads up to (today at midnight UTC by default, so a demo looks recent).
/// </summary>
public sealed record SeedOptions(int RandomSeed = SeedOptions.DefaultRandomSeed, DateTime? Anchor = null)
{
    public const int DefaultRandomSeed = 20_240_917;

    public static SeedOptions Default { get; } = new();

    public DateTime AnchorTime(TimeProvider clock) =>
        DateTime.SpecifyKind(Anchor ?? clock.GetUtcNow().UtcDateTime.Date, DateTimeKind.Utc);
}
