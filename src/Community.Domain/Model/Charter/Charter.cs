namespace Community.Domain.Model;

/// <summary>
/// One published version of the community charter, the rules every member agrees to. Versions are never
/// edited: an admin publishes a new one, which becomes current and asks every member to accept it again.
/// </summary>
public sealed class Charter
{
    /// <summary>The longest charter body, in characters, so a charter stays readable in one sitting.</summary>
    public const int MaxBodyLength = 20_000;

    private Charter()
    {
    }

    internal Charter(int version, string body, long publishedById, DateTime publishedAt)
    {
        Version = version;
        Body = body;
        PublishedById = publishedById;
        PublishedAt = publishedAt;
    }

    public long Id { get; private set; }

    /// <summary>1 for the first charter, one more for each version after it; the highest is current.</summary>
    public int Version { get; private set; }

    /// <summary>The charter text, Markdown.</summary>
    public string Body { get; private set; } = null!;

    public long PublishedById { get; private set; }

    public DateTime PublishedAt { get; private set; }
}
