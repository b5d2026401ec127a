using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>A satisfaction survey with a 0 to 10 score question, open between two times.</summary>
public sealed class Survey
{
    public const int MinScore = 0;
    public const int MaxScore = 10;

    private Survey()
    {
    }

    internal Survey(string title, string question, long? groupId, long createdById, DateTime opensAt, DateTime closesAt, DateTime createdAt)
    {
        Title = Guard.Text(title, nameof(Title), 200);
        Question = Guard.Text(question, nameof(Question), 500);
        Guard.Against(closesAt <= opensAt, DomainErrors.InvalidInput(nameof(ClosesAt), "a survey must close after it opens."));
        GroupId = groupId;
        CreatedById = createdById;
        OpensAt = opensAt;
        ClosesAt = closesAt;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public string Title { get; private set; } = null!;

    public string Question { get; private set; } = null!;

    /// <summary>The audience: a group's members, or everyone when null.</summary>
    public long? GroupId { get; private set; }

    public long CreatedById { get; private set; }

    public DateTime OpensAt { get; private set; }

    public DateTime ClosesAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsOpenAt(DateTime now) => OpensAt <= now && now < ClosesAt;
}
