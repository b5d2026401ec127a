using System.Collections;
using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.Channels;
using Community.GraphQL.Execution.Batching;
using Community.GraphQL.Execution.Planning;
using Community.GraphQL.Execution.Values;
using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Inspector = Community.GraphQL.ValueInspector;

namespace Community.GraphQL.Execution.Processing;

/// <summary>
/// Runs one operation (or one subscription event) to a result. Work is a queue of field tasks
/// processed on one logical thread: synchronous resolvers complete inline, asynchronous ones
/// run concurrently and hand their results back through a channel. Whenever no synchronous work
/// is left, queued DataLoader batches are dispatched, so loads of a whole level share one batch.
/// Mutation root fields run one after another, each with everything beneath it.
/// </summary>
internal sealed class OperationExecution
{
    private readonly ExecutorCore _core;
    private readonly PreparedOperation _prepared;
    private readonly RequestOptions _options;
    private readonly object? _rootValue;
    private readonly bool _isSubscriptionEvent;
    private readonly Queue<FieldTask> _work = new();
    private readonly Channel<FieldTask?> _completed = Channel.CreateUnbounded<FieldTask?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<(GraphQLError Error, int[]? Order)> _errors = [];
    private readonly BatchDispatcher _dispatcher;
    private int _pending;

    /// <summary>
    /// Fields with the default resolver run as soon as they are reached, on task objects that
    /// are reused; nesting of such inline runs is capped so the stack stays shallow.
    /// </summary>
    private const int MaxInlineDepth = 32;
    private readonly Stack<FieldTask> _spareTasks = new();
    private int _inlineDepth;

    public OperationExecution(
        ExecutorCore core,
        PreparedOperation prepared,
        IReadOnlyDictionary<string, object?> variables,
        RequestOptions options,
        object? rootValue,
        bool isSubscriptionEvent,
        CancellationToken cancellationToken,
        IDictionary<string, object?>? requestData = null)
    {
        _core = core;
        _prepared = prepared;
        _options = options;
        _rootValue = rootValue;
        _isSubscriptionEvent = isSubscriptionEvent;
        Variables = variables;
        CancellationToken = cancellationToken;
        // A null in the channel only wakes the loop up, so that it dispatches the scheduled batches.
        _dispatcher = new BatchDispatcher(() => _completed.Writer.TryWrite(null));
        RequestData = requestData ?? CreateRequestData(options);
        RequestData[BatchDispatcher.RequestDataKey] = _dispatcher;
    }

    public Schema Schema => _core.Schema;

    public OperationDefinitionNode Operation => _prepared.Operation;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public CancellationToken CancellationToken { get; }

    public IServiceProvider Services => _options.Services ?? EmptyServiceProvider.Instance;

    public ClaimsPrincipal? User => _options.User;

    public IDictionary<string, object?> RequestData { get; }

    public static IDictionary<string, object?> CreateRequestData(RequestOptions options)
        => options.RequestData is { } initial
            ? new ConcurrentDictionary<string, object?>(initial, StringComparer.Ordinal)
            : new ConcurrentDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// Executes the root selection set. Throws <see cref="OperationCanceledException"/> when
    /// <see cref="CancellationToken"/> fires; the caller tells a timeout from the client going away.
    /// </summary>
    public async Task<ExecutionResult> RunAsync()
    {
        var plan = _prepared.RootPlan!;
        var root = ResultMap.Rent(plan, null, -1);
        if (_prepared.Operation.Operation == OperationType.Mutation)
        {
            for (var i = 0; i < plan.Fields.Length && !root.IsInvalidated; i++)
            {
                if (EnqueueField(root, plan.Type, _rootValue, i))
                {
                    await DrainAsync().ConfigureAwait(false);
                }
            }
        }
        else
        {
            EnqueueFields(root, plan.Type, _rootValue);
            await DrainAsync().ConfigureAwait(false);
        }

        var result = new ExecutionResult { Data = root.IsInvalidated ? null : root, Errors = SortedErrors() };
        if (!root.IsInvalidated)
        {
            result.OnDispose(() => Release(root));
        }

        return result;
    }

