namespace Community.GraphQL.Execution;

/// <summary>
/// What a request asks of cost analysis beyond the limits, as HotChocolate's
/// <c>GraphQL-Cost</c> request header does (<c>report</c>, <c>validate</c>).
/// </summary>
public enum CostReporting
{
    /// <summary>Enforce the limits; say nothing of the cost.</summary>
    None,

    /// <summary>Enforce the limits, execute, and add <c>extensions.operationCost</c> to the response (also to a refusal).</summary>
    Report,

    /// <summary>Do not execute: answer with <c>extensions.operationCost</c> alone, whatever the limits.</summary>
    Validate,
}
