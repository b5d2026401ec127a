using Community.GraphQL.Execution.Caching;
using Community.GraphQL.Execution.Cost;
using Community.GraphQL.Execution.Processing;
using Community.GraphQL.Execution.Values;
using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Community.GraphQL.Validation;

namespace Community.GraphQL.Execution;

/// <summary>
/// Executes requests against one schema. Each document is parsed, validated and planned once
/// and kept in an LRU cache keyed by its text, so a repeated request pays only for variable
/// coercion and resolvers. Expected failures (syntax, validation, variables, limits, resolver
/// errors, the timeout) come back as results with coded errors; the only exception thrown is
/// <see cref="OperationCanceledException"/>, when the caller's own
/// <see cref="RequestOptions.CancellationToken"/> fires.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private static readonly RequestOptions DefaultRequestOptions = new();

    private readonly ExecutorCore _core;
    private readonly OperationCostAnalysis _cost;

    public RequestExecutor(Schema schema, ExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Options = options ?? new ExecutorOptions();
        _core = new ExecutorCore(schema, Options);
        _cost = new OperationCostAnalysis(schema, Options);
        Cache = new OperationCache(Options.MaxCachedDocuments, Options.MaxCachedCharacters);
    }

    public Schema Schema => _core.Schema;

    public ExecutorOptions Options { get; }

    /// <summary>The cache of prepared documents (its <c>Count</c>, <c>Hits</c> and <c>Misses</c> serve diagnostics).</summary>
    internal OperationCache Cache { get; }

    /// <summary>The cost gate (its <c>Estimates</c> count serves diagnostics).</summary>
    internal OperationCostAnalysis CostAnalysis => _cost;

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= DefaultRequestOptions;
        options.CancellationToken.ThrowIfCancellationRequested();

        if (string.IsNullOrEmpty(request.Query))
        {
            return Task.FromResult(request.DocumentId is not null
                ? ExecutionResult.RequestError(GraphQLError.Coded("The persisted operation was not found.", ErrorCodes.PersistedOperationNotFound))
                : ExecutionResult.RequestError(GraphQLError.Coded("Must provide query string.", ErrorCodes.BadRequest)));
        }

        var document = Cache.GetOrAdd(request.Query, Prepare);
        if (document.Errors is { } documentErrors)
        {
            return Task.FromResult(ExecutionResult.RequestError(documentErrors));
        }

        var operation = document.SelectOperation(request.OperationName, out var selectionError);
        if (operation is null)
        {
            return Task.FromResult(ExecutionResult.RequestError(selectionError!));
        }

        if (options.AllowedOperations is { } allowed && !allowed.Contains(operation.Operation))
        {
            var error = GraphQLError.Coded(
                $"The {operation.Operation.ToString().ToLowerInvariant()} operation is not allowed for this request.",
                ErrorCodes.BadRequest);
            return Task.FromResult(new ExecutionResult { Errors = [error], HasData = false, IsRequestError = true, IsOperationNotAllowed = true });
        }

        var prepared = document.Prepare(Schema, operation, Options);
        if (prepared.Error is { } preparationError)
        {
            return Task.FromResult(ExecutionResult.RequestError(preparationError));
        }

        var variables = VariableCoercion.Coerce(prepared.Variables, request.Variables, Options.MaxVariables, Options.MaxVariableDepth, out var variableErrors);
        if (variableErrors is not null)
        {
            return Task.FromResult(ExecutionResult.RequestError(variableErrors));
        }

        if (_cost.Check(prepared, variables, request.Variables, options.CostReporting, out var cost) is { } costResult)
        {
            return Task.FromResult(costResult);
        }

        if (operation.Operation == OperationType.Subscription)
        {
            return SubscriptionExecution.SubscribeAsync(_core, prepared, variables, options);
        }

        var execution = ExecutionRunner.RunAsync(_core, prepared, variables, options, options.RootValue, false, options.CancellationToken);
        return options.CostReporting == CostReporting.Report ? ReportCostAsync(execution, cost) : execution;
    }

    private static async Task<ExecutionResult> ReportCostAsync(Task<ExecutionResult> execution, OperationCost cost)
    {
        var result = await execution.ConfigureAwait(false);
        result.AddExtension(OperationCostAnalysis.ExtensionKey, cost.ToExtension());
        return result;
    }

    private PreparedDocument Prepare(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, Options.ParserOptions);
        }
        catch (GraphQLSyntaxException exception)
        {
            return new PreparedDocument(null, exception.Errors);
        }

        var errors = DocumentValidator.Validate(Schema, document, Options.ValidationOptions);
        return errors.Count > 0 ? new PreparedDocument(null, errors) : new PreparedDocument(document, null);
    }
}
