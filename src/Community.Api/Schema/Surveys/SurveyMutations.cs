using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Surveys;

/// <summary>The mutations on surveys: running one (admins and analysts) and answering one.</summary>
internal static class SurveyMutations
{
    private static readonly string[] CreateSurveyCodes =
        [DomainErrorCodes.NotAuthorized, DomainErrorCodes.GroupNotFound, DomainErrorCodes.InvalidInput];

    private static readonly string[] AnswerSurveyCodes =
        [DomainErrorCodes.SurveyNotFound, DomainErrorCodes.NotAMember, DomainErrorCodes.GroupNotFound, DomainErrorCodes.SurveyClosed,
         DomainErrorCodes.ScoreOutOfRange, DomainErrorCodes.DuplicateResponse, DomainErrorCodes.BodyTooLong];

    public static SchemaBuilder AddSurveyMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("CreateSurveyInput", i => i
            .Description("A new survey, for every employee or for one group's members.")
            .Field("title", "String!", f => f.Description("The title, at most 200 characters."))
            .Field("question", "String!", f => f.Description($"The question, at most 500 characters, answered with a score from {Survey.MinScore} to {Survey.MaxScore}."))
            .Field("groupId", "ID", f => f.Description("The group whose members are asked; null to ask every employee."))
            .Field("opensAt", "DateTime", f => f.Description("When responses start being accepted; now when omitted."))
            .Field("closesAt", "DateTime!", f => f.Description("When responses stop being accepted; after opensAt.")))
        .ObjectType("CreateSurveyPayload", t => t
            .Description("The result of createSurvey.")
            .Field("survey", "Survey", f => f.Description("The new survey; null when refused."))
            .Field("errors", "[CreateSurveyError!]", f => f.Description("Why the survey was refused; null when it was created.")))
        .AddErrorUnion("CreateSurveyError", "createSurvey", CreateSurveyCodes)
        .InputObjectType("AnswerSurveyInput", i => i
            .Description("The signed-in member's response to a survey; each member answers once.")
            .Field("surveyId", "ID!", f => f.Description("The survey (Survey.id)."))
            .Field("score", "Int!", f => f.Description($"The score, from {Survey.MinScore} to {Survey.MaxScore}."))
            .Field("comment", "String", f => f.Description("An optional comment, at most 4000 characters.")))
        .ObjectType("AnswerSurveyPayload", t => t
            .Description("The result of answerSurvey.")
            .Field("survey", "Survey", f => f.Description("The survey, its viewerResponse now set; null when refused."))
            .Field("errors", "[AnswerSurveyError!]", f => f.Description("Why the response was refused (nothing was recorded); null when it counted.")))
        .AddErrorUnion("AnswerSurveyError", "answerSurvey", AnswerSurveyCodes);

    public static ObjectTypeDescriptor AddSurveyMutations(this ObjectTypeDescriptor m) => m
        .Mutation("createSurvey", "Runs a survey: admins and analysts may, for everyone or for a group they can see.",
            "The survey.", "survey", CreateSurveyCodes, (ctx, viewer, input) => Surveys(ctx).CreateAsync(
                viewer.Id, (string)input["title"]!, (string)input["question"]!,
                input.GetValueOrDefault("groupId") is string group ? GlobalId.Decode(group, "Group") : null,
                (input.GetValueOrDefault("opensAt") as DateTimeOffset?)?.UtcDateTime ?? ctx.Now(),
                ((DateTimeOffset)input["closesAt"]!).UtcDateTime, ctx.CancellationToken))
        .Mutation("answerSurvey", "Answers an open survey addressed to the viewer, once.",
            "The response.", "survey", AnswerSurveyCodes, async (ctx, viewer, input) =>
            {
                var surveyId = input.Id("surveyId", "Survey");
                var score = Convert.ToInt32(input["score"], System.Globalization.CultureInfo.InvariantCulture);
                // A survey the viewer may not see is not found, as in surveys and node.
                await ReadSurveyAsync(ctx, surveyId);
                await Surveys(ctx).RespondAsync(viewer.Id, surveyId, score, input.GetValueOrDefault("comment") as string, ctx.CancellationToken);
                return await ReadSurveyAsync(ctx, surveyId);
            });

    private static SurveyService Surveys(IResolverContext context) => context.Services.GetRequiredService<SurveyService>();

    private static async Task<Survey> ReadSurveyAsync(IResolverContext context, long surveyId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        var viewer = await context.ViewerAsync();
        return await db.VisibleSurveys(viewer).AsNoTracking().FirstOrDefaultAsync(s => s.Id == surveyId, context.CancellationToken)
            ?? throw new DomainException(DomainErrors.SurveyNotFound(surveyId));
    }
}
