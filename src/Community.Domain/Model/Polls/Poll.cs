using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>The question of a poll post, with its options; open until <see cref="ClosesAt"/>.</summary>
public sealed class Poll
{
    public const int MinOptions = 2;
    public const int MaxOptions = 10;

    private readonly List<PollOption> _options = [];

    private Poll()
    {
    }

    internal Poll(Post post, string question, IReadOnlyList<string> options, DateTime? closesAt)
    {
        Post = post;
        Question = Guard.Text(question, nameof(Question), 300);
        Guard.Against(options.Count is < MinOptions or > MaxOptions, DomainErrors.InvalidInput(
            "Options", $"a poll needs {MinOptions} to {MaxOptions} options."));
        var texts = options.Select(o => Guard.Text(o, "Options", 200)).ToList();
        Guard.Against(texts.Distinct(StringComparer.OrdinalIgnoreCase).Count() != texts.Count,
            DomainErrors.InvalidInput("Options", "options must differ from one another."));
        _options.AddRange(texts.Select((text, i) => new PollOption(this, text, i)));
        ClosesAt = closesAt;
    }

    public long Id { get; private set; }

    public long PostId { get; private set; }

    public string Question { get; private set; } = null!;

    /// <summary>Votes are refused from this time on; null keeps the poll open until closed by hand.</summary>
    public DateTime? ClosesAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public Post Post { get; private set; } = null!;

    public IReadOnlyCollection<PollOption> Options => _options;

    public bool IsOpenAt(DateTime now) =>
        ClosedAt is null && (ClosesAt is null || now < ClosesAt) && Post.IsPublishedAt(now);

    internal void Close(DateTime now) => ClosedAt ??= now;
}
