namespace Community.GraphQL.Data.Paging;

/// <summary>How one list field pages; unset values come from <see cref="DataConventions"/>.</summary>
public sealed class PagingOptions
{
    /// <summary>Items per page when the client gives no size.</summary>
    public int? DefaultPageSize { get; set; }

    /// <summary>The most items a page may hold; asking for more is refused (<c>HC0051</c>).</summary>
    public int? MaxPageSize { get; set; }

    /// <summary>Whether the result type has <c>totalCount</c> (counted only when selected).</summary>
    public bool IncludeTotalCount { get; set; } = true;

    /// <summary>The result type's name (default: the field's name in PascalCase, then <c>Connection</c> or <c>CollectionSegment</c>).</summary>
    public string? TypeName { get; set; }
}
