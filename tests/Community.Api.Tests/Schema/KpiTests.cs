using System.Text.Json;
using Community.Api.Tests.GraphQL;
using Community.Domain.Kpis;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Tests.Schema;

/// <summary>
/// The KPIs through the API: who may read them, the report's shape and trend, breakdowns that withhold small
/// audiences and never name secret groups to analysts, series in a time zone, definitions, leaderboard ties and
/// the codes of bad input. The figures themselves are proven in the domain's KPI tests.
/// </summary>
public sealed class KpiTests : IAsyncLifetime
{
    private const string Report = """
        query($period: KpiPeriodInput!, $groupId: ID, $department: String) {
          kpis(period: $period, groupId: $groupId, department: $department) {
            period { from to }
            previousPeriod { from to }
            current { members posts activeMembers satisfactionAverage nps fillRate }
            previous { members posts }
            metrics { metric value previous change relativeChange }
          }
        }
        """;

    private CommunityApi _api = null!;

    private object Period => new { from = DateTime.UtcNow.Date.AddDays(-1), to = DateTime.UtcNow.Date.AddDays(2) };

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private Task<Member> RegisterAsync(string handle, MemberRole role = MemberRole.Member) =>
        _api.Service<MemberService, Member>(s => s.RegisterAsync($"sub-{handle}", handle, $"{handle}@example.com", handle, MemberKind.Employee, role));

