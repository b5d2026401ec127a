using Community.Domain.Errors;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>Assertions for refused operations: the error code, and a database left as it was.</summary>
public static class DomainAssert
{
    public static async Task<DomainException> RefusedAsync(string expectedCode, Func<Task> operation)
    {
        var exception = await Assert.ThrowsAsync<DomainException>(operation);
        Assert.Equal(expectedCode, exception.Code);
        return exception;
    }

    /// <summary>The operation fails with <paramref name="expectedCode"/> and leaves every row of every table unchanged.</summary>
    public static async Task RefusedUnchangedAsync(TestDatabase database, string expectedCode, Func<Task> operation)
    {
        var before = database.Fingerprint();
        await RefusedAsync(expectedCode, operation);
        Assert.Equal(before, database.Fingerprint());
    }
}
