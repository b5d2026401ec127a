using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>A recognition badge (e.g. <c>team-player</c>) given with praise.</summary>
public sealed class Badge
{
    private Badge()
    {
    }

    public Badge(string code, string name, string? description)
    {
        Code = Guard.Text(code, nameof(Code), 50).ToLowerInvariant();
        Name = Guard.Text(name, nameof(Name), 100);
        Description = Guard.Text(description, nameof(Description), 500, required: false);
    }

    public long Id { get; private set; }

    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public string Description { get; private set; } = string.Empty;
}
