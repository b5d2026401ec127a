namespace Community.Domain.Model;

/// <summary>One of a poll's answers, in display order.</summary>
public sealed class PollOption
{
    private PollOption()
    {
    }

    internal PollOption(Poll poll, string text, int position)
    {
        Poll = poll;
        Text = text;
        Position = position;
    }

    public long Id { get; private set; }

    public long PollId { get; private set; }

    public string Text { get; private set; } = null!;

    public int Position { get; private set; }

    public Poll Poll { get; private set; } = null!;
}
