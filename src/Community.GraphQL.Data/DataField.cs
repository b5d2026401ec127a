using System.Linq.Expressions;
using Community.GraphQL.Data.Filtering;
using Community.GraphQL.Data.Paging;
using Community.GraphQL.Data.Sorting;
using Community.GraphQL.Types;

namespace Community.GraphQL.Data;

/// <summary>
/// The list conventions one field opted into, and the middleware that applies them to what its
/// resolver returns (an <see cref="IQueryable{T}"/> or a sequence): filter, then order, then page,
/// whatever order the <c>Use...</c> calls came in. Every argument is checked before a query runs.
/// </summary>
internal sealed class DataField<T>
{
    private readonly string _fieldName;
    private readonly DataConventions _conventions;
    private readonly LambdaExpression _key;
    private CursorCodec? _cursors;

    public DataField(string fieldName, DataConventions conventions)
    {
        _fieldName = fieldName;
        _conventions = conventions;
        _key = KeyOf(conventions);
    }

    public FilterTypeModel? Filter { get; set; }

    public SortTypeModel? Sort { get; set; }

    public PagingKind Paging { get; set; }

    /// <summary>The order when the client gives none.</summary>
    public IReadOnlyList<SortKey>? DefaultOrder { get; set; }

    /// <summary>Load only the selected members (see <see cref="Projections.ProjectionBuilder"/>).</summary>
    public bool Projection { get; set; }

    public PagingOptions PagingOptions { get; set; } = new();

    public string? ResultTypeName { get; set; }

    private int DefaultPageSize => PagingOptions.DefaultPageSize ?? _conventions.DefaultPageSize;

    private int MaxPageSize => PagingOptions.MaxPageSize ?? _conventions.MaxPageSize;

    public FieldResolver Wrap(FieldResolver next) => async context =>
    {
        var query = await PrepareAsync(context, next).ConfigureAwait(false);
        if (query is null)
        {
            return null;
        }

        var executor = context.Services.GetService(typeof(IDataQueryExecutor)) as IDataQueryExecutor ?? SynchronousQueryExecutor.Instance;
        return Paging switch
        {
            PagingKind.Cursor => await CursorPageAsync(context, query.Value.Filtered, query.Value.Keys, executor).ConfigureAwait(false),
            PagingKind.Offset => await OffsetPageAsync(context, query.Value.Filtered, query.Value.Keys, executor).ConfigureAwait(false),
            _ => await LoadAsync(context, SortKeyReader.Apply(query.Value.Filtered, query.Value.Keys), executor).ConfigureAwait(false),
        };
    };

    private async ValueTask<(IQueryable<T> Filtered, IReadOnlyList<SortKey> Keys)?> PrepareAsync(IResolverContext context, FieldResolver next)
    {
        // Arguments first: a refused page size, filter or order runs no query.
        Expression<Func<T, bool>>? predicate = null;
        if (Filter is not null && context.Arguments.GetValueOrDefault("where") is IReadOnlyDictionary<string, object?> where)
        {
            predicate = FilterExpressionBuilder.Build<T>(Filter, where, _conventions);
        }

        var keys = SortKeyReader.Read(Sort, context.Arguments.GetValueOrDefault("order"), _key, _conventions, DefaultOrder);
        var source = await next(context).ConfigureAwait(false);
        var query = source switch
        {
            null => null,
            IQueryable<T> queryable => queryable,
            IEnumerable<T> items => items.AsQueryable(),
            _ => throw new InvalidOperationException(
                $"The resolver of {context.ObjectType.Name}.{context.Field.Name} returned a {source.GetType().Name}; a list field returns an IQueryable<{typeof(T).Name}> or a sequence."),
        };
        if (query is null)
        {
            return null;
        }

        return (predicate is null ? query : query.Where(predicate), keys);
    }

