using System.Globalization;
using System.Text.Json;
using Community.Api.Schema;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>editorialCalendar: who sees which scheduled posts, what never appears, and which periods are refused.</summary>
public sealed class EditorialCalendarTests : IAsyncLifetime
{
    private const string Calendar = """
        query($from: DateTime!, $to: DateTime!) {
          editorialCalendar(from: $from, to: $to, first: 20) { totalCount nodes { id publishedAt author { handle } } }
        }
        """;

    private CommunityApi _api = null!;
    private DateTime _start;
    private Post _adaTomorrow = null!;
    private Post _bobInTwoDays = null!;
    private Post _adaSecretInThreeDays = null!;
    private Post _bobAtPeriodEnd = null!;

    public async Task InitializeAsync()
    {
        _api = await CommunityApi.CreateAsync();
        var now = DateTime.UtcNow;
        _start = new DateTime(now.Year, now.Month, now.Day, 0, 0, 0, DateTimeKind.Utc).AddDays(1);
        _adaTomorrow = await Schedule(_api.Ada, null, _start, PostKind.Announcement);
        _bobInTwoDays = await Schedule(_api.Bob, _api.Engineering.Id, _start.AddDays(1));
        _adaSecretInThreeDays = await Schedule(_api.Ada, _api.ProjectX.Id, _start.AddDays(2));
        _bobAtPeriodEnd = await Schedule(_api.Bob, _api.Engineering.Id, _start.AddDays(10));
        var deleted = await Schedule(_api.Bob, _api.Engineering.Id, _start.AddDays(3));
        await _api.Service<PostService, bool>(async s => { await s.DeleteAsync(_api.Bob.Id, deleted.Id); return true; });
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task An_author_sees_only_their_own_scheduled_posts()
    {
        var calendar = await Run(_api.Bob, _start.AddDays(-30), _start.AddDays(30));

        Assert.Equal([Id(_bobInTwoDays), Id(_bobAtPeriodEnd)], CommunitySchemaTests.Ids(calendar));
        Assert.Equal(2, calendar.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_admin_sees_every_scheduled_post_in_publication_order()
    {
        var calendar = await Run(_api.Ada, _start.AddDays(-30), _start.AddDays(30));

        Assert.Equal([Id(_adaTomorrow), Id(_bobInTwoDays), Id(_adaSecretInThreeDays), Id(_bobAtPeriodEnd)], CommunitySchemaTests.Ids(calendar));
        var times = calendar.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("publishedAt").GetDateTime()).ToList();
        Assert.Equal(times.Order().ToList(), times);
    }

    [Fact]
    public async Task Another_member_sees_none()
    {
        var calendar = await Run(_api.Cleo, _start.AddDays(-30), _start.AddDays(30));

        Assert.Equal(0, calendar.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Published_posts_never_appear_even_inside_the_period()
    {
        await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Ada.Id, new NewPost(null, PostKind.Update, "Out now")));

        var ids = CommunitySchemaTests.Ids(await Run(_api.Ada, DateTime.UtcNow.AddDays(-1), _start.AddDays(30)));

        Assert.DoesNotContain(Id(_api.CompanyPost), ids);
        Assert.DoesNotContain(Id(_api.EngineeringPost), ids);
        Assert.Equal(4, ids.Count);
    }

    [Fact]
    public async Task The_period_includes_its_start_and_excludes_its_end()
    {
        var ids = CommunitySchemaTests.Ids(await Run(_api.Ada, _start, _start.AddDays(10)));

        Assert.Equal([Id(_adaTomorrow), Id(_bobInTwoDays), Id(_adaSecretInThreeDays)], ids);
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(0, 367)]
    public async Task A_period_that_ends_before_it_starts_or_is_too_long_is_refused(int fromDays, int toDays)
    {
        var response = await _api.RunAsync(_api.Ada, Calendar, Variables(_start.AddDays(fromDays), _start.AddDays(toDays)));

        Assert.Equal(SchemaErrorCodes.InvalidPeriod, CommunitySchemaTests.Code(response));
    }

    [Fact]
    public async Task A_period_of_exactly_366_days_is_accepted()
    {
        var calendar = await Run(_api.Ada, _start, _start.AddDays(366));

        Assert.Equal(4, calendar.GetProperty("totalCount").GetInt32());
    }

    private async Task<JsonElement> Run(Member viewer, DateTime from, DateTime to) =>
        CommunitySchemaTests.Data(await _api.RunAsync(viewer, Calendar, Variables(from, to))).GetProperty("editorialCalendar");

    private static object Variables(DateTime from, DateTime to) => new
    {
        from = from.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        to = to.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
    };

    private Task<Post> Schedule(Member author, long? groupId, DateTime publishAt, PostKind kind = PostKind.Update) =>
        _api.Service<PostService, Post>(s => s.CreateAsync(author.Id, new NewPost(groupId, kind, $"Scheduled by {author.Handle}", PublishAt: publishAt)));

    private static string Id(Post post) => CommunityApi.Id("Post", post.Id);
}
