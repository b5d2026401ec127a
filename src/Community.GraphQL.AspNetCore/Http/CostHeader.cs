using Community.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Community.GraphQL.AspNetCore.Http;

/// <summary>
/// The <c>GraphQL-Cost</c> request header, as HotChocolate reads it: <c>report</c> adds the
/// operation's estimated cost to the response's <c>extensions.operationCost</c>, <c>validate</c>
/// answers with the cost alone without executing. Any other value is ignored.
/// </summary>
internal static class CostHeader
{
    public const string Name = "GraphQL-Cost";

    public static CostReporting Read(HttpRequest request)
    {
        var value = request.Headers[Name].FirstOrDefault()?.Trim();
        if (string.Equals(value, "report", StringComparison.OrdinalIgnoreCase))
        {
            return CostReporting.Report;
        }

        return string.Equals(value, "validate", StringComparison.OrdinalIgnoreCase) ? CostReporting.Validate : CostReporting.None;
    }
}
