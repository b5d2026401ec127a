using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Surveys;

/// <summary>Surveys: the <c>Survey</c> and <c>SurveyResponse</c> types and the list <c>surveys</c>.</summary>
internal static class SurveySchema
{
    public static SchemaBuilder AddSurveyTypes(this SchemaBuilder builder) => builder
        .ObjectType<Survey>("Survey", t => t
            .Description($"A satisfaction survey: one question answered with a score from {Survey.MinScore} to {Survey.MaxScore} and an optional comment, open between two times. Seen by its audience (everyone, or a group's members), its creator and admins.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The survey's global id; answerSurvey takes it.").Resolve(ctx => GlobalId.Encode("Survey", ctx.ParentAs<Survey>().Id)))
            .Field(s => s.Title, f => f.Description("The survey's title."))
            .Field(s => s.Question, f => f.Description("The question the score answers."))
            .Field("group", "Group", f => f
                .Description("The group whose members are asked; null when every employee is.")
                .ResolveAsync(async ctx => ctx.ParentAs<Survey>().GroupId is { } groupId ? await ctx.GroupAsync(groupId) : null))
            .Field(s => s.OpensAt, f => f.Description("When responses start being accepted."))
            .Field(s => s.ClosesAt, f => f.Description("When responses stop being accepted."))
            .Field("isOpen", "Boolean!", f => f
                .Description("Whether the survey accepts responses now.")
                .Resolve(ctx => ctx.ParentAs<Survey>().IsOpenAt(ctx.Now())))
            .Field("minScore", "Int!", f => f.Description("The lowest score a response may give.").Resolve(_ => Survey.MinScore))
            .Field("maxScore", "Int!", f => f.Description("The highest score a response may give.").Resolve(_ => Survey.MaxScore))
            .Field("viewerResponse", "SurveyResponse", f => f
                .Description("The signed-in member's own response; null if they have not answered. Nobody sees another member's response here.")
                .ResolveAsync(ctx => ctx.ViewerResponseAsync(ctx.ParentAs<Survey>().Id))))
        .ObjectType<SurveyResponse>("SurveyResponse", t => t
            .Description("A member's answer to a survey; each member answers once.")
            .Field(r => r.Score, f => f.Description("The score given."))
            .Field(r => r.Comment, f => f.Description("The comment given; null if none."))
            .Field(r => r.SubmittedAt, f => f.Description("When the response was given.")));

    public static ObjectTypeDescriptor AddSurveyQueries(this ObjectTypeDescriptor q, DataConventions data) => q
        .Field("surveys", f => f
            .Description("The surveys the viewer may see (addressed to them, created by them, or all for admins), the latest to open first unless ordered otherwise. Filter on closesAt to list the ones still open.")
            .UseDbContext<CommunityDbContext>()
            .UsePaging<Survey>(conventions: data)
            .UseProjection<Survey>(data)
            .UseFiltering<Survey>(data)
            .UseSorting<Survey>(data)
            .UseDefaultOrder<Survey>(o => o.Descending(s => s.OpensAt), data)
            .ResolveAsync(async ctx => ctx.DbContext<CommunityDbContext>().VisibleSurveys(await ctx.ViewerAsync())));
}
