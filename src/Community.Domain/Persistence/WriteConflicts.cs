using Npgsql;

namespace Community.Domain.Persistence;

/// <summary>
/// Recognizes the PostgreSQL errors that mean "another transaction got there first": a serialization
/// failure, a deadlock, or a unique key a concurrent transaction just committed. Running the operation
/// again sees the winner's rows, so the service's own checks then refuse it with the right domain error.
/// </summary>
internal static class WriteConflicts
{
    public static bool IsRetryable(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is PostgresException
                {
                    SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation,
                })
            {
                return true;
            }
        }

        return false;
    }
}
