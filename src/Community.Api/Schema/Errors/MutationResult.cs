using Community.Domain.Errors;
using Community.GraphQL;

namespace Community.Api.Schema.Errors;

/// <summary>
/// Runs a mutation's domain call and shapes its payload: the changed object under its field name,
/// or the domain's refusal in <c>errors</c> (the domain wrote nothing then).
/// </summary>
internal static class MutationResult
{
    /// <param name="field">The payload's field for the changed object.</param>
    /// <param name="codes">The codes the mutation's error union holds; another code is a field error with that code.</param>
    /// <param name="action">The domain call.</param>
    public static async Task<Dictionary<string, object?>> RunAsync<T>(string field, IReadOnlyCollection<string> codes, Func<Task<T>> action)
    {
        try
        {
            return new Dictionary<string, object?> { [field] = await action(), ["errors"] = null };
        }
        catch (DomainException exception) when (codes.Contains(exception.Code))
        {
            return new Dictionary<string, object?> { [field] = null, ["errors"] = new[] { new PayloadError(exception.Code, exception.Message) } };
        }
        catch (DomainException exception)
        {
            throw new GraphQLException(exception.Message, exception.Code);
        }
    }
}
