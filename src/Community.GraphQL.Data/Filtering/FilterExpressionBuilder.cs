using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Community.GraphQL.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> value into a predicate that EF Core translates to SQL. The limits
/// (depth, terms, <c>in</c> length) are checked while building, so a refused filter runs no SQL.
/// </summary>
internal sealed class FilterExpressionBuilder
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringSubstringFrom = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo StringSubstringFromTo = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);
    private static readonly MethodInfo EnumerableAny = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 1);
    private static readonly MethodInfo EnumerableAnyWhere = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);
    private static readonly MethodInfo EnumerableAll = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.All) && m.GetParameters().Length == 2);

    private readonly DataConventions _conventions;
    private int _terms;

    private FilterExpressionBuilder(DataConventions conventions) => _conventions = conventions;

    /// <summary>The predicate of <paramref name="where"/> over <typeparamref name="T"/>, or null when it sets no condition.</summary>
    /// <exception cref="GraphQLException">The filter breaks a limit or holds a value its operator cannot use.</exception>
    public static Expression<Func<T, bool>>? Build<T>(FilterTypeModel model, IReadOnlyDictionary<string, object?> where, DataConventions conventions)
    {
        var item = Expression.Parameter(typeof(T), "item");
        var body = new FilterExpressionBuilder(conventions).Object(model, where, item, 1);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, item);
    }

    private Expression? Object(FilterTypeModel model, IReadOnlyDictionary<string, object?> where, Expression item, int depth)
    {
        CheckDepth(depth);
        var terms = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            switch (name)
            {
                case "and":
                    terms.AddRange(Items(value).Select(v => Object(model, v, item, depth + 1)).OfType<Expression>());
                    break;
                case "or":
                    if (Any(Items(value).Select(v => Object(model, v, item, depth + 1) ?? Expression.Constant(true))) is { } any)
                    {
                        terms.Add(any);
                    }

                    break;
                default:
                    var field = model.GetField(name) ?? throw new GraphQLException(
                        $"The filter {model.Name} has no field \"{name}\".", DataErrorCodes.InvalidFilterValue);
                    if (Field(field, (IReadOnlyDictionary<string, object?>)value, Read(field, item), depth + 1) is { } term)
                    {
                        terms.Add(term);
                    }

                    break;
            }
        }

        return All(terms);
    }

    private Expression? Field(FilterField field, IReadOnlyDictionary<string, object?> operations, Expression value, int depth)
    {
        CheckDepth(depth);
        switch (field.Kind)
        {
            case FilterFieldKind.Object:
                return Object(field.Nested!, operations, value, depth) is { } nested
                    ? Expression.AndAlso(Expression.NotEqual(value, Expression.Constant(null, value.Type)), nested)
                    : null;
            case FilterFieldKind.ObjectList:
            case FilterFieldKind.ScalarList:
                return List(field, operations, value, depth);
        }

        var terms = new List<Expression>();
        foreach (var (operation, operand) in operations)
        {
            switch (operation)
            {
                case "and":
                    terms.AddRange(Items(operand).Select(o => Field(field, o, value, depth + 1)).OfType<Expression>());
                    continue;
                case "or":
                    if (Any(Items(operand).Select(o => Field(field, o, value, depth + 1) ?? Expression.Constant(true))) is { } any)
                    {
                        terms.Add(any);
                    }

                    continue;
            }

            CountTerm();
            if (Operation(field, operation, operand, value) is { } term)
            {
                terms.Add(term);
            }
        }

        return All(terms);
    }

    private Expression? List(FilterField field, IReadOnlyDictionary<string, object?> operations, Expression list, int depth)
    {
        var element = Expression.Parameter(field.ValueType, "element");
        var terms = new List<Expression>();
        foreach (var (operation, operand) in operations)
        {
            if (operand is null)
            {
                continue;
            }

            CountTerm();
            if (operation == "any")
            {
                var hasItems = Expression.Call(EnumerableAny.MakeGenericMethod(field.ValueType), list);
                terms.Add((bool)operand ? hasItems : Expression.Not(hasItems));
                continue;
            }

            var condition = ElementCondition(field, (IReadOnlyDictionary<string, object?>)operand, element, depth + 1) ?? Expression.Constant(true);
            var predicate = Expression.Lambda(condition, element);
            terms.Add(operation switch
            {
                "all" => Expression.Call(EnumerableAll.MakeGenericMethod(field.ValueType), list, predicate),
                "some" => Expression.Call(EnumerableAnyWhere.MakeGenericMethod(field.ValueType), list, predicate),
                "none" => Expression.Not(Expression.Call(EnumerableAnyWhere.MakeGenericMethod(field.ValueType), list, predicate)),
                _ => throw new GraphQLException($"Unknown list operator \"{operation}\".", DataErrorCodes.InvalidFilterValue),
            });
        }

        return All(terms);
    }

    private Expression? ElementCondition(FilterField list, IReadOnlyDictionary<string, object?> operations, ParameterExpression element, int depth)
    {
        if (list.Kind == FilterFieldKind.ObjectList)
        {
            return Object(list.Nested!, operations, element, depth);
        }

        var elementField = new FilterField
        {
            Name = list.Name,
            Kind = list.ElementKind,
            Access = Expression.Lambda(element, element),
            ValueType = list.ValueType,
            InputTypeName = list.ElementInputTypeName!,
        };
        return Field(elementField, operations, element, depth);
    }

    private Expression? Operation(FilterField field, string operation, object? operand, Expression value)
    {
        if (operation is "eq" or "neq")
        {
            var equal = Equal(field, value, operand);
            return operation == "eq" ? equal : Expression.Not(equal);
        }

        // Only eq and neq give null a meaning; elsewhere it sets no condition, as an absent operator.
        if (operand is null)
        {
            return null;
        }

        return operation switch
        {
            "in" => In(field, value, operand),
            "nin" => Expression.Not(In(field, value, operand)),
            "contains" => StringCall(value, StringContains, (string)operand, ignoreCase: false),
            "ncontains" => Expression.Not(StringCall(value, StringContains, (string)operand, ignoreCase: false)),
            "startsWith" => StringCall(value, StringStartsWith, (string)operand, ignoreCase: false),
            "nstartsWith" => Expression.Not(StringCall(value, StringStartsWith, (string)operand, ignoreCase: false)),
            "endsWith" => StringCall(value, StringEndsWith, (string)operand, ignoreCase: false),
            "nendsWith" => Expression.Not(StringCall(value, StringEndsWith, (string)operand, ignoreCase: false)),
            "eqIgnoreCase" => IgnoreCaseEqual(value, (string)operand),
            "containsIgnoreCase" => StringCall(value, StringContains, (string)operand, ignoreCase: true),
            "startsWithIgnoreCase" => StringCall(value, StringStartsWith, (string)operand, ignoreCase: true),
            "endsWithIgnoreCase" => StringCall(value, StringEndsWith, (string)operand, ignoreCase: true),
            "gt" => Compare(ExpressionType.GreaterThan, value, field, operand),
            "ngt" => Expression.Not(Compare(ExpressionType.GreaterThan, value, field, operand)),
            "gte" => Compare(ExpressionType.GreaterThanOrEqual, value, field, operand),
            "ngte" => Expression.Not(Compare(ExpressionType.GreaterThanOrEqual, value, field, operand)),
            "lt" => Compare(ExpressionType.LessThan, value, field, operand),
            "nlt" => Expression.Not(Compare(ExpressionType.LessThan, value, field, operand)),
            "lte" => Compare(ExpressionType.LessThanOrEqual, value, field, operand),
            "nlte" => Expression.Not(Compare(ExpressionType.LessThanOrEqual, value, field, operand)),
            _ => throw new GraphQLException($"Unknown filter operator \"{operation}\".", DataErrorCodes.InvalidFilterValue),
        };
    }

    private Expression Equal(FilterField field, Expression value, object? operand)
    {
        if (operand is null)
        {
            return IsNullable(value.Type) ? Expression.Equal(value, Expression.Constant(null, value.Type)) : Expression.Constant(false);
        }

        return Expression.Equal(value, QueryValue.Parameter(Convert(field, operand, value.Type), value.Type));
    }

    private Expression In(FilterField field, Expression value, object operand)
    {
        var items = ((IEnumerable)operand).Cast<object?>().ToList();
        if (items.Count > _conventions.MaxInListLength)
        {
            throw new GraphQLException(
                $"An in or nin list of {field.Name} holds {items.Count} values; at most {_conventions.MaxInListLength} are allowed.",
                DataErrorCodes.FilterTooComplex);
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(value.Type))!;
        var hasNull = false;
        foreach (var item in items)
        {
            if (item is null)
            {
                hasNull = true;
            }
            else
            {
                list.Add(Convert(field, item, value.Type));
            }
        }

        Expression contains = Expression.Call(EnumerableContains.MakeGenericMethod(value.Type), QueryValue.Parameter(list, list.GetType()), value);
        return hasNull && IsNullable(value.Type)
            ? Expression.OrElse(Expression.Equal(value, Expression.Constant(null, value.Type)), contains)
            : contains;
    }

    private static Expression StringCall(Expression value, MethodInfo method, string operand, bool ignoreCase)
    {
        var target = ignoreCase ? Expression.Call(value, StringToLower) : value;
        var text = ignoreCase ? operand.ToLowerInvariant() : operand;
        var argument = QueryValue.Parameter(text, typeof(string));
        var call = Expression.AndAlso(Expression.NotEqual(value, Expression.Constant(null, typeof(string))), Expression.Call(target, method, argument));
        if (ignoreCase || method == StringContains)
        {
            return call;
        }

        // EF Core turns StartsWith and EndsWith into LIKE, which SQLite matches without case. The
        // LIKE stays (an index can serve a prefix); comparing the affix itself makes the match exact.
        var length = QueryValue.Parameter(text.Length, typeof(int));
        var affix = method == StringStartsWith
            ? Expression.Call(value, StringSubstringFromTo, Expression.Constant(0), length)
            : Expression.Call(value, StringSubstringFrom, Expression.Subtract(Expression.Property(value, nameof(string.Length)), length));
        return Expression.AndAlso(call, Expression.Equal(affix, argument));
    }

    private static Expression IgnoreCaseEqual(Expression value, string operand) =>
        Expression.AndAlso(
            Expression.NotEqual(value, Expression.Constant(null, typeof(string))),
            Expression.Equal(Expression.Call(value, StringToLower), QueryValue.Parameter(operand.ToLowerInvariant(), typeof(string))));

    private Expression Compare(ExpressionType comparison, Expression value, FilterField field, object operand)
    {
        var constant = QueryValue.Parameter(Convert(field, operand, value.Type), value.Type);
        return ValueComparison.Make(comparison, value, constant);
    }

    private object? Convert(FilterField field, object operand, Type type)
    {
        if (field.Kind == FilterFieldKind.Id || field.ElementKind == FilterFieldKind.Id)
        {
            operand = _conventions.IdDecoder(field.IdTypeName!, (string)operand) ?? throw new GraphQLException(
                $"\"{operand}\" is not an id of a {field.IdTypeName}.", DataErrorCodes.InvalidFilterValue);
        }

        try
        {
            return QueryValue.Convert(operand, type);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new GraphQLException($"The value {operand} cannot be compared with {field.Name}.", DataErrorCodes.InvalidFilterValue);
        }
    }

    private static Expression Read(FilterField field, Expression item) => ParameterReplacer.Replace(field.Access, item);

    private void CheckDepth(int depth)
    {
        if (depth > _conventions.MaxFilterDepth)
        {
            throw new GraphQLException(
                $"The filter is nested more than {_conventions.MaxFilterDepth} levels deep.", DataErrorCodes.FilterTooComplex);
        }
    }

    private void CountTerm()
    {
        if (++_terms > _conventions.MaxFilterTerms)
        {
            throw new GraphQLException(
                $"The filter holds more than {_conventions.MaxFilterTerms} conditions.", DataErrorCodes.FilterTooComplex);
        }
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Items(object? value) =>
        value is IEnumerable items ? items.OfType<IReadOnlyDictionary<string, object?>>() : [];

    private static Expression? All(List<Expression> terms) => terms.Count == 0 ? null : terms.Aggregate(Expression.AndAlso);

    private static Expression? Any(IEnumerable<Expression> terms)
    {
        var list = terms.ToList();
        return list.Count == 0 ? null : list.Aggregate(Expression.OrElse);
    }

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}
