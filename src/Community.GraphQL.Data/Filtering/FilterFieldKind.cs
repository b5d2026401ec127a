namespace Community.GraphQL.Data.Filtering;

/// <summary>What a filter field compares, which decides its operation input.</summary>
internal enum FilterFieldKind
{
    /// <summary><c>StringOperationFilterInput</c>.</summary>
    String,

    /// <summary><c>BooleanOperationFilterInput</c>.</summary>
    Boolean,

    /// <summary>Numbers, dates, UUIDs: <c>IntOperationFilterInput</c> and its kin.</summary>
    Comparable,

    /// <summary><c>IdOperationFilterInput</c>, values decoded from global ids.</summary>
    Id,

    /// <summary><c>&lt;Enum&gt;OperationFilterInput</c> or its <c>NullableOf</c> form.</summary>
    Enum,

    /// <summary>A related object: its own filter input.</summary>
    Object,

    /// <summary>A collection of objects: <c>ListFilterInputTypeOf&lt;T&gt;FilterInput</c>.</summary>
    ObjectList,

    /// <summary>A collection of scalars: <c>List&lt;Op&gt;</c> such as <c>ListStringOperationFilterInput</c>.</summary>
    ScalarList,
}