    /// <summary>The coerced arguments of a root field and its context, for a subscription's source stream.</summary>
    public FieldTask CreateRootTask(int index)
    {
        var plan = _prepared.RootPlan!;
        var root = ResultMap.Rent(plan, null, -1);
        var task = new FieldTask(this, plan.Fields[index], plan.Type, _rootValue, root, index);
        task.Arguments = CoerceArguments(task.Plan);
        return task;
    }

    public void ReportError(GraphQLError error, FieldTask task)
    {
        var path = ResponsePath.Of(task.Target, task.Slot);
        AddError(Locate(error, task.Plan, path), path.Order);
    }

    public IReadOnlyList<GraphQLError>? SortedErrors()
    {
        lock (_errors)
        {
            if (_errors.Count == 0)
            {
                return null;
            }

            // A stable sort: errors in the order their fields appear in the response.
            return _errors.OrderBy(e => e.Order, Comparer<int[]?>.Create(ResponsePath.Compare)).Select(e => e.Error).ToList();
        }
    }

    private static void Release(ResultMap root)
    {
        var stack = new Stack<ResultNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            stack.Pop().Release(stack);
        }
    }

    private void EnqueueFields(ResultMap map, ObjectType type, object? parent)
    {
        for (var i = 0; i < map.Length; i++)
        {
            EnqueueField(map, type, parent, i);
        }
    }

    /// <summary>Runs (default resolver) or queues one field of a map; false when nothing is left to run for it.</summary>
    private bool EnqueueField(ResultMap map, ObjectType type, object? parent, int index)
    {
        var field = map.Plan.Fields[index];
        if (field.Alternatives is not null && !field.IsIncluded(Variables))
        {
            map.SetValue(index, ResultMap.Excluded);
            return false;
        }

        if (field.Kind == FieldKind.TypeName)
        {
            map.SetValue(index, type.Name);
            return false;
        }

        // A subscription event's root field resolves to the event itself, not to a member of it.
        var hasDefaultResolver = field.Definition!.Resolver is null && !(_isSubscriptionEvent && map.Parent is null);
        if (hasDefaultResolver && field.LeafScalar is { } scalar && field.ConstantArguments is not null && TryCompleteLeaf(map, type, parent, index, field, scalar))
        {
            return false;
        }

        if ((hasDefaultResolver || field.ReleasesContext) && _inlineDepth < MaxInlineDepth)
        {
            // No resolver keeps this task (only a type resolver or an introspection resolver sees it,
            // synchronously): run it now on a reused task object. Introspection tasks go back in Execute.
            _inlineDepth++;
            var task = RentTask(field, type, parent, map, index);
            Execute(task);
            if (hasDefaultResolver)
            {
                _spareTasks.Push(task);
            }

            _inlineDepth--;
            return true;
        }

        _work.Enqueue(RentTask(field, type, parent, map, index));
        return true;
    }

    /// <summary>
    /// The shortest path, for a scalar field with the default resolver and a parent whose type
    /// the field has seen: read the member and store the value. False (nothing done) when the
    /// getter is not known yet; a value that needs serializing, or a failure, goes the usual way.
    /// </summary>
    private bool TryCompleteLeaf(ResultMap map, ObjectType type, object? parent, int index, FieldPlan field, ScalarType scalar)
    {
        if (parent is null || field.LastGetter is not { } cached || !ReferenceEquals(cached.Type, parent.GetType()))
        {
            return false;
        }

        if (map.IsInvalidated)
        {
            // A sibling already nulled this map: nothing more is resolved in it.
            return true;
        }

        object? value = null;
        Exception? failure = null;
        try
        {
            value = cached.Getter?.Invoke(parent);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        if (failure is null && value is not null && IsSerializedAlready(scalar, value))
        {
            map.SetValue(index, value);
            return true;
        }

        var task = RentTask(field, type, parent, map, index);
        if (failure is not null)
        {
            FieldError(task, map, index, failure);
        }
        else
        {
            Complete(task, value);
        }

        _spareTasks.Push(task);
        return true;
    }

    /// <summary>A reused task object (see <see cref="FieldPlan.ReleasesContext"/>), or a new one.</summary>
    private FieldTask RentTask(FieldPlan field, ObjectType type, object? parent, ResultMap map, int index)
    {
        var reusable = field.Definition?.Resolver is null || field.ReleasesContext;
        if (reusable && _spareTasks.TryPop(out var task))
        {
            task.Reset(field, type, parent, map, index);
            return task;
        }

        return new FieldTask(this, field, type, parent, map, index);
    }

    private async Task DrainAsync()
    {
        var token = CancellationToken;
        var reader = _completed.Reader;
        while (true)
        {
            while (_work.TryDequeue(out var task))
            {
                token.ThrowIfCancellationRequested();
                Execute(task);
            }

            var progressed = false;
            while (reader.TryRead(out var done))
            {
                if (done is not null)
                {
                    _pending--;
                    CompleteAsync(done);
                    progressed = true;
                }
            }

            if (progressed)
            {
                continue;
            }

            // A batch still handing out values resumes more fields, whose loads belong in the next batch.
            if (_dispatcher.HasScheduled && !_dispatcher.IsDelivering)
            {
                _dispatcher.DispatchAll();
                continue;
            }

            if (_pending == 0)
            {
                return;
            }

            await reader.WaitToReadAsync(token).ConfigureAwait(false);
        }
    }

    private void Execute(FieldTask task)
    {
        if (task.Target.IsInvalidated)
        {
            return;
        }

        var definition = task.Plan.Definition!;
        object? result;
        try
        {
            task.Arguments = CoerceArguments(task.Plan);
            var resolver = definition.Resolver;
            if (resolver is null)
            {
                result = _isSubscriptionEvent && task.Target.Parent is null
                    ? task.Parent
                    : DefaultFieldResolver.Resolve(task.Parent, task.Plan);
            }
            else
            {
                var pending = resolver(task);
                if (!pending.IsCompleted)
                {
                    _pending++;
                    _ = AwaitResolverAsync(task, pending);
                    return;
                }

                result = pending.GetAwaiter().GetResult();
            }
        }
        catch (Exception exception)
        {
            FieldError(task, task.Target, task.Slot, exception);
            ReleaseResolved(task);
            return;
        }

        Complete(task, result);
        ReleaseResolved(task);
    }

    /// <summary>Makes a completed task of a context-releasing resolver available again (default-resolver tasks are returned by their caller).</summary>
    private void ReleaseResolved(FieldTask task)
    {
        if (task.Plan.ReleasesContext && task.Plan.Definition!.Resolver is not null)
        {
            _spareTasks.Push(task);
        }
    }

    /// <summary>Completes a resolved value; a type resolver or <c>IsTypeOf</c> that throws fails the field, not the request.</summary>
    private void Complete(FieldTask task, object? result)
    {
        try
        {
            CompleteValue(task, task.Plan.Type, result, task.Target, task.Slot);
        }
        catch (Exception exception)
        {
            FieldError(task, task.Target, task.Slot, exception);
        }
    }

    private IReadOnlyDictionary<string, object?> CoerceArguments(FieldPlan plan)
    {
        if (plan.ConstantArgumentError is { } error)
        {
            throw error;
        }

        return plan.ConstantArguments ?? ArgumentCoercion.Coerce(plan.Definition!, plan.FirstNode.Arguments, Variables, plan.FirstNode);
    }

    private async Task AwaitResolverAsync(FieldTask task, ValueTask<object?> pending)
    {
        try
        {
            task.AsyncResult = await pending.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            task.AsyncError = exception;
        }

        _completed.Writer.TryWrite(task);
    }

    private void CompleteAsync(FieldTask task)
    {
        if (task.Target.IsInvalidated)
        {
            return;
        }

        if (task.AsyncError is { } error)
        {
            FieldError(task, task.Target, task.Slot, error);
            return;
        }

        Complete(task, task.AsyncResult);
    }

    /// <summary>CompleteValue (specification 6.4.3) into <paramref name="container"/>[<paramref name="index"/>].</summary>
    private void CompleteValue(FieldTask task, IGraphQLType type, object? value, ResultNode container, int index)
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                FieldError(task, container, index, $"Cannot return null for non-nullable field {task.ObjectType.Name}.{task.Plan.Definition!.Name}.", ErrorCodes.NonNullViolation);
                return;
            }

            type = nonNull.OfType;
        }

        if (value is null)
        {
            container.SetValue(index, null);
            return;
        }

        switch (type)
        {
            case ScalarType scalar:
                CompleteScalar(task, scalar, value, container, index);
                return;
            case EnumType enumType:
                var name = EnumNames.Serialize(enumType, value);
                if (name is null)
                {
                    FieldError(task, container, index, $"Enum \"{enumType.Name}\" cannot represent value: {Inspector.Inspect(value)}", ErrorCodes.InvalidResultValue);
                    return;
                }

                container.SetValue(index, name);
                return;
            case ListType list:
                CompleteList(task, list, value, container, index);
                return;
            case ObjectType objectType:
                if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(value))
                {
                    FieldError(task, container, index, $"Expected value of type \"{objectType.Name}\" but got: {Inspector.Inspect(value)}.", ErrorCodes.InvalidResultValue);
                    return;
                }

                CompleteObject(task, objectType, value, container, index);
                return;
            case InterfaceType or UnionType:
                var runtimeType = _core.TypeResolver.Resolve((NamedType)type, value, task, out var problem);
                if (runtimeType is null)
                {
                    FieldError(task, container, index, problem!, ErrorCodes.InvalidResultValue);
                    return;
                }

                CompleteObject(task, runtimeType, value, container, index);
                return;
            default:
                // __typename without the introspection types in the model.
                container.SetValue(index, value);
                return;
        }
    }

    private void CompleteScalar(FieldTask task, ScalarType scalar, object value, ResultNode container, int index)
    {
        if (IsSerializedAlready(scalar, value))
        {
            container.SetValue(index, value);
            return;
        }

        object? serialized;
        try
        {
            serialized = scalar.Serialize(value);
        }
        catch (ScalarCoercionException exception)
        {
            FieldError(task, container, index, exception.Message, ErrorCodes.InvalidResultValue);
            return;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            FieldError(task, container, index, $"{scalar.Name} cannot represent value: {Inspector.Inspect(value)}", ErrorCodes.InvalidResultValue);
            return;
        }

        if (serialized is null)
        {
            FieldError(task, container, index, $"{scalar.Name} cannot represent value: {Inspector.Inspect(value)}", ErrorCodes.InvalidResultValue);
            return;
        }

        container.SetValue(index, serialized);
    }

    /// <summary>
    /// True when a built-in scalar would serialize the value to itself (a string for String and
    /// ID, an int for Int, a finite double for Float, a bool for Boolean), so the value is stored
    /// as it is, without a virtual call and a new box.
    /// </summary>
    private static bool IsSerializedAlready(ScalarType scalar, object value) => value switch
    {
        string => ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID),
        int => ReferenceEquals(scalar, BuiltInScalars.Int),
        bool => ReferenceEquals(scalar, BuiltInScalars.Boolean),
        double d => ReferenceEquals(scalar, BuiltInScalars.Float) && double.IsFinite(d),
        _ => false,
    };

    private void CompleteList(FieldTask task, ListType type, object value, ResultNode container, int index)
    {
        if (value is string || value is not IEnumerable items || value is IDictionary)
        {
            FieldError(
                task,
                container,
                index,
                $"Expected Iterable, but did not find one for field \"{task.ObjectType.Name}.{task.Plan.Definition!.Name}\".",
                ErrorCodes.InvalidResultValue);
            return;
        }

        var list = ResultList.Rent(items is ICollection collection ? collection.Count : 8, type.OfType is NonNullType, container, index);
        container.SetValue(index, list);
        try
        {
            if (items is IList indexed)
            {
                // Lists and arrays: no enumerator to allocate.
                for (var i = 0; i < indexed.Count; i++)
                {
                    CancellationToken.ThrowIfCancellationRequested();
                    var slot = list.AddSlot();
                    CompleteValue(task, type.OfType, indexed[i], list, slot);
                    if (list.IsInvalidated)
                    {
                        return;
                    }
                }

                return;
            }

            foreach (var item in items)
            {
                CancellationToken.ThrowIfCancellationRequested();
                var slot = list.AddSlot();
                CompleteValue(task, type.OfType, item, list, slot);
                if (list.IsInvalidated)
                {
                    return;
                }
            }
        }
        catch (Exception exception)
        {
            // The resolver's enumerable itself failed while being read.
            FieldError(task, container, index, exception);
        }
    }

    private void CompleteObject(FieldTask task, ObjectType type, object value, ResultNode container, int index)
    {
        var plan = task.Plan.GetSelectionSetPlan(type);
        var map = ResultMap.Rent(plan, container, index);
        container.SetValue(index, map);
        EnqueueFields(map, type, value);
    }

    private void FieldError(FieldTask task, ResultNode container, int index, string message, string code)
    {
        var path = ResponsePath.Of(container, index);
        AddError(new GraphQLError(message, task.Plan.Locations, path.Segments, new Dictionary<string, object?> { ["code"] = code }), path.Order);
        PropagateNull(container, index);
    }

    private void FieldError(FieldTask task, ResultNode container, int index, Exception exception)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }

        var path = ResponsePath.Of(container, index);
        if (exception is GraphQLException graphQLException)
        {
            foreach (var error in graphQLException.Errors)
            {
                AddError(Locate(error, task.Plan, path), path.Order);
            }
        }
        else
        {
            var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.UnexpectedError };
            if (_core.Options.IncludeExceptionDetails)
            {
                extensions["exception"] = new Dictionary<string, object?>
                {
                    ["type"] = exception.GetType().FullName,
                    ["message"] = exception.Message,
                    ["stackTrace"] = exception.StackTrace,
                };
            }

            AddError(new GraphQLError("Unexpected Execution Error", task.Plan.Locations, path.Segments, extensions, exception), path.Order);
        }

        PropagateNull(container, index);
    }

    private static GraphQLError Locate(GraphQLError error, FieldPlan plan, ResponsePath path)
    {
        var located = error.Path is null ? error.WithPath(path.Segments) : error;
        return located.Locations is null ? located.WithLocations(plan.Locations) : located;
    }

    private void AddError(GraphQLError error, int[]? order)
    {
        lock (_errors)
        {
            _errors.Add((error, order));
        }
    }

    /// <summary>
    /// The slot's value is null: store it when the slot is nullable, else null the container
    /// in its own parent, and so on up to <c>data</c> (specification 6.4.4).
    /// </summary>
    private static void PropagateNull(ResultNode container, int index)
    {
        ResultNode? node = container;
        while (node is not null && !node.IsInvalidated)
        {
            if (!node.IsNonNullSlot(index))
            {
                node.SetValue(index, null);
                return;
            }

            node.IsInvalidated = true;
            index = node.ParentIndex;
            node = node.Parent;
        }
    }
}
