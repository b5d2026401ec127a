namespace Community.Domain.Persistence;

/// <summary>The database engines the community runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>One embedded file; the default.</summary>
    Sqlite = 0,

    /// <summary>A shared server for several API nodes.</summary>
    PostgreSql = 1,
}
