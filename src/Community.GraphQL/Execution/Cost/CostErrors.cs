using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Execution.Cost;

/// <summary>The errors of cost analysis, each written once, with HotChocolate's codes and extension names.</summary>
internal static class CostErrors
{
    public static GraphQLError FieldCostExceeded(double cost, double limit) => new(
        $"The maximum allowed field cost was exceeded: the operation's field cost is {Format(cost)}, the limit is {Format(limit)}. Ask for smaller pages or fewer nested lists.",
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = ErrorCodes.CostExceeded,
            ["fieldCost"] = OperationCost.AsJsonNumber(cost),
            ["maxFieldCost"] = OperationCost.AsJsonNumber(limit),
        });

    public static GraphQLError TypeCostExceeded(double cost, double limit) => new(
        $"The maximum allowed type cost was exceeded: the operation's type cost is {Format(cost)}, the limit is {Format(limit)}. Ask for smaller pages or fewer nested lists.",
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = ErrorCodes.CostExceeded,
            ["typeCost"] = OperationCost.AsJsonNumber(cost),
            ["maxTypeCost"] = OperationCost.AsJsonNumber(limit),
        });

    public static GraphQLError ExactlyOneSlicingArgument(string coordinate, IReadOnlyList<string> slicingArguments, int given, FieldNode field, IReadOnlyList<object> path) => new(
        $"Exactly one slicing argument must be defined: field \"{coordinate}\" needs one of {string.Join(", ", slicingArguments.Select(a => $"\"{a}\""))}, and {given} {(given == 1 ? "was" : "were")} given.",
        field.Location.IsNone ? null : [new SourceLocation(field.Location.Line, field.Location.Column)],
        path,
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.OneSlicingArgumentRequired });

    public static GraphQLError TooLargeToEstimate(int budget) => GraphQLError.Coded(
        $"The operation is too large to estimate its cost: its selections for every possible type expand to more than {budget} fields.",
        ErrorCodes.DocumentTooLarge);

    private static string Format(double value) => Math.Min(value, double.MaxValue).ToString(value < 1e15 ? "#,0.###" : "G6", CultureInfo.InvariantCulture);
}
