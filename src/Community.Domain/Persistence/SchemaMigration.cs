namespace Community.Domain.Persistence;

/// <summary>One versioned SQL script of a provider's schema.</summary>
public sealed record SchemaMigration(int Version, string Name, string Sql);
