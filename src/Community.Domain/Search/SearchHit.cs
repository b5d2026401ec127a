namespace Community.Domain.Search;

/// <summary>
/// One match of a search, as the search query returns it: what matched, how well, and the index
/// query that found it (to highlight the same words in its snippet).
/// </summary>
public sealed class SearchHit
{
    public SearchKind Kind { get; init; }

    /// <summary>The id of the post, member, group or event.</summary>
    public long EntityId { get; init; }

    /// <summary>How well the text matched; higher is better (bm25 on SQLite, ts_rank on PostgreSQL), comparable within one search.</summary>
    public double Score { get; init; }

    /// <summary>Unique across kinds (<c>EntityId * 4 + Kind</c>): the tiebreak that makes the order of equal scores stable.</summary>
    public long Key { get; init; }

    /// <summary>The provider's match expression the hit was found with.</summary>
    public string Query { get; init; } = "";
}
