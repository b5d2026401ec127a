using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>Moderation through the API: reporting content, the queue and who sees it, resolving reports.</summary>
public sealed class ModerationSchemaTests : IAsyncLifetime
{
    private const string ReportContent = """
        mutation($input: ReportContentInput!) {
          reportContent(input: $input) {
            report { id reason status reporter { handle } post { id } comment { id } }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private const string ResolveReport = """
        mutation($input: ResolveReportInput!) {
          resolveReport(input: $input) {
            report { id status resolvedAt resolvedBy { handle } post { id } comment { id } }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private const string Queue = "{ moderationQueue { totalCount nodes { id reason status reporter { handle } post { id body } comment { body } } } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_reported_post_reaches_the_moderation_queue()
    {
        var reported = await _api.RunAsync(_api.Cleo, ReportContent, new { input = new { postId = PostId(_api.EngineeringPost), reason = "Off topic" } });

        var payload = CommunitySchemaTests.Data(reported).GetProperty("reportContent");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("OPEN", payload.GetProperty("report").GetProperty("status").GetString());
        var queue = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Queue)).GetProperty("moderationQueue");
        Assert.Equal(1, queue.GetProperty("totalCount").GetInt32());
        var report = queue.GetProperty("nodes")[0];
        Assert.Equal("Off topic", report.GetProperty("reason").GetString());
        Assert.Equal("cleo", report.GetProperty("reporter").GetProperty("handle").GetString());
        Assert.Equal(PostId(_api.EngineeringPost), report.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("comment").ValueKind);
    }

