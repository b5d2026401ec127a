using Community.Domain.Model;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Surveys;

/// <summary>The viewer's responses to a page of surveys, in one statement.</summary>
internal static class SurveyLoaders
{
    public static async Task<SurveyResponse?> ViewerResponseAsync(this IResolverContext context, long surveyId)
    {
        var viewer = await context.ViewerAsync();
        var factory = context.DbFactory();
        return await context.DataLoader<long, SurveyResponse>("survey.viewerResponse", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.SurveyResponses.AsNoTracking()
                .Where(r => ids.Contains(r.SurveyId) && r.MemberId == viewer.Id)
                .ToDictionaryAsync(r => r.SurveyId, ct);
        }).LoadAsync(surveyId);
    }
}
