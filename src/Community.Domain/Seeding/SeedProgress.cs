namespace Community.Domain.Seeding;

/// <summary>How far a seed has come: the current stage, rows written in it, and the rows it will write.</summary>
public sealed record SeedProgress(string Stage, long Done, long Total);
