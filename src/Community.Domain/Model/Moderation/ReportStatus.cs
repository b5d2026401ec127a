namespace Community.Domain.Model;

/// <summary>Where a report stands in the moderation queue.</summary>
public enum ReportStatus
{
    Open = 0,
    Dismissed = 1,
    ContentRemoved = 2,
}