    [Fact]
    public async Task The_moderation_queue_is_refused_to_members()
    {
        await _api.Service<ModerationService, Report>(s => s.ReportAsync(_api.Cleo.Id, _api.EngineeringPost.Id, "Spam"));

        var asBob = await _api.RunAsync(_api.Bob, Queue);
        var asGuest = await _api.RunAsync(_api.Gus, Queue);
        var signedOut = await _api.RunAsync(null, Queue);

        Assert.Equal("AUTH_NOT_AUTHORIZED", CommunitySchemaTests.Code(asBob));
        Assert.Equal("AUTH_NOT_AUTHORIZED", CommunitySchemaTests.Code(asGuest));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", CommunitySchemaTests.Code(signedOut));
        Assert.DoesNotContain("Spam", asBob.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_moderator_sees_the_reports_on_their_group_only()
    {
        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Ada.Id, _api.Engineering.Id, _api.Cleo.Id, GroupRole.Moderator));
        await _api.Service<ModerationService, Report>(s => s.ReportAsync(_api.Bob.Id, _api.EngineeringPost.Id, "In the group"));
        await _api.Service<ModerationService, Report>(s => s.ReportAsync(_api.Bob.Id, _api.CompanyPost.Id, "Company-wide"));

        var queue = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Queue)).GetProperty("moderationQueue");
        var all = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Queue)).GetProperty("moderationQueue");

        Assert.Equal(["In the group"], queue.GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("reason").GetString()));
        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_report_on_content_the_reporter_cannot_read_is_not_found_and_writes_nothing()
    {
        var secretComment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Ada.Id, _api.SecretPost.Id, "Between us"));

        var onPost = await _api.RunAsync(_api.Bob, ReportContent, new { input = new { postId = PostId(_api.SecretPost), reason = "Curious" } });
        var onComment = await _api.RunAsync(_api.Bob, ReportContent, new { input = new { commentId = CommunityApi.Id("Comment", secretComment.Id), reason = "Curious" } });
        var onPrivate = await _api.RunAsync(_api.Cleo, ReportContent, new { input = new { postId = PostId(_api.LeadershipPost), reason = "Curious" } });

        AssertRefused(onPost, "POST_NOT_FOUND");
        AssertRefused(onComment, "COMMENT_NOT_FOUND");
        AssertRefused(onPrivate, "POST_NOT_FOUND");
        Assert.Equal(0, await _api.CountAsync(db => db.Reports));

        static void AssertRefused(JsonElement response, string code)
        {
            var payload = CommunitySchemaTests.Data(response).GetProperty("reportContent");
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("report").ValueKind);
            Assert.Equal(code, payload.GetProperty("errors")[0].GetProperty("code").GetString());
            Assert.DoesNotContain("Project X", payload.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain("Between us", payload.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task A_report_names_exactly_one_of_a_post_and_a_comment(bool givePost, bool giveComment)
    {
        var comment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Bob.Id, _api.EngineeringPost.Id, "Hm"));

        var response = await _api.RunAsync(_api.Cleo, ReportContent, new
        {
            input = new
            {
                postId = givePost ? PostId(_api.EngineeringPost) : null,
                commentId = giveComment ? CommunityApi.Id("Comment", comment.Id) : null,
                reason = "Which one?",
            },
        });

        Assert.Equal("InvalidInputError", CommunitySchemaTests.Data(response).GetProperty("reportContent").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(0, await _api.CountAsync(db => db.Reports));
    }

    [Fact]
    public async Task Removing_a_reported_comment_deletes_it_tells_its_author_and_closes_the_report()
    {
        var comment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Bob.Id, _api.EngineeringPost.Id, "Rude words"));
        var reported = await _api.RunAsync(_api.Cleo, ReportContent, new { input = new { commentId = CommunityApi.Id("Comment", comment.Id), reason = "Rude" } });
        var report = CommunitySchemaTests.Data(reported).GetProperty("reportContent").GetProperty("report");
        Assert.Equal(CommunityApi.Id("Comment", comment.Id), report.GetProperty("comment").GetProperty("id").GetString());
        Assert.Equal(PostId(_api.EngineeringPost), report.GetProperty("post").GetProperty("id").GetString());
        var reportId = report.GetProperty("id").GetString()!;
        var notifications = await _api.CountAsync(db => db.Notifications.Where(n => n.RecipientId == _api.Bob.Id));

        var resolved = await _api.RunAsync(_api.Ada, ResolveReport, new { input = new { reportId, resolution = "REMOVE_CONTENT" } });

        var result = CommunitySchemaTests.Data(resolved).GetProperty("resolveReport").GetProperty("report");
        Assert.Equal("CONTENT_REMOVED", result.GetProperty("status").GetString());
        Assert.Equal("ada", result.GetProperty("resolvedBy").GetProperty("handle").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("comment").ValueKind);
        Assert.Equal(PostId(_api.EngineeringPost), result.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(1, await _api.CountAsync(db => db.Comments.Where(c => c.Id == comment.Id && c.DeletedAt != null)));
        Assert.Equal(notifications + 1, await _api.CountAsync(db => db.Notifications.Where(n => n.RecipientId == _api.Bob.Id)));

        var again = await _api.RunAsync(_api.Ada, ResolveReport, new { input = new { reportId, resolution = "DISMISS" } });
        Assert.Equal("ReportAlreadyResolvedError",
            CommunitySchemaTests.Data(again).GetProperty("resolveReport").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(1, await _api.CountAsync(db => db.Reports.Where(r => r.Status == ReportStatus.ContentRemoved)));
    }

    [Fact]
    public async Task Dismissing_a_report_keeps_the_post()
    {
        var report = await _api.Service<ModerationService, Report>(s => s.ReportAsync(_api.Cleo.Id, _api.EngineeringPost.Id, "Meh"));

        var resolved = await _api.RunAsync(_api.Ada, ResolveReport, new { input = new { reportId = CommunityApi.Id("Report", report.Id), resolution = "DISMISS" } });

        var result = CommunitySchemaTests.Data(resolved).GetProperty("resolveReport").GetProperty("report");
        Assert.Equal("DISMISSED", result.GetProperty("status").GetString());
        Assert.Equal(PostId(_api.EngineeringPost), result.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(1, await _api.CountAsync(db => db.Posts.Where(p => p.Id == _api.EngineeringPost.Id && p.DeletedAt == null)));
    }

    [Fact]
    public async Task A_member_cannot_resolve_a_report_nor_learn_that_it_exists()
    {
        var report = await _api.Service<ModerationService, Report>(s => s.ReportAsync(_api.Cleo.Id, _api.CompanyPost.Id, "Hmm"));
        var secretReport = await _api.Service<ModerationService, Report>(s => s.ReportAsync(_api.Ada.Id, _api.SecretPost.Id, "Hush"));

        var resolved = await _api.RunAsync(_api.Bob, ResolveReport, new { input = new { reportId = CommunityApi.Id("Report", report.Id), resolution = "REMOVE_CONTENT" } });
        var node = await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { id } }", new { id = CommunityApi.Id("Report", secretReport.Id) });
        var ownNode = await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { ... on Report { reason status } } }", new { id = CommunityApi.Id("Report", report.Id) });

        var error = CommunitySchemaTests.Data(resolved).GetProperty("resolveReport").GetProperty("errors")[0];
        Assert.Equal("REPORT_NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(2, await _api.CountAsync(db => db.Reports.Where(r => r.Status == ReportStatus.Open)));
        Assert.Equal(1, await _api.CountAsync(db => db.Posts.Where(p => p.Id == _api.CompanyPost.Id && p.DeletedAt == null)));
        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(node).GetProperty("node").ValueKind);
        Assert.Equal("Hmm", CommunitySchemaTests.Data(ownNode).GetProperty("node").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_group_moderator_cannot_resolve_reports_of_other_spaces()
    {
        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Ada.Id, _api.Engineering.Id, _api.Cleo.Id, GroupRole.Moderator));
        var report = await _api.Service<ModerationService, Report>(s => s.ReportAsync(_api.Bob.Id, _api.CompanyPost.Id, "Company-wide"));

        var resolved = await _api.RunAsync(_api.Cleo, ResolveReport, new { input = new { reportId = CommunityApi.Id("Report", report.Id), resolution = "REMOVE_CONTENT" } });

        Assert.Equal("REPORT_NOT_FOUND", CommunitySchemaTests.Data(resolved).GetProperty("resolveReport").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(1, await _api.CountAsync(db => db.Posts.Where(p => p.Id == _api.CompanyPost.Id && p.DeletedAt == null)));
    }

    [Fact]
    public async Task The_queue_filters_on_status_and_a_page_costs_the_statements_of_a_single_report()
    {
        const string OpenQueue = "{ moderationQueue(where: { status: { eq: OPEN } }) { totalCount nodes { reason reporter { handle } post { id } comment { id } } } }";
        var dismissed = await _api.Service<ModerationService, Report>(s => s.ReportAsync(_api.Cleo.Id, _api.CompanyPost.Id, "Old"));
        await _api.Service<ModerationService, Report>(s => s.ResolveAsync(_api.Ada.Id, dismissed.Id, ReportStatus.Dismissed));
        var comment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Bob.Id, _api.EngineeringPost.Id, "Hm"));
        await _api.Service<ModerationService, Report>(s => s.ReportAsync(_api.Cleo.Id, _api.EngineeringPost.Id, "First", comment.Id));
        _api.Statements.Reset();
        var single = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, OpenQueue)).GetProperty("moderationQueue");
        var singleCount = _api.Statements.Count;
        foreach (var reporter in new[] { _api.Bob, _api.Gus, _api.Ada })
        {
            await _api.Service<ModerationService, Report>(s => s.ReportAsync(reporter.Id, _api.EngineeringPost.Id, "More", comment.Id));
        }

        _api.Statements.Reset();
        var page = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, OpenQueue)).GetProperty("moderationQueue");

        Assert.Equal(1, single.GetProperty("totalCount").GetInt32());
        Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(singleCount, _api.Statements.Count);
    }

    private static string PostId(Post post) => CommunityApi.Id("Post", post.Id);
}
