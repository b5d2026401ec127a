using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using Community.GraphQL.Data.Filtering;
using Community.GraphQL.Data.Sorting;
using Community.GraphQL.Types;

namespace Community.GraphQL.Data;

/// <summary>
/// The list conventions a schema shares: GraphQL names of CLR types, how each type can be
/// filtered and sorted, default and maximum page sizes, limits on filters, and the key that
/// signs cursors. Configure one instance and pass it to every <c>Use...</c> call of the schema.
/// </summary>
public sealed class DataConventions
{
    private readonly Dictionary<Type, string> _typeNames = [];
    private readonly Dictionary<Type, string> _keys = [];
    private readonly Dictionary<Type, List<string>> _projectedAlways = [];
    private readonly Dictionary<(Type, string), string[]> _requirements = [];
    private readonly Dictionary<Type, Dictionary<string, Func<IResolverContext, LambdaExpression>>> _computations = [];
    private readonly Dictionary<Type, object> _filterConfigurations = [];
    private readonly Dictionary<Type, object> _sortConfigurations = [];
    private readonly Dictionary<Type, FilterTypeModel> _filterModels = [];
    private readonly Dictionary<Type, SortTypeModel> _sortModels = [];
    private readonly Lock _lock = new();

    /// <summary>Page size when a field is asked for neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>The largest <c>first</c>, <c>last</c> or <c>take</c> a field accepts.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>How deep <c>and</c>, <c>or</c>, nested objects and list filters may nest.</summary>
    public int MaxFilterDepth { get; init; } = 8;

    /// <summary>Operators a single <c>where</c> may hold in all.</summary>
    public int MaxFilterTerms { get; init; } = 50;

    /// <summary>Values an <c>in</c> or <c>nin</c> list may hold.</summary>
    public int MaxInListLength { get; init; } = 100;

    /// <summary>Keys an <c>order</c> list may hold.</summary>
    public int MaxSortKeys { get; init; } = 5;

    /// <summary>
    /// The key that signs cursors, so that a forged or altered cursor is refused. Nodes that serve
    /// the same API must share it; the default is random per process (cursors end with it).
    /// </summary>
    public byte[] CursorKey { get; init; } = RandomNumberGenerator.GetBytes(32);

    /// <summary>
    /// Turns a global id given to an <c>IdOperationFilterInput</c> into the key it names: receives the
    /// expected GraphQL type and the id, returns the key, or null when the id is not of that type.
    /// The default takes the id as the key itself.
    /// </summary>
    public Func<string, string, object?> IdDecoder { get; init; } = static (_, id) => id;

    /// <summary>The conventions used when none are given.</summary>
    public static DataConventions Default { get; } = new();

    /// <summary>Names the GraphQL type of <typeparamref name="T"/> (by default the CLR type's name); filter and sort inputs are named after it.</summary>
    public DataConventions BindType<T>(string graphQLName)
    {
        ArgumentException.ThrowIfNullOrEmpty(graphQLName);
        _typeNames[typeof(T)] = graphQLName;
        return this;
    }

    /// <summary>Configures how <typeparamref name="T"/> is filtered, wherever it appears (as a list's items or nested in another type).</summary>
    public DataConventions Filter<T>(Action<FilterTypeDescriptor<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _filterConfigurations[typeof(T)] = configure;
        return this;
    }

    /// <summary>Configures how <typeparamref name="T"/> is sorted, wherever it appears.</summary>
    public DataConventions Sort<T>(Action<SortTypeDescriptor<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _sortConfigurations[typeof(T)] = configure;
        return this;
    }

    /// <summary>Names the property that identifies a <typeparamref name="T"/> (default <c>Id</c>); every order ends with it.</summary>
    public DataConventions Key<T>(string propertyName)
    {
        ArgumentException.ThrowIfNullOrEmpty(propertyName);
        _keys[typeof(T)] = propertyName;
        return this;
    }

    /// <summary>
    /// Members of <typeparamref name="T"/> that projections always load, whatever is selected:
    /// those that resolvers or access rules read without a field of their own (a post's
    /// <c>AuthorId</c> for its author's loader, its <c>GroupId</c> for the visibility check).
    /// </summary>
    public DataConventions Project<T>(params Expression<Func<T, object?>>[] members)
    {
        if (!_projectedAlways.TryGetValue(typeof(T), out var names))
        {
            _projectedAlways[typeof(T)] = names = [];
        }

        names.AddRange(members.Select(m => PropertyExpressions.PropertyOf(m, nameof(members)).Name));

        return this;
    }

    internal IEnumerable<string> ProjectedAlways(Type type) => _projectedAlways.GetValueOrDefault(type) ?? [];

    /// <summary>
    /// Members a field of <typeparamref name="T"/> computes its value from, loaded by projections
    /// whenever the field is selected (<c>bodyHtml</c> needs <c>Body</c>).
    /// </summary>
    public DataConventions Requires<T>(string fieldName, params Expression<Func<T, object?>>[] members)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        _requirements[(typeof(T), fieldName)] = members.Select(m => PropertyExpressions.PropertyOf(m, nameof(members)).Name).ToArray();
        return this;
    }

    /// <summary>
    /// Computes a field of <typeparamref name="T"/> in the list's own query when the field is
    /// selected (a count, whether the viewer reacted): a correlated subquery instead of a statement
    /// of its own. The factory runs per request, so the expression may use the viewer; the field's
    /// resolver reads the value with <see cref="Projections.ComputedValues.TryGet{TValue}"/>.
    /// </summary>
    public DataConventions Compute<T, TValue>(string fieldName, Func<IResolverContext, Expression<Func<T, TValue>>> expression)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentNullException.ThrowIfNull(expression);
        if (!_computations.TryGetValue(typeof(T), out var fields))
        {
            _computations[typeof(T)] = fields = new Dictionary<string, Func<IResolverContext, LambdaExpression>>(StringComparer.Ordinal);
        }

        fields[fieldName] = expression;
        return this;
    }

    internal Func<IResolverContext, LambdaExpression>? ComputationOf(Type type, string fieldName) =>
        _computations.TryGetValue(type, out var fields) ? fields.GetValueOrDefault(fieldName) : null;

    internal IReadOnlyList<string> RequiredBy(Type type, string fieldName) => _requirements.GetValueOrDefault((type, fieldName)) ?? [];

    /// <summary>The property that identifies items of a CLR type.</summary>
    public string KeyPropertyOf(Type type) => _keys.GetValueOrDefault(type) ?? "Id";

    /// <summary>The GraphQL name of a CLR type: its binding, or the CLR name.</summary>
    public string TypeNameOf(Type type) => _typeNames.GetValueOrDefault(type) ?? type.Name;

    internal FilterTypeModel FilterModelOf(Type type)
    {
        lock (_lock)
        {
            if (!_filterModels.TryGetValue(type, out var model))
            {
                // Registered before its fields are built, so that cyclic types (a member's manager is a member) end.
                model = new FilterTypeModel(type, TypeNameOf(type));
                _filterModels[type] = model;
                model.Build(this, _filterConfigurations.GetValueOrDefault(type));
            }

            return model;
        }
    }

    internal SortTypeModel SortModelOf(Type type)
    {
        lock (_lock)
        {
            if (!_sortModels.TryGetValue(type, out var model))
            {
                model = new SortTypeModel(type, TypeNameOf(type));
                _sortModels[type] = model;
                model.Build(this, _sortConfigurations.GetValueOrDefault(type));
            }

            return model;
        }
    }
}
