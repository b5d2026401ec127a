namespace Community.Domain.Model;

/// <summary>A member's single answer to a survey.</summary>
public sealed class SurveyResponse
{
    private SurveyResponse()
    {
    }

    internal SurveyResponse(long surveyId, long memberId, int score, string? comment, DateTime submittedAt)
    {
        SurveyId = surveyId;
        MemberId = memberId;
        Score = score;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        SubmittedAt = submittedAt;
    }

    public long Id { get; private set; }

    public long SurveyId { get; private set; }

    public long MemberId { get; private set; }

    public int Score { get; private set; }

    public string? Comment { get; private set; }

    public DateTime SubmittedAt { get; private set; }
}
