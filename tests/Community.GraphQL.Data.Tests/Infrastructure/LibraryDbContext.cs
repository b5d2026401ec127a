using Microsoft.EntityFrameworkCore;

namespace Community.GraphQL.Data.Tests.Infrastructure;

public sealed class LibraryDbContext(DbContextOptions<LibraryDbContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Comment> Comments => Set<Comment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>().HasIndex(a => new { a.PublishedAt, a.Id });
        modelBuilder.Entity<Article>().HasOne(a => a.Author).WithMany(a => a.Articles).HasForeignKey(a => a.AuthorId);
        modelBuilder.Entity<Article>().HasMany(a => a.Comments).WithOne().HasForeignKey(c => c.ArticleId);
    }
}