    [Fact]
    public async Task Members_are_refused_and_analysts_and_admins_read_the_figures()
    {
        var analyst = await RegisterAsync("ana", MemberRole.Analyst);

        var refused = await _api.RunAsync(_api.Bob, Report, new { period = Period });
        var forAnalyst = await _api.RunAsync(analyst, Report, new { period = Period });
        var forAdmin = await _api.RunAsync(_api.Ada, Report, new { period = Period });

        Assert.Equal("AUTH_NOT_AUTHORIZED", CommunitySchemaTests.Code(refused));
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("data").GetProperty("kpis").ValueKind);
        foreach (var response in new[] { forAnalyst, forAdmin })
        {
            var current = CommunitySchemaTests.Data(response).GetProperty("kpis").GetProperty("current");
            Assert.Equal(5, current.GetProperty("members").GetInt32());
            Assert.Equal(4, current.GetProperty("posts").GetInt32());
        }
    }

    [Fact]
    public async Task A_report_holds_the_period_before_and_each_metric_s_change()
    {
        var response = await _api.RunAsync(_api.Ada, Report, new { period = Period });

        var kpis = CommunitySchemaTests.Data(response).GetProperty("kpis");
        Assert.Equal(kpis.GetProperty("period").GetProperty("from").GetString(), kpis.GetProperty("previousPeriod").GetProperty("to").GetString());
        Assert.Equal(0, kpis.GetProperty("previous").GetProperty("posts").GetInt32());
        Assert.Equal(JsonValueKind.Null, kpis.GetProperty("current").GetProperty("satisfactionAverage").ValueKind);
        Assert.Equal(JsonValueKind.Null, kpis.GetProperty("current").GetProperty("nps").ValueKind);
        Assert.Equal(0, kpis.GetProperty("current").GetProperty("fillRate").GetDouble());
        var metrics = kpis.GetProperty("metrics").EnumerateArray().ToList();
        Assert.Equal(KpiDefinitions.All.Count, metrics.Count);
        var posts = metrics.Single(m => m.GetProperty("metric").GetString() == "POSTS");
        Assert.Equal(4, posts.GetProperty("value").GetDouble());
        Assert.Equal(0, posts.GetProperty("previous").GetDouble());
        Assert.Equal(4, posts.GetProperty("change").GetDouble());
        Assert.Equal(JsonValueKind.Null, posts.GetProperty("relativeChange").ValueKind);
        var nps = metrics.Single(m => m.GetProperty("metric").GetString() == "NPS");
        Assert.Equal(JsonValueKind.Null, nps.GetProperty("change").ValueKind);
    }

    [Fact]
    public async Task A_breakdown_withholds_rows_below_the_minimum_group_size()
    {
        const string query = """
            query($period: KpiPeriodInput!, $by: KpiBreakdownDimension!) {
              kpis(period: $period) { breakdown(by: $by) { suppressedRows rows { kind department audience figures { members posts } } } }
            }
            """;
        var before = await _api.RunAsync(_api.Ada, query, new { period = Period, by = "MEMBER_KIND" });
        foreach (var handle in new[] { "dee", "eve", "fay", "hal", "ike" })
        {
            await RegisterAsync(handle);
        }

        var after = await _api.RunAsync(_api.Ada, query, new { period = Period, by = "MEMBER_KIND" });

        var small = CommunitySchemaTests.Data(before).GetProperty("kpis").GetProperty("breakdown");
        Assert.Empty(small.GetProperty("rows").EnumerateArray());
        Assert.Equal(2, small.GetProperty("suppressedRows").GetInt32());
        var breakdown = CommunitySchemaTests.Data(after).GetProperty("kpis").GetProperty("breakdown");
        var employees = Assert.Single(breakdown.GetProperty("rows").EnumerateArray());
        Assert.Equal("EMPLOYEE", employees.GetProperty("kind").GetString());
        Assert.Equal(8, employees.GetProperty("audience").GetInt32());
        Assert.Equal(8, employees.GetProperty("figures").GetProperty("members").GetInt32());
        Assert.Equal(1, breakdown.GetProperty("suppressedRows").GetInt32()); // Gus, the one guest
    }

    [Fact]
    public async Task The_minimum_group_size_comes_from_the_Kpis_section()
    {
        const string query = """
            query($period: KpiPeriodInput!) { kpis(period: $period) { breakdown(by: MEMBER_KIND) { suppressedRows rows { kind audience } } } }
            """;
        await using var strict = await CommunityApi.CreateAsync(o => o.MinimumGroupSize = 4);
        await using var lenient = await CommunityApi.CreateAsync(o => o.MinimumGroupSize = 1);

        var strictRows = CommunitySchemaTests.Data(await strict.RunAsync(strict.Ada, query, new { period = Period })).GetProperty("kpis").GetProperty("breakdown");
        var lenientRows = CommunitySchemaTests.Data(await lenient.RunAsync(lenient.Ada, query, new { period = Period })).GetProperty("kpis").GetProperty("breakdown");

        // Three employees and one guest: four is too many for either, one lets both through.
        Assert.Equal(2, strictRows.GetProperty("suppressedRows").GetInt32());
        Assert.Equal(0, lenientRows.GetProperty("suppressedRows").GetInt32());
        Assert.Equal([("EMPLOYEE", 3), ("GUEST", 1)], lenientRows.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("audience").GetInt32())));
    }

    [Fact]
    public void A_minimum_group_size_below_one_stops_the_server_from_starting()
    {
        var refused = Assert.ThrowsAny<Exception>(() =>
            ApiServer.With(builder => builder.UseSetting("Kpis:MinimumGroupSize", "0")).Dispose());

        Assert.Contains("Kpis:MinimumGroupSize must be at least 1", refused.ToString());
    }

    [Fact]
    public async Task Each_node_folds_the_day_deltas_into_the_day_totals_in_the_background()
    {
        using var server = ApiServer.With(builder => builder.UseSetting("Kpis:FoldInterval", "00:00:00.100"));
        var factory = server.Services.GetRequiredService<IDbContextFactory<CommunityDbContext>>();
        var day = new DateOnly(2020, 2, 29);
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "KpiDayDeltas" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions") VALUES ({day}, 0, 0, 2, 0, 0)
                """);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        long? folded = null;
        while (folded is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            await using var db = await factory.CreateDbContextAsync();
            folded = await db.KpiDayDeltas.AnyAsync() ? null : (await db.KpiDayTotals.SingleOrDefaultAsync(t => t.Day == day))?.Views;
        }

        Assert.Equal(2, folded);
    }

    [Fact]
    public void A_fold_interval_that_is_not_positive_stops_the_server_from_starting()
    {
        var refused = Assert.ThrowsAny<Exception>(() => ApiServer.With(builder => builder.UseSetting("Kpis:FoldInterval", "00:00:00")).Dispose());

        Assert.Contains("Kpis:FoldInterval must be a positive duration", refused.ToString());
    }

    [Fact]
    public async Task Analysts_never_see_a_secret_group_in_a_breakdown_or_as_a_scope()
    {
        var analyst = await RegisterAsync("ana", MemberRole.Analyst);
        const string query = """
            query($period: KpiPeriodInput!) { kpis(period: $period) { breakdown(by: GROUP) { suppressedRows rows { group { name } } } } }
            """;

        var forAnalyst = await _api.RunAsync(analyst, query, new { period = Period });
        var forAdmin = await _api.RunAsync(_api.Ada, query, new { period = Period });
        var secretScope = await _api.RunAsync(analyst, Report, new { period = Period, groupId = CommunityApi.Id("Group", _api.ProjectX.Id) });
        var adminSecretScope = await _api.RunAsync(_api.Ada, Report, new { period = Period, groupId = CommunityApi.Id("Group", _api.ProjectX.Id) });

        // Engineering (3), Leadership (1) and, for admins, Project X (1) are all below five members.
        Assert.Equal(2, CommunitySchemaTests.Data(forAnalyst).GetProperty("kpis").GetProperty("breakdown").GetProperty("suppressedRows").GetInt32());
        Assert.Equal(3, CommunitySchemaTests.Data(forAdmin).GetProperty("kpis").GetProperty("breakdown").GetProperty("suppressedRows").GetInt32());
        Assert.Equal(KpiErrorCodes.GroupNotFound, CommunitySchemaTests.Code(secretScope));
        Assert.Equal(1, CommunitySchemaTests.Data(adminSecretScope).GetProperty("kpis").GetProperty("current").GetProperty("posts").GetInt32());
    }

    [Fact]
    public async Task A_department_smaller_than_the_minimum_is_refused()
    {
        await _api.Service<MemberService, Member>(s => s.UpdateProfileAsync(_api.Bob.Id, _api.Bob.Id, new MemberProfile("Bob", Department: "Sales")));

        var response = await _api.RunAsync(_api.Ada, Report, new { period = Period, department = "Sales" });

        Assert.Equal(KpiErrorCodes.AudienceTooSmall, CommunitySchemaTests.Code(response));
    }

    [Fact]
    public async Task A_series_cuts_the_period_at_the_time_zone_s_midnights()
    {
        const string query = """
            query($period: KpiPeriodInput!) { kpis(period: $period) { series(metric: POSTS, granularity: DAY, timeZone: "Asia/Tokyo") { from to value } } }
            """;

        var response = await _api.RunAsync(_api.Ada, query, new { period = Period });

        var points = CommunitySchemaTests.Data(response).GetProperty("kpis").GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(4, points.Count);
        var from = DateTime.UtcNow.Date.AddDays(-1);
        Assert.Equal(from.AddHours(15), points[0].GetProperty("to").GetDateTime().ToUniversalTime());
        Assert.Equal(from.AddDays(3), points[^1].GetProperty("to").GetDateTime().ToUniversalTime());
        Assert.Equal(4, points.Sum(p => p.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task Definitions_name_every_field_of_the_figures()
    {
        var response = await _api.RunAsync(_api.Cleo, """
            { kpiDefinitions { metric name field description formula unit } __type(name: "KpiFigures") { fields { name } } }
            """);

        var data = CommunitySchemaTests.Data(response);
        var fields = data.GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        var definitions = data.GetProperty("kpiDefinitions").EnumerateArray().ToList();
        Assert.Equal(fields.Where(f => f != "leadership"), definitions.Select(d => d.GetProperty("field").GetString()));
        Assert.Contains(definitions, d => d.GetProperty("metric").GetString() == "DAILY_ACTIVE_MEMBERS" && d.GetProperty("field").GetString() == "dailyActiveMembers");
        Assert.All(definitions, d => Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("formula").GetString())));
    }

    [Fact]
    public async Task Equal_points_share_a_rank_on_the_leaderboard()
    {
        await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Cleo.Id, new NewPost(null, PostKind.Update, "Me too")));

        var response = await _api.RunAsync(_api.Ada, """
            query($period: KpiPeriodInput!) { kpis(period: $period) { leaderboard(first: 3) { rank points member { handle } } } }
            """, new { period = Period });

        var board = CommunitySchemaTests.Data(response).GetProperty("kpis").GetProperty("leaderboard").EnumerateArray()
            .Select(e => (e.GetProperty("rank").GetInt32(), e.GetProperty("points").GetInt32(), e.GetProperty("member").GetProperty("handle").GetString())).ToList();
        Assert.Equal([(1, 30, "ada"), (2, 10, "bob"), (2, 10, "cleo")], board);
    }

    [Fact]
    public async Task Admins_flag_leaders_through_the_profile_and_the_leadership_figures_follow_them()
    {
        const string flag = """
            mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { member { isLeader } errors { __typename } } }
            """;
        var bob = CommunityApi.Id("Member", _api.Bob.Id);

        var refused = await _api.RunAsync(_api.Bob, flag, new { input = new { isLeader = true } });
        var flagged = await _api.RunAsync(_api.Ada, flag, new { input = new { memberId = bob, isLeader = true } });
        var response = await _api.RunAsync(_api.Ada, """
            query($period: KpiPeriodInput!) { kpis(period: $period) { current { leadership { posts comments reach } } } }
            """, new { period = Period });

        Assert.Equal("NotAuthorizedError", CommunitySchemaTests.Data(refused).GetProperty("updateProfile").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.True(CommunitySchemaTests.Data(flagged).GetProperty("updateProfile").GetProperty("member").GetProperty("isLeader").GetBoolean());
        var leadership = CommunitySchemaTests.Data(response).GetProperty("kpis").GetProperty("current").GetProperty("leadership");
        Assert.Equal((1, 0, 0), (leadership.GetProperty("posts").GetInt32(), leadership.GetProperty("comments").GetInt32(), leadership.GetProperty("reach").GetInt32()));
    }

    [Theory]
    [InlineData("2026-03-10T00:00:00Z", "2026-03-01T00:00:00Z", "UTC", "KPI_PERIOD_INVALID")]
    [InlineData("2025-01-01T00:00:00Z", "2026-01-03T00:00:00Z", "UTC", "KPI_PERIOD_INVALID")]
    [InlineData("2026-03-01T00:00:00Z", "2026-03-10T00:00:00Z", "Mars/Olympus_Mons", "KPI_TIME_ZONE_UNKNOWN")]
    public async Task Bad_input_is_refused_with_a_code(string from, string to, string timeZone, string code)
    {
        var response = await _api.RunAsync(_api.Ada, """
            query($period: KpiPeriodInput!, $zone: String!) { kpis(period: $period) { series(metric: POSTS, granularity: WEEK, timeZone: $zone) { value } } }
            """, new { period = new { from, to }, zone = timeZone });

        Assert.Equal(code, CommunitySchemaTests.Code(response));
    }

    [Fact]
    public async Task An_unknown_metric_or_granularity_is_a_validation_error()
    {
        var response = await _api.RunAsync(_api.Ada, """
            { kpis(period: { from: "2026-03-01T00:00:00Z", to: "2026-03-02T00:00:00Z" }) { series(metric: HAPPINESS, granularity: FORTNIGHT) { value } } }
            """);

        Assert.Equal(2, response.GetProperty("errors").GetArrayLength());
        Assert.False(response.TryGetProperty("data", out _));
    }
}
