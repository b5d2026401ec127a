namespace Community.Domain.Model;

/// <summary>
/// One reaction as it was given: its kind, when it was given and when it stopped standing (withdrawn, or replaced
/// by another kind). <see cref="Reaction"/> holds only what stands now; these rows keep the past, so "reactions
/// given in a period that still stand" can be taken as at any date. Rows are only ever closed, never removed.
/// </summary>
public sealed class ReactionPeriod
{
    private ReactionPeriod()
    {
    }

    /// <summary>Opens the period of a saved reaction (it needs its id).</summary>
    internal ReactionPeriod(Reaction reaction, DateTime givenAt)
    {
        ReactionId = reaction.Id;
        PostId = reaction.PostId;
        CommentId = reaction.CommentId;
        MemberId = reaction.MemberId;
        Kind = reaction.Kind;
        GivenAt = givenAt;
    }

    public long Id { get; private set; }

    /// <summary>The standing reaction this period belonged to; its row is deleted once withdrawn, so no foreign key binds them.</summary>
    public long ReactionId { get; private set; }

    public long PostId { get; private set; }

    public long? CommentId { get; private set; }

    public long MemberId { get; private set; }

    public ReactionKind Kind { get; private set; }

    public DateTime GivenAt { get; private set; }

    /// <summary>When the reaction was withdrawn or its kind changed; null while it stands.</summary>
    public DateTime? WithdrawnAt { get; private set; }

    internal void Withdraw(DateTime now) => WithdrawnAt ??= now;
}
