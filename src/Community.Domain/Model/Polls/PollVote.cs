namespace Community.Domain.Model;

/// <summary>A member's single vote in a poll; voting again moves it to another option.</summary>
public sealed class PollVote
{
    private PollVote()
    {
    }

    internal PollVote(long pollId, long optionId, long memberId, DateTime votedAt)
    {
        PollId = pollId;
        OptionId = optionId;
        MemberId = memberId;
        VotedAt = votedAt;
    }

    public long Id { get; private set; }

    public long PollId { get; private set; }

    public long OptionId { get; private set; }

    public long MemberId { get; private set; }

    public DateTime VotedAt { get; private set; }

    internal void MoveTo(long optionId, DateTime now)
    {
        OptionId = optionId;
        VotedAt = now;
    }
}
