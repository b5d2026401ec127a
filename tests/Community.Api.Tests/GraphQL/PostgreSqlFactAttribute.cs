namespace Community.Api.Tests.GraphQL;

/// <summary>A test that needs a PostgreSQL server: skipped unless <c>COMMUNITY_TEST_POSTGRES</c> holds a connection string to one.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public const string Variable = "COMMUNITY_TEST_POSTGRES";

    public PostgreSqlFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"Set {Variable} to a PostgreSQL connection string (a role that may create databases) to run this test.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
