using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>A space for posts and events, public, private or secret, with its memberships.</summary>
public sealed class Group
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 2000;

    private readonly List<GroupMembership> _memberships = [];

    private Group()
    {
    }

    public Group(string name, string? description, GroupVisibility visibility, long createdById, DateTime createdAt)
    {
        Name = Guard.Text(name, nameof(Name), NameMaxLength);
        Description = Guard.Text(description, nameof(Description), DescriptionMaxLength, required: false);
        Visibility = visibility;
        CreatedById = createdById;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = null!;

    public string Description { get; private set; } = string.Empty;

    public GroupVisibility Visibility { get; private set; }

    public long CreatedById { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyCollection<GroupMembership> Memberships => _memberships;

    public void Rename(string name, string? description)
    {
        Name = Guard.Text(name, nameof(Name), NameMaxLength);
        Description = Guard.Text(description, nameof(Description), DescriptionMaxLength, required: false);
    }

    public void ChangeVisibility(GroupVisibility visibility) => Visibility = visibility;
}
