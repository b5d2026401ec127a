namespace Community.GraphQL.Data.Tests.Infrastructure;

/// <summary>
/// The rows every provider is filled with: values that make each operator's edge visible (nulls,
/// ties in sort keys, case variants, empty lists), the same on every provider.
/// </summary>
public static class LibraryRows
{
    public static readonly DateTime Start = new(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    public static List<Author> Create()
    {
        var authors = new List<Author>
        {
            new() { Id = 1, Name = "ada", Department = "engineering" },
            new() { Id = 2, Name = "Grace", Department = "Engineering" },
            new() { Id = 3, Name = "linus", Department = null },
            new() { Id = 4, Name = "margaret", Department = "research" },
        };
        string[] titles = ["alpha", "Alpha", "beta", "gamma", "delta", "Élan", "zeta", "eta", "theta", "élan"];
        var id = 0L;
        var commentId = 0L;
        for (var i = 0; i < 40; i++)
        {
            var author = authors[i % authors.Count];
            var article = new Article
            {
                Id = ++id,
                Title = titles[i % titles.Length] + (i >= titles.Length ? $" {i / titles.Length}" : ""),
                Summary = i % 3 == 0 ? null : $"summary {i % 7}",
                Views = (i * 37) % 11,
                Score = i % 4 == 0 ? null : (i * 13) % 9,
                Rating = (i % 5) * 0.5,
                // Ties: every other pair of articles share a publication time.
                PublishedAt = Start.AddHours(i / 2),
                EditedAt = i % 5 == 0 ? null : Start.AddDays(i % 6),
                IsPinned = i % 9 == 0,
                Kind = (ArticleKind)(i % 3),
                PreviousKind = i % 4 == 1 ? null : (ArticleKind)((i + 1) % 3),
                Uid = new Guid($"00000000-0000-0000-0000-{i + 1:000000000000}"),
                AuthorId = author.Id,
                Author = author,
                Tags = i % 6 == 0 ? [] : [$"tag{i % 4}", $"tag{(i + 1) % 4}"],
            };
            for (var c = 0; c < i % 4; c++)
            {
                article.Comments.Add(new Comment { Id = ++commentId, ArticleId = article.Id, Text = $"comment {c}", Likes = (c * 3 + i) % 5 });
            }

            author.Articles.Add(article);
        }

        return authors;
    }
}
