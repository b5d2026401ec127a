namespace Community.GraphQL.Execution.Cost;

/// <summary>
/// The two measures of the cost specification for one operation: the field cost (the work of
/// resolving: field, argument and directive weights, multiplied through list sizes) and the type
/// cost (how many objects the response may hold, by type weight).
/// </summary>
internal readonly record struct OperationCost(double FieldCost, double TypeCost)
{
    /// <summary><c>{ "fieldCost": ..., "typeCost": ... }</c>, as HotChocolate reports it under <c>extensions.operationCost</c>.</summary>
    public Dictionary<string, object?> ToExtension() => new(StringComparer.Ordinal)
    {
        ["fieldCost"] = AsJsonNumber(FieldCost),
        ["typeCost"] = AsJsonNumber(TypeCost),
    };

    /// <summary>A whole cost as a long (written without a fraction), any other as a double.</summary>
    /// <remarks>Lists nested deep enough overflow to infinity, which JSON cannot write: the largest double stands for it.</remarks>
    public static object AsJsonNumber(double value)
    {
        value = Math.Min(value, double.MaxValue);
        return Math.Floor(value) == value && Math.Abs(value) < 9e15 ? (long)value : value;
    }
}
