using Community.Domain.Errors;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>
/// Runs the same operation from several requests at once: each racer has its own context (its own
/// connection), and all start together. An outcome is "ok" or the DomainException's code; any other
/// exception (a raw database error) fails the test.
/// </summary>
public static class Race
{
    public const string Ok = "ok";

    public static async Task<string[]> RunAsync(TestCommunity community, int racers, Func<CommunityDbContext, int, Task> operation)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, racers).Select(racer => Task.Run(async () =>
        {
            await using var context = community.Database.NewContext();
            // Open first, so connecting does not stagger the start.
            await context.Database.OpenConnectionAsync();
            await start.Task;
            try
            {
                await operation(context, racer);
                return Ok;
            }
            catch (DomainException error)
            {
                return error.Code;
            }
        })).ToArray();

        start.SetResult();
        return (await Task.WhenAll(attempts)).Order(StringComparer.Ordinal).ToArray();
    }
}
