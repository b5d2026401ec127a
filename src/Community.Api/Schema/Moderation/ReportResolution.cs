namespace Community.Api.Schema.Moderation;

/// <summary>What a moderator decides about a report: the outcomes of the domain's ReportStatus, without Open.</summary>
internal enum ReportResolution
{
    Dismiss,
    RemoveContent,
}
