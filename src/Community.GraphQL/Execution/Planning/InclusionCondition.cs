namespace Community.GraphQL.Execution.Planning;

/// <summary>
/// A <c>@skip(if: $v)</c> or <c>@include(if: $v)</c> that depends on a variable: the selection is
/// kept when the variable's value equals <see cref="Expected"/>. Constant conditions are folded
/// away when the plan is built.
/// </summary>
internal readonly record struct InclusionCondition(string Variable, bool Expected)
{
    public bool IsSatisfied(IReadOnlyDictionary<string, object?> variables)
        => variables.TryGetValue(Variable, out var value) && value is bool b && b == Expected;

    public static bool AllSatisfied(InclusionCondition[] conditions, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var condition in conditions)
        {
            if (!condition.IsSatisfied(variables))
            {
                return false;
            }
        }

        return true;
    }
}
