namespace Community.GraphQL.Data;

/// <summary>The <c>extensions.code</c> of the errors that list fields raise before any query runs.</summary>
public static class DataErrorCodes
{
    /// <summary>More items asked for than the field allows (HotChocolate's code, with <c>coordinate</c>, <c>requestedItems</c>, <c>maxAllowedItems</c>).</summary>
    public const string MaxPageSizeExceeded = "HC0051";

    /// <summary>Paging arguments that contradict each other (<c>first</c> with <c>last</c>, a negative size).</summary>
    public const string InvalidPagingArguments = "PAGING_ARGUMENTS_INVALID";

    /// <summary>A cursor that was not issued by this field with this sort, or was altered.</summary>
    public const string InvalidCursor = "CURSOR_INVALID";

    /// <summary>A <c>where</c> nested too deep, with too many terms, or an <c>in</c> list too long.</summary>
    public const string FilterTooComplex = "FILTER_TOO_COMPLEX";

    /// <summary>A filter value that the operator cannot use.</summary>
    public const string InvalidFilterValue = "FILTER_VALUE_INVALID";

    /// <summary>More sort keys than allowed, or a sort input with other than one field.</summary>
    public const string InvalidSort = "SORT_INVALID";
}
