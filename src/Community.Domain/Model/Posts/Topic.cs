using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>A subject tag shared by posts; names are unique and lower-case.</summary>
public sealed class Topic
{
    public const int NameMaxLength = 50;

    private Topic()
    {
    }

    public Topic(string name)
    {
        Name = Normalize(name);
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = null!;

    public static string Normalize(string name) =>
        Guard.Text(name?.Trim().TrimStart('#'), "Topics", NameMaxLength).ToLowerInvariant();
}
