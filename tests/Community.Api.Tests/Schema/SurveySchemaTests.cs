using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>Surveys through the API: who sees them, answering once, and the answers that must not count.</summary>
public sealed class SurveySchemaTests : IAsyncLifetime
{
    private const string Answer = """
        mutation($input: AnswerSurveyInput!) {
          answerSurvey(input: $input) {
            survey { id isOpen viewerResponse { score comment } }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private const string Surveys = "{ surveys { totalCount nodes { id title isOpen group { name } viewerResponse { score comment } } } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task An_admin_runs_a_survey_and_each_member_sees_only_their_own_response()
    {
        var created = await _api.RunAsync(_api.Ada, """
            mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id title isOpen group { name } } errors { __typename } } }
            """, new { input = new { title = "Pulse", question = "How likely are you to recommend us?", closesAt = DateTime.UtcNow.AddDays(7) } });
        var survey = CommunitySchemaTests.Data(created).GetProperty("createSurvey").GetProperty("survey");
        Assert.True(survey.GetProperty("isOpen").GetBoolean());
        Assert.Equal(JsonValueKind.Null, survey.GetProperty("group").ValueKind);
        var surveyId = survey.GetProperty("id").GetString()!;

        var answered = await _api.RunAsync(_api.Bob, Answer, new { input = new { surveyId, score = 9, comment = "  Great  " } });
        var bobsList = await _api.RunAsync(_api.Bob, Surveys);
        var cleosList = await _api.RunAsync(_api.Cleo, Surveys);

        var payload = CommunitySchemaTests.Data(answered).GetProperty("answerSurvey");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(9, payload.GetProperty("survey").GetProperty("viewerResponse").GetProperty("score").GetInt32());
        Assert.Equal("Great", payload.GetProperty("survey").GetProperty("viewerResponse").GetProperty("comment").GetString());
        var bobs = CommunitySchemaTests.Data(bobsList).GetProperty("surveys").GetProperty("nodes")[0];
        Assert.Equal("Pulse", bobs.GetProperty("title").GetString());
        Assert.Equal(9, bobs.GetProperty("viewerResponse").GetProperty("score").GetInt32());
        var cleos = CommunitySchemaTests.Data(cleosList).GetProperty("surveys").GetProperty("nodes")[0];
        Assert.Equal(JsonValueKind.Null, cleos.GetProperty("viewerResponse").ValueKind);
    }

    [Fact]
    public async Task A_member_cannot_run_a_survey()
    {
        var response = await _api.RunAsync(_api.Bob, """
            mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { __typename ... on Error { code } } } }
            """, new { input = new { title = "Mine", question = "Rate me", closesAt = DateTime.UtcNow.AddDays(1) } });

        var payload = CommunitySchemaTests.Data(response).GetProperty("createSurvey");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("survey").ValueKind);
        Assert.Equal("NotAuthorizedError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(0, await _api.CountAsync(db => db.Surveys));
    }

    [Theory]
    [InlineData("closed", 8, "SurveyClosedError", "SURVEY_CLOSED")]
    [InlineData("not-yet-open", 8, "SurveyClosedError", "SURVEY_CLOSED")]
    [InlineData("open", 11, "ScoreOutOfRangeError", "SCORE_OUT_OF_RANGE")]
    [InlineData("open", -1, "ScoreOutOfRangeError", "SCORE_OUT_OF_RANGE")]
    public async Task A_refused_response_comes_back_as_a_typed_error_and_writes_nothing(string state, int score, string errorType, string code)
    {
        var now = DateTime.UtcNow;
        var (opens, closes) = state switch
        {
            "closed" => (now.AddDays(-7), now.AddDays(-1)),
            "not-yet-open" => (now.AddDays(1), now.AddDays(7)),
            _ => (now.AddDays(-1), now.AddDays(7)),
        };
        var survey = await SurveyAsync(null, opens, closes);
        var responses = await _api.CountAsync(db => db.SurveyResponses);
        var activity = await _api.CountAsync(db => db.ActivityEntries);

        var response = await _api.RunAsync(_api.Bob, Answer, new { input = new { surveyId = CommunityApi.Id("Survey", survey.Id), score } });

        var payload = CommunitySchemaTests.Data(response).GetProperty("answerSurvey");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("survey").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(responses, await _api.CountAsync(db => db.SurveyResponses));
        Assert.Equal(activity, await _api.CountAsync(db => db.ActivityEntries));
    }

    [Fact]
    public async Task A_second_response_is_refused_and_the_first_one_stands()
    {
        var survey = await SurveyAsync(null, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));
        var surveyId = CommunityApi.Id("Survey", survey.Id);
        await _api.RunAsync(_api.Bob, Answer, new { input = new { surveyId, score = 3 } });

        var second = await _api.RunAsync(_api.Bob, Answer, new { input = new { surveyId, score = 10 } });

        var error = CommunitySchemaTests.Data(second).GetProperty("answerSurvey").GetProperty("errors")[0];
        Assert.Equal("DuplicateResponseError", error.GetProperty("__typename").GetString());
        Assert.Equal(1, await _api.CountAsync(db => db.SurveyResponses));
        var list = await _api.RunAsync(_api.Bob, Surveys);
        Assert.Equal(3, CommunitySchemaTests.Data(list).GetProperty("surveys").GetProperty("nodes")[0].GetProperty("viewerResponse").GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task A_group_survey_is_seen_and_answered_by_its_members_only()
    {
        var survey = await SurveyAsync(_api.Leadership.Id, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));
        var surveyId = CommunityApi.Id("Survey", survey.Id);

        var bobsList = await _api.RunAsync(_api.Bob, Surveys);
        var bobsNode = await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { id } }", new { id = surveyId });
        var bobsAnswer = await _api.RunAsync(_api.Bob, Answer, new { input = new { surveyId, score = 5 } });
        var adasList = await _api.RunAsync(_api.Ada, Surveys);

        Assert.Equal(0, CommunitySchemaTests.Data(bobsList).GetProperty("surveys").GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(bobsNode).GetProperty("node").ValueKind);
        Assert.Equal("SURVEY_NOT_FOUND", CommunitySchemaTests.Data(bobsAnswer).GetProperty("answerSurvey").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(0, await _api.CountAsync(db => db.SurveyResponses));
        var adas = CommunitySchemaTests.Data(adasList).GetProperty("surveys").GetProperty("nodes")[0];
        Assert.Equal("Leadership", adas.GetProperty("group").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Guests_do_not_see_company_wide_surveys()
    {
        var survey = await SurveyAsync(null, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));

        var list = await _api.RunAsync(_api.Gus, Surveys);
        var answer = await _api.RunAsync(_api.Gus, Answer, new { input = new { surveyId = CommunityApi.Id("Survey", survey.Id), score = 5 } });

        Assert.Equal(0, CommunitySchemaTests.Data(list).GetProperty("surveys").GetProperty("totalCount").GetInt32());
        Assert.Equal("SURVEY_NOT_FOUND", CommunitySchemaTests.Data(answer).GetProperty("answerSurvey").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Surveys_filter_on_their_closing_time()
    {
        await SurveyAsync(null, DateTime.UtcNow.AddDays(-7), DateTime.UtcNow.AddDays(-1));
        var open = await SurveyAsync(null, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));

        var response = await _api.RunAsync(_api.Bob, "query($now: DateTime!) { surveys(where: { closesAt: { gt: $now } }) { nodes { id isOpen } } }",
            new { now = DateTime.UtcNow });

        var nodes = CommunitySchemaTests.Data(response).GetProperty("surveys").GetProperty("nodes");
        Assert.Equal([CommunityApi.Id("Survey", open.Id)], nodes.EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.True(nodes[0].GetProperty("isOpen").GetBoolean());
    }

    [Fact]
    public async Task A_page_of_surveys_costs_the_statements_of_a_single_survey()
    {
        var first = await SurveyAsync(_api.Engineering.Id, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));
        await _api.Service<SurveyService, SurveyResponse>(s => s.RespondAsync(_api.Bob.Id, first.Id, 7));
        _api.Statements.Reset();
        await _api.RunAsync(_api.Bob, Surveys);
        var singleCount = _api.Statements.Count;
        for (var i = 0; i < 4; i++)
        {
            var survey = await SurveyAsync(_api.Engineering.Id, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));
            await _api.Service<SurveyService, SurveyResponse>(s => s.RespondAsync(_api.Bob.Id, survey.Id, 7));
        }

        _api.Statements.Reset();
        var page = await _api.RunAsync(_api.Bob, Surveys);

        Assert.Equal(5, CommunitySchemaTests.Data(page).GetProperty("surveys").GetProperty("totalCount").GetInt32());
        Assert.Equal(singleCount, _api.Statements.Count);
    }

    private Task<Survey> SurveyAsync(long? groupId, DateTime opensAt, DateTime closesAt) =>
        _api.Service<SurveyService, Survey>(s => s.CreateAsync(_api.Ada.Id, "Pulse", "How are we doing?", groupId, opensAt, closesAt));
}
