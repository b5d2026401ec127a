using System.Runtime.CompilerServices;

namespace Community.GraphQL.Types;

/// <summary>Wraps the convenient resolver shapes (sync, Task-returning, typed streams) into the engine's delegates.</summary>
internal static class ResolverAdapters
{
    /// <summary>
    /// A resolver that returns its value directly. A <see cref="Task"/> returned by mistake
    /// (<c>ctx => repository.GetAsync(id)</c>) is awaited rather than handed on as the value.
    /// </summary>
    public static FieldResolver FromSync(Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return context =>
        {
            var value = resolver(context);
            return value is Task task ? AwaitUntyped(task) : new ValueTask<object?>(value);
        };
    }

    public static FieldResolver FromTask<TResult>(Func<IResolverContext, Task<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return context =>
        {
            var task = resolver(context);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);
        };
    }

    public static SubscribeResolver FromStream<TEvent>(Func<IResolverContext, IAsyncEnumerable<TEvent>> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        return context =>
        {
            var stream = subscribe(context);
            return new ValueTask<IAsyncEnumerable<object?>>(stream as IAsyncEnumerable<object?> ?? Box(stream));
        };
    }

    private static async ValueTask<object?> AwaitUntyped(Task task)
    {
        await task.ConfigureAwait(false);

        // Task<T> carries its value in Result; a plain Task has none.
        var type = task.GetType();
        return type.IsGenericType && type.GetProperty(nameof(Task<object>.Result)) is { } result && result.PropertyType.Name != "VoidTaskResult"
            ? result.GetValue(task)
            : null;
    }

    private static async ValueTask<object?> Await<TResult>(Task<TResult> task) => await task.ConfigureAwait(false);

    private static async IAsyncEnumerable<object?> Box<TEvent>(IAsyncEnumerable<TEvent> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