    private async ValueTask<Connection<T>> CursorPageAsync(IResolverContext context, IQueryable<T> filtered, IReadOnlyList<SortKey> keys, IDataQueryExecutor executor)
    {
        var first = context.Argument<int?>("first");
        var last = context.Argument<int?>("last");
        CheckPageSize(context, first, "first");
        CheckPageSize(context, last, "last");
        if (first is not null && last is not null)
        {
            throw new GraphQLException("Give first or last, not both: first pages forward from after, last backward from before.", DataErrorCodes.InvalidPagingArguments);
        }

        _cursors ??= new CursorCodec(_conventions.CursorKey);
        var valueKeys = KeysetPredicate.ValueKeys(keys);
        var types = valueKeys.Select(k => k.Type).ToArray();
        var orderHash = CursorCodec.OrderHash($"{context.ObjectType.Name}.{context.Field.Name}", keys.Select(k => k.Name + (k.Descending ? " desc" : "")));
        var after = context.Argument<string>("after") is { } afterCursor ? _cursors.Decode(afterCursor, orderHash, types) : null;
        var before = context.Argument<string>("before") is { } beforeCursor ? _cursors.Decode(beforeCursor, orderHash, types) : null;

        var query = filtered;
        if (before is not null)
        {
            query = KeysetPlacement.WhereFirst(query, KeysetPredicate.After<T>(keys.Select(k => k.Reversed()).ToArray(), before));
        }

        if (after is not null)
        {
            query = KeysetPlacement.WhereFirst(query, KeysetPredicate.After<T>(keys, after));
        }

        var backward = last is not null;
        var size = last ?? first ?? DefaultPageSize;
        var travel = backward ? keys.Select(k => k.Reversed()).ToArray() : keys;
        var projection = ProjectionOf(context);
        var rows = await executor.ToListAsync(KeyedRows.Select(SortKeyReader.Apply(query, travel).Take(size + 1), valueKeys, projection), context.CancellationToken)
            .ConfigureAwait(false);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(r => new Edge<T>(_cursors.Encode(orderHash, r.Keys, types), KeyedRows.Attach(r, projection))).ToArray();
        var totalCount = await CountIfSelectedAsync(context, filtered, executor).ConfigureAwait(false);
        return new Connection<T>
        {
            Edges = edges,
            PageInfo = new PageInfo(
                HasNextPage: backward ? before is not null : more,
                HasPreviousPage: backward ? more : after is not null,
                StartCursor: edges.FirstOrDefault()?.Cursor,
                EndCursor: edges.LastOrDefault()?.Cursor),
            TotalCount = totalCount,
        };
    }

    private async ValueTask<CollectionSegment<T>> OffsetPageAsync(IResolverContext context, IQueryable<T> filtered, IReadOnlyList<SortKey> keys, IDataQueryExecutor executor)
    {
        var skip = context.Argument<int?>("skip") ?? 0;
        var take = context.Argument<int?>("take");
        CheckPageSize(context, take, "take");
        if (skip < 0)
        {
            throw new GraphQLException("skip must not be negative.", DataErrorCodes.InvalidPagingArguments);
        }

        var size = take ?? DefaultPageSize;
        var items = await LoadAsync(context, SortKeyReader.Apply(filtered, keys).Skip(skip).Take(size + 1), executor).ConfigureAwait(false);
        var more = items.Count > size;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }

