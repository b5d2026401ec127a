namespace Community.GraphQL.Data.Tests.Infrastructure;

/// <summary>A small model that has every kind the list conventions handle: strings, numbers, dates, enums, nullables, a related object and lists.</summary>
public sealed class Author
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string? Department { get; set; }

    public List<Article> Articles { get; set; } = [];
}

public enum ArticleKind
{
    Update,
    Announcement,
    Question,
}

public sealed class Article
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public int Views { get; set; }

    public long? Score { get; set; }

    public double Rating { get; set; }

    public DateTime PublishedAt { get; set; }

    public DateTime? EditedAt { get; set; }

    public bool IsPinned { get; set; }

    public ArticleKind Kind { get; set; }

    public ArticleKind? PreviousKind { get; set; }

    public Guid Uid { get; set; }

    public long AuthorId { get; set; }

    public Author Author { get; set; } = null!;

    public List<Comment> Comments { get; set; } = [];

    public List<string> Tags { get; set; } = [];
}

public sealed class Comment
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public string Text { get; set; } = "";

    public int Likes { get; set; }
}
