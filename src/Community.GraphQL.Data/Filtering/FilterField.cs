using System.Linq.Expressions;

namespace Community.GraphQL.Data.Filtering;

/// <summary>One field of a filter input: its name, what it reads from the item, and how it is compared.</summary>
internal sealed class FilterField
{
    public required string Name { get; init; }

    public required FilterFieldKind Kind { get; init; }

    /// <summary>Reads the value from the item; for lists, the collection.</summary>
    public required LambdaExpression Access { get; init; }

    /// <summary>The compared CLR type; for lists, the element type.</summary>
    public required Type ValueType { get; init; }

    /// <summary>The name of the input type of this field (<c>StringOperationFilterInput</c>, <c>PostFilterInput</c>...).</summary>
    public required string InputTypeName { get; init; }

    /// <summary>For scalar lists: how each element is compared.</summary>
    public FilterFieldKind ElementKind { get; init; }

    /// <summary>For scalar lists: the name of the element's operation input.</summary>
    public string? ElementInputTypeName { get; init; }

    /// <summary>For objects and object lists: the related type's filter.</summary>
    public FilterTypeModel? Nested { get; init; }

    /// <summary>For ids: the GraphQL type whose global ids the field takes.</summary>
    public string? IdTypeName { get; init; }
}
