namespace Community.Domain.Services;

/// <summary>How far an announcement reached: members targeted, and how many of them saw and acknowledged it.</summary>
public sealed record AnnouncementCoverage(int Targeted, int Seen, int Acknowledged)
{
    /// <summary>Seen over targeted; 0 when nobody is targeted.</summary>
    public double SeenRate => Targeted == 0 ? 0 : (double)Seen / Targeted;

    /// <summary>Acknowledged over targeted; 0 when nobody is targeted.</summary>
    public double AcknowledgedRate => Targeted == 0 ? 0 : (double)Acknowledged / Targeted;
}
