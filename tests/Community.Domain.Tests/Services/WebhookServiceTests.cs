using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class WebhookServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static readonly WebhookEventType[] Posts = [WebhookEventType.PostCreated];

    [DatabaseFact]
    public async Task Admins_register_edit_and_delete_webhooks_and_others_may_not()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.MemberAsync("member");

        var webhook = await community.Webhooks.CreateAsync(admin.Id, "https://hooks.example.com/in", " Chat bot ",
            [WebhookEventType.CommentAdded, WebhookEventType.PostCreated, WebhookEventType.PostCreated], allowHttp: false, "protected-1");
        await community.Webhooks.EditAsync(admin.Id, webhook.Id, null, null, [WebhookEventType.EventUpdated], isActive: false, allowHttp: false);

        var stored = await community.Context().Webhooks.SingleAsync();
        Assert.Equal(("https://hooks.example.com/in", "Chat bot", false), (stored.Url, stored.Description, stored.IsActive));
        Assert.Equal([WebhookEventType.EventUpdated], stored.EventTypes);
        Assert.Equal([WebhookEventType.PostCreated, WebhookEventType.CommentAdded], webhook.EventTypes);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Webhooks.CreateAsync(member.Id, "https://x.example.com", null, Posts, false, "p"));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Webhooks.DeleteAsync(member.Id, webhook.Id));

        await community.Webhooks.DeleteAsync(admin.Id, webhook.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.WebhookNotFound,
            () => community.Webhooks.EditAsync(admin.Id, webhook.Id, null, "again", null, null, false));
    }

    [DatabaseTheory]
    [InlineData("http://hooks.example.com/in", false)]
    [InlineData("/relative", true)]
    [InlineData("ftp://hooks.example.com/in", true)]
    [InlineData("https://user:pass@hooks.example.com/in", true)]
    [InlineData("   ", true)]
    public async Task An_address_that_is_not_absolute_https_is_refused(string url, bool allowHttp)
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Webhooks.CreateAsync(admin.Id, url, null, Posts, allowHttp, "p"));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Webhooks.CreateAsync(admin.Id, "https://hooks.example.com", null, [], allowHttp, "p"));
        var local = await community.Webhooks.CreateAsync(admin.Id, "http://127.0.0.1:5055/hook", null, Posts, allowHttp: true, "p");
        Assert.Equal("http://127.0.0.1:5055/hook", local.Url);
    }

    [DatabaseFact]
    public async Task A_rotated_secret_signs_alongside_the_new_one_until_the_overlap_ends()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var webhook = await community.Webhooks.CreateAsync(admin.Id, "https://hooks.example.com", null, Posts, false, "old");

        await community.Webhooks.RotateSecretAsync(admin.Id, webhook.Id, "new", TimeSpan.FromHours(24));

        var stored = await community.Context().Webhooks.SingleAsync();
        Assert.Equal(["new", "old"], stored.SigningSecrets(community.Now));
        Assert.Equal(["new"], stored.SigningSecrets(community.Now.AddHours(24)));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Webhooks.RotateSecretAsync(admin.Id, webhook.Id, "newer", TimeSpan.FromDays(8)));
        await community.Webhooks.RotateSecretAsync(admin.Id, webhook.Id, "newest", TimeSpan.Zero);
        Assert.Equal(["newest"], (await community.Context().Webhooks.SingleAsync()).SigningSecrets(community.Now));
    }

    [DatabaseFact]
    public async Task A_failing_delivery_is_retried_with_growing_delays_for_a_day_then_failed_and_redelivered_by_hand()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var delivery = await DeliveryAsync(community, admin, outboxEventId: 1);
        var delays = new List<TimeSpan>();

        for (var attempt = 0; attempt < 100; attempt++)
        {
            var claimed = Assert.Single(await community.Webhooks.ClaimDueAsync(10, TimeSpan.FromMinutes(1)));
            var recorded = await community.Webhooks.RecordAttemptAsync(claimed.Id, new WebhookDeliveryAttempt(community.Now, 503, "busy", null, 12));
            if (recorded.Status == WebhookDeliveryStatus.Failed)
            {
                break;
            }

            delays.Add(recorded.NextAttemptAt!.Value - community.Now);
            community.Clock.Advance(recorded.NextAttemptAt.Value - community.Now);
        }

        var failed = await community.Context().WebhookDeliveries.Include(d => d.Attempts).SingleAsync();
        Assert.Equal(WebhookDeliveryStatus.Failed, failed.Status);
        Assert.Equal([30, 60, 120, 240, 480], delays.Take(5).Select(d => (int)d.TotalSeconds));
        Assert.Equal(TimeSpan.FromHours(4), delays[^1]);
        Assert.True(failed.CompletedAt - failed.CreatedAt <= WebhookDelivery.RetryWindow);
        Assert.Equal(failed.AttemptCount, failed.Attempts.Count);
        Assert.All(failed.Attempts, a => Assert.Equal((503, "busy"), (a.StatusCode, a.ResponseBody)));
        Assert.Empty(await community.Webhooks.ClaimDueAsync(10, TimeSpan.FromMinutes(1)));

        await community.Webhooks.RedeliverAsync(admin.Id, delivery.Id);
        var again = Assert.Single(await community.Webhooks.ClaimDueAsync(10, TimeSpan.FromMinutes(1)));
        var succeeded = await community.Webhooks.RecordAttemptAsync(again.Id, new WebhookDeliveryAttempt(community.Now, 204, null, null, 5));

        Assert.Equal((WebhookDeliveryStatus.Succeeded, (DateTime?)null), (succeeded.Status, succeeded.NextAttemptAt));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.WebhookDeliveryNotFound,
            () => community.Webhooks.RedeliverAsync(admin.Id, 4242));
    }

    [DatabaseFact]
    public async Task A_due_delivery_is_claimed_by_one_sender_and_again_only_when_its_lease_ends()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        for (var id = 1; id <= 5; id++)
        {
            await DeliveryAsync(community, admin, id);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => community.Webhooks.ClaimDueAsync(10, TimeSpan.FromMinutes(1))));

        Assert.Equal(5, claims.SelectMany(c => c).Select(d => d.Id).Distinct().Count());
        Assert.Equal(5, claims.Sum(c => c.Count));
        Assert.Empty(await community.Webhooks.ClaimDueAsync(10, TimeSpan.FromMinutes(1)));
        community.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(5, (await community.Webhooks.ClaimDueAsync(10, TimeSpan.FromMinutes(1))).Count);
    }

    [DatabaseFact]
    public async Task Deliveries_of_a_paused_or_deleted_webhook_wait()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var delivery = await DeliveryAsync(community, admin, 1);

        await community.Webhooks.EditAsync(admin.Id, delivery.WebhookId, null, null, null, isActive: false, allowHttp: false);
        Assert.Empty(await community.Webhooks.ClaimDueAsync(10, TimeSpan.FromMinutes(1)));
        await community.Webhooks.EditAsync(admin.Id, delivery.WebhookId, null, null, null, isActive: true, allowHttp: false);
        Assert.Single(await community.Webhooks.ClaimDueAsync(10, TimeSpan.FromMinutes(1)));
    }

    private static async Task<WebhookDelivery> DeliveryAsync(TestCommunity community, Member admin, long outboxEventId)
    {
        await using var db = community.Context();
        var webhook = await db.Webhooks.FirstOrDefaultAsync()
            ?? await community.Webhooks.CreateAsync(admin.Id, "https://hooks.example.com", null, Posts, false, "p");
        var delivery = new WebhookDelivery(webhook.Id, outboxEventId, WebhookEventType.PostCreated, "{}", community.Now);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery;
    }

    public sealed class Sqlite() : WebhookServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : WebhookServiceTests(DatabaseProvider.PostgreSql);
}