        return new CollectionSegment<T>
        {
            Items = items,
            PageInfo = new CollectionSegmentInfo(HasNextPage: more, HasPreviousPage: skip > 0),
            TotalCount = await CountIfSelectedAsync(context, filtered, executor).ConfigureAwait(false),
        };
    }

    /// <summary>Runs a page's query: its items projected, and the computed fields selected, in one statement.</summary>
    private async ValueTask<List<T>> LoadAsync(IResolverContext context, IQueryable<T> query, IDataQueryExecutor executor)
    {
        var projection = ProjectionOf(context);
        if (projection.Computed.Count == 0)
        {
            return await executor.ToListAsync(projection.Select is null ? query : query.Select(projection.Select), context.CancellationToken).ConfigureAwait(false);
        }

        var rows = await executor.ToListAsync(KeyedRows.Select(query, [], projection), context.CancellationToken).ConfigureAwait(false);
        return rows.Select(r => KeyedRows.Attach(r, projection)).ToList();
    }

    /// <summary>The projection for this request's selection: of the list's items, or of the nodes and edges of a page.</summary>
    private ItemProjection<T> ProjectionOf(IResolverContext context)
    {
        if (!Projection)
        {
            return ItemProjection<T>.None;
        }

        var (items, nodeType) = ItemSelectionsOf(context);
        if (nodeType is null)
        {
            return ItemProjection<T>.None;
        }

        var computed = new List<(string Name, LambdaExpression Value)>();
        foreach (var name in items.Select(s => s.Field.Name).Distinct())
        {
            if (_conventions.ComputationOf(typeof(T), name) is { } computation)
            {
                computed.Add((name, computation(context)));
            }
        }

        return new ItemProjection<T>(Projections.ProjectionBuilder.Build<T>(items, nodeType, _conventions), computed);
    }

    /// <summary>The fields selected on the items: of the list itself, or of the nodes and edges of a page.</summary>
    private (List<IFieldSelection> Items, ObjectType? ItemType) ItemSelectionsOf(IResolverContext context)
    {
        var selection = context.Selection;
        if (Paging == PagingKind.None)
        {
            return context.Field.Type.NamedType() is ObjectType itemType ? (selection.SelectionsOf(itemType).ToList(), itemType) : ([], null);
        }

        if (context.Schema.GetType(ResultTypeName!) is not ObjectType resultType)
        {
            return ([], null);
        }

        var items = new List<IFieldSelection>();
        ObjectType? nodeType = null;
        foreach (var part in selection.SelectionsOf(resultType))
        {
            switch (part.Field.Name)
            {
                case "nodes" or "items" when part.Field.Type.NamedType() is ObjectType type:
                    nodeType = type;
                    items.AddRange(part.SelectionsOf(type));
                    break;
                case "edges" when part.Field.Type.NamedType() is ObjectType edgeType:
                    foreach (var node in part.SelectionsOf(edgeType).Where(s => s.Field.Name == "node"))
                    {
                        if (node.Field.Type.NamedType() is ObjectType type)
                        {
                            nodeType = type;
                            items.AddRange(node.SelectionsOf(type));
                        }
                    }

                    break;
            }
        }

        return (items, nodeType);
    }

    private void CheckPageSize(IResolverContext context, int? requested, string argument)
    {
        if (requested is null)
        {
            return;
        }

        if (requested < 0)
        {
            throw new GraphQLException($"{argument} must not be negative.", DataErrorCodes.InvalidPagingArguments);
        }

        if (requested > MaxPageSize)
        {
            throw new GraphQLException(new GraphQLError(
                "The maximum allowed items per page were exceeded.",
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = DataErrorCodes.MaxPageSizeExceeded,
                    ["coordinate"] = $"{context.ObjectType.Name}.{context.Field.Name}",
                    ["requestedItems"] = requested.Value,
                    ["maxAllowedItems"] = MaxPageSize,
                }));
        }
    }

    private async ValueTask<int> CountIfSelectedAsync(IResolverContext context, IQueryable<T> filtered, IDataQueryExecutor executor)
    {
        if (!PagingOptions.IncludeTotalCount || context.Schema.GetType(ResultTypeName!) is not ObjectType resultType
            || !context.Selection.SelectionsOf(resultType).Any(s => s.Field.Name == "totalCount"))
        {
            return 0;
        }

        return await executor.CountAsync(filtered, context.CancellationToken).ConfigureAwait(false);
    }

    private static LambdaExpression KeyOf(DataConventions conventions)
    {
        var item = Expression.Parameter(typeof(T), "item");
        var name = conventions.KeyPropertyOf(typeof(T));
        var property = typeof(T).GetProperty(name) ?? throw new InvalidOperationException(
            $"{typeof(T).Name} has no property {name} to order by last, so that items with equal sort keys keep their order; name its key with DataConventions.Key<{typeof(T).Name}>().");
        return Expression.Lambda(Expression.Property(item, property), item);
    }
}

/// <summary>How a field pages, if at all.</summary>
internal enum PagingKind
{
    None,
    Cursor,
    Offset,
}
