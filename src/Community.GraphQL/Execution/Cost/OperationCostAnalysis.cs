using System.Runtime.CompilerServices;
using Community.GraphQL.Execution.Planning;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Cost;

/// <summary>
/// The cost gate between variable coercion and execution: estimates the operation's cost,
/// refuses it over <see cref="ExecutorOptions.MaxFieldCost"/> or <see cref="ExecutorOptions.MaxTypeCost"/>
/// (field cost checked first, as HotChocolate does), and answers <see cref="CostReporting.Validate"/>
/// requests without executing. When an estimate read no variable (no variable slicing argument,
/// input value or <c>@skip</c>/<c>@include</c>), every request for the operation costs the same, so
/// the estimate is kept with the prepared operation and not computed again.
/// </summary>
internal sealed class OperationCostAnalysis
{
    /// <summary>The key of the report in the response's <c>extensions</c>, as HotChocolate names it.</summary>
    public const string ExtensionKey = "operationCost";

    private readonly ConditionalWeakTable<PreparedOperation, Estimate> _constantEstimates = [];
    private readonly Schema _schema;
    private readonly ExecutorOptions _options;
    private int _estimates;

    public OperationCostAnalysis(Schema schema, ExecutorOptions options)
    {
        _schema = schema;
        _options = options;
    }

    /// <summary>
    /// Null when the operation may execute (with its <paramref name="cost"/>, to report when asked);
    /// otherwise the response to send instead: a refusal, or the report alone for <see cref="CostReporting.Validate"/>.
    /// </summary>
    public ExecutionResult? Check(
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        IReadOnlyDictionary<string, object?>? rawVariables,
        CostReporting reporting,
        out OperationCost cost)
    {
        if (!_constantEstimates.TryGetValue(operation, out var estimate))
        {
            estimate = Estimate.Of(_schema, operation, variables, rawVariables, _options, out var readVariables);
            Interlocked.Increment(ref _estimates);
            if (!readVariables)
            {
                _constantEstimates.AddOrUpdate(operation, estimate);
            }
        }

        cost = estimate.Cost;
        if (estimate.Error is { } error)
        {
            return ExecutionResult.RequestError(error);
        }

        if (reporting == CostReporting.Validate)
        {
            return new ExecutionResult { HasData = false, Extensions = Report(cost) };
        }

        GraphQLError? refusal = null;
        if (cost.FieldCost > _options.MaxFieldCost)
        {
            refusal = CostErrors.FieldCostExceeded(cost.FieldCost, _options.MaxFieldCost);
        }
        else if (cost.TypeCost > _options.MaxTypeCost)
        {
            refusal = CostErrors.TypeCostExceeded(cost.TypeCost, _options.MaxTypeCost);
        }

        if (refusal is null)
        {
            return null;
        }

        return new ExecutionResult
        {
            Errors = [refusal],
            HasData = false,
            IsRequestError = true,
            Extensions = reporting == CostReporting.Report ? Report(cost) : null,
        };
    }

    /// <summary>How many estimates were computed (for tests and diagnostics: cached ones are not counted).</summary>
    internal int Estimates => Volatile.Read(ref _estimates);

    public static Dictionary<string, object?> Report(OperationCost cost)
        => new(StringComparer.Ordinal) { [ExtensionKey] = cost.ToExtension() };

    private sealed class Estimate(OperationCost cost, GraphQLError? error)
    {
        public OperationCost Cost { get; } = cost;

        public GraphQLError? Error { get; } = error;

        public static Estimate Of(
            Schema schema,
            PreparedOperation operation,
            IReadOnlyDictionary<string, object?> variables,
            IReadOnlyDictionary<string, object?>? rawVariables,
            ExecutorOptions options,
            out bool readVariables)
        {
            var cost = OperationCostCalculator.Calculate(schema, operation, variables, rawVariables, options, out var error, out readVariables);
            return new Estimate(cost ?? default, error);
        }
    }
}
