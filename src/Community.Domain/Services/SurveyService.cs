using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Satisfaction surveys (0 to 10 scores, NPS) and their responses.</summary>
public sealed class SurveyService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Admins and analysts run surveys, for everyone or for one group.</summary>
    public Task<Survey> CreateAsync(long actorId, string title, string question, long? groupId, DateTime opensAt, DateTime closesAt,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            Guard.Against(actor.Role is not (MemberRole.Admin or MemberRole.Analyst),
                DomainErrors.NotAuthorized("Only admins and analysts create surveys."));
            await PostPublishing.LoadSpaceAsync(db, actor, groupId, cancellationToken);
            var survey = new Survey(title, question, groupId, actor.Id, opensAt, closesAt, Now);
            db.Surveys.Add(survey);
            return survey;
        }, cancellationToken);

    /// <summary>One response per member, while the survey is open, from its audience.</summary>
    public Task<SurveyResponse> RespondAsync(long actorId, long surveyId, int score, string? comment = null,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken)
                ?? throw new DomainException(DomainErrors.SurveyNotFound(surveyId));
            var (group, membership) = await PostPublishing.LoadSpaceAsync(db, actor, survey.GroupId, cancellationToken);
            if (group is not null)
            {
                Guard.Against(membership is null, DomainErrors.NotAMember(group.Id));
            }

            Guard.Against(group is null && actor.IsGuest, DomainErrors.SurveyNotFound(surveyId));
            Guard.Against(!survey.IsOpenAt(Now), DomainErrors.SurveyClosed(surveyId));
            Guard.Against(score is < Survey.MinScore or > Survey.MaxScore, DomainErrors.ScoreOutOfRange(score, Survey.MinScore, Survey.MaxScore));
            var commentLength = comment?.Length ?? 0;
            Guard.Against(commentLength > 4000, DomainErrors.BodyTooLong(commentLength, 4000));
            Guard.Against(await db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId && r.MemberId == actor.Id, cancellationToken),
                DomainErrors.DuplicateResponse(surveyId));
            var response = new SurveyResponse(surveyId, actor.Id, score, comment, Now);
            db.SurveyResponses.Add(response);
            db.RecordActivity(actor.Id, ActivityKind.SurveyAnswered, Now, survey.GroupId, subjectId: surveyId);
            return response;
        }, cancellationToken);
}
