namespace Community.GraphQL.Data.Paging;

/// <summary>A page of a cursor-paged list, shaped as a Relay connection.</summary>
public sealed class Connection<T>
{
    public required IReadOnlyList<Edge<T>> Edges { get; init; }

    public IReadOnlyList<T> Nodes => Edges.Select(e => e.Node).ToArray();

    public required PageInfo PageInfo { get; init; }

    /// <summary>How many items match the filter across all pages; counted only when selected.</summary>
    public int TotalCount { get; init; }
}

/// <summary>An item of a page and the cursor that points at it.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Where a page lies in its list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A page of an offset-paged list.</summary>
public sealed class CollectionSegment<T>
{
    public required IReadOnlyList<T> Items { get; init; }

    public required CollectionSegmentInfo PageInfo { get; init; }

    public int TotalCount { get; init; }
}

/// <summary>Whether items lie before or after an offset page.</summary>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
