namespace Community.Domain.Search;

/// <summary>What a search hit is. The values are stored in the search queries' SQL, so they never change.</summary>
public enum SearchKind
{
    Post = 0,
    Member = 1,
    Group = 2,
    Event = 3,
}
