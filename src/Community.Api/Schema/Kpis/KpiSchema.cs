using System.Globalization;
using System.Text;
using Community.Domain.Errors;
using Community.Domain.Kpis;
using Community.Domain.Model;
using Community.GraphQL;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Api.Schema.Kpis;

/// <summary>
/// Engagement KPIs for reporting tools (docs/kpis.md): <c>kpis(period, groupId, department)</c> returns every figure
/// of the period and of the period before, breakdowns, series and the points leaderboard; <c>kpiDefinitions</c>
/// labels them. Admins and analysts only. Analysts who are not admins never see secret groups named or counted
/// as groups.
/// </summary>
internal static class KpiSchema
{
    /// <summary>Breakdown rows and department figures with fewer members than this are withheld (config <c>Kpis:MinimumGroupSize</c>).</summary>
    public const int DefaultMinimumGroupSize = 5;

    private const int MaxLeaderboard = 100;

    public static SchemaBuilder AddKpiTypes(this SchemaBuilder builder) => builder
        .EnumType<KpiMetric>("KpiMetric", e =>
        {
            e.Description("A KPI; kpiDefinitions gives each one's name, formula and unit.");
            foreach (var definition in KpiDefinitions.All)
            {
                e.Value(ScreamingCase(definition.Metric), v => v.Description(definition.Description));
            }
        })
        .EnumType<KpiGranularity>("KpiGranularity", e => e
            .Description("The width of a series' buckets, in the series' time zone.")
            .Value("DAY", v => v.Description("A calendar day, midnight to midnight."))
            .Value("WEEK", v => v.Description("An ISO week, Monday to Monday."))
            .Value("MONTH", v => v.Description("A calendar month.")))
        .EnumType<KpiBreakdownDimension>("KpiBreakdownDimension", e => e
            .Description("What a breakdown splits the figures by, as at the period's end.")
            .Value("DEPARTMENT", v => v.Description("The members' department (null: members without one)."))
            .Value("MEMBER_KIND", v => v.Description("Employees and guests."))
            .Value("GROUP", v => v.Description("Each group: its content and its members (secret groups for admins only).")))
        .InputObjectType("KpiPeriodInput", i => i
            .Description($"A half-open period [from, to) in UTC, at most {KpiPeriod.MaxDays} days long.")
            .Field("from", "DateTime!", f => f.Description("The start, included."))
            .Field("to", "DateTime!", f => f.Description("The end, excluded; not before from.")))
        .ObjectType<KpiPeriod>("KpiPeriod", t => t
            .Description("A half-open period [from, to) in UTC.")
            .Field("from", "DateTime!", f => f.Description("The start, included.").Resolve(ctx => new DateTimeOffset(ctx.ParentAs<KpiPeriod>().From)))
            .Field("to", "DateTime!", f => f.Description("The end, excluded.").Resolve(ctx => new DateTimeOffset(ctx.ParentAs<KpiPeriod>().To))))
        .ObjectType<KpiFigures>("KpiFigures", t =>
        {
            t.Description("Every KPI of one period (docs/kpis.md defines each). Rates are 0 when their denominator is 0; satisfaction figures are null without answers.");
            foreach (var definition in KpiDefinitions.All)
            {
                var metric = definition.Metric;
                var type = definition.Unit == "count" ? "Int!" : metric is KpiMetric.SatisfactionAverage or KpiMetric.Nps ? "Float" : "Float!";
                t.Field(CamelCase(metric), type, f => f
                    .Description($"{definition.Description} Formula: {definition.Formula}.")
                    .Resolve(ctx => ctx.ParentAs<KpiFigures>().Value(metric) is { } value
                        ? type == "Int!" ? (object)(int)value : value
                        : null));
            }

            t.Field(f => f.Leadership, "KpiLeadership!", f => f.Description("The posts, comments and reach of the members flagged as leaders (Member.isLeader) at the period's end."));
        })
        .ObjectType<KpiLeadership>("KpiLeadership", t => t
            .Description("What members flagged as leaders published in the period, and how far it reached.")
            .Field("posts", "Int!", f => f.Description("Leaders' posts published in the period and not deleted before its end (leaders of the department, with a department).").Resolve(ctx => (int)ctx.ParentAs<KpiLeadership>().Posts))
            .Field("comments", "Int!", f => f.Description("Leaders' comments written in the period and not deleted before its end.").Resolve(ctx => (int)ctx.ParentAs<KpiLeadership>().Comments))
            .Field("reach", "Int!", f => f.Description("Distinct other members, from anywhere, who viewed a leader's post in the period.").Resolve(ctx => (int)ctx.ParentAs<KpiLeadership>().Reach)))
        .ObjectType<KpiValue>("KpiValue", t => t
            .Description("One metric of the period next to its value in the period before: a dashboard tile.")
            .Field(v => v.Metric, "KpiMetric!", f => f.Description("The metric."))
            .Field(v => v.Value, "Float", f => f.Description("Its value in the period; null only for satisfaction figures without answers."))
            .Field(v => v.Previous, "Float", f => f.Description("Its value in the period of the same length just before."))
            .Field(v => v.Change, "Float", f => f.Description("value - previous; null when either is null."))
            .Field(v => v.RelativeChange, "Float", f => f.Description("change / previous (0.1 is +10%); null when previous is 0 or null.")))
        .ObjectType<KpiReport>("KpiReport", t => t
            .Description("The KPIs of a period and scope, with the period before for trends. Every field is computed in the database when selected.")
            .Field("period", "KpiPeriod!", f => f.Description("The period asked for.").Resolve(ctx => ctx.ParentAs<KpiReport>().Period))
            .Field("previousPeriod", "KpiPeriod!", f => f.Description("The period of the same length that ends where this one starts.")
                .Resolve(ctx => ctx.ParentAs<KpiReport>().Period.Previous))
            .Field("current", "KpiFigures!", f => f.Description("Every figure of the period.")
                .ResolveAsync(ctx => ctx.ParentAs<KpiReport>().CurrentAsync()))
            .Field("previous", "KpiFigures!", f => f.Description("Every figure of the previous period, in the same scope.")
                .ResolveAsync(ctx => ctx.ParentAs<KpiReport>().PreviousAsync()))
            .Field("metrics", "[KpiValue!]!", f => f
                .Description("Every metric as a row with its previous value and change, in kpiDefinitions' order: the flat shape tables and tiles read.")
                .ResolveAsync(async ctx =>
                {
                    var report = ctx.ParentAs<KpiReport>();
                    var current = await report.CurrentAsync();
                    var previous = await report.PreviousAsync();
                    return KpiDefinitions.All.Select(d => new KpiValue(d.Metric, current.Value(d.Metric), previous.Value(d.Metric))).ToList();
                }))
            .Field("breakdown", "KpiBreakdown!", f => f
                .Description("The period's figures split by department, member kind or group. Rows whose audience (members at the period's end) is below the minimum group size are withheld and counted in suppressedRows.")
                .Argument("by", "KpiBreakdownDimension!", a => a.Description("What to split by."))
                .ResolveAsync(ctx =>
                {
                    var report = ctx.ParentAs<KpiReport>();
                    var by = ctx.Argument<KpiBreakdownDimension>("by");
                    return report.ReadAsync(s => s.BreakdownAsync(report.Period, report.Scope, by, report.ActivationWindow, report.MinimumAudience, report.ViewerIsAdmin));
                }))
            .Field("series", "[KpiPoint!]!", f => f
                .Description("One metric over the period, per day, ISO week or calendar month of a time zone; the first and last buckets are clipped to the period.")
                .Argument("metric", "KpiMetric!", a => a.Description("The metric."))
                .Argument("granularity", "KpiGranularity!", a => a.Description("The bucket width."))
                .Argument("timeZone", "String!", "UTC", a => a.Description("The IANA time zone whose days, weeks and months cut the buckets, such as Europe/Paris; unknown ones are refused with KPI_TIME_ZONE_UNKNOWN."))
                .ResolveAsync(ctx =>
                {
                    var report = ctx.ParentAs<KpiReport>();
                    var zone = TimeZone(ctx.Argument<string>("timeZone")!);
                    var metric = ctx.Argument<KpiMetric>("metric");
                    var granularity = ctx.Argument<KpiGranularity>("granularity");
                    return report.ReadAsync(s => s.SeriesAsync(report.Period, report.Scope, metric, granularity, zone, report.ActivationWindow));
                }))
            .Field("leaderboard", "[LeaderboardEntry!]!", f => f
                .Description("Members ranked by the points of entries recorded in the period, highest first; equal points share a rank and are ordered by member id (ranks 1, 2, 2, 4). With groupId, the group's members at the period's end.")
                .Argument("first", "Int!", 10, a => a.Description($"How many entries, 1 to {MaxLeaderboard}."))
                .ResolveAsync(ctx =>
                {
                    var report = ctx.ParentAs<KpiReport>();
                    var first = ctx.Argument<int>("first");
                    if (first is < 1 or > MaxLeaderboard)
                    {
                        throw new GraphQLException($"first must be between 1 and {MaxLeaderboard}.", KpiErrorCodes.ArgumentInvalid);
                    }

                    return report.ReadAsync(s => s.LeaderboardAsync(report.Period, report.Scope, first));
                })))
        .ObjectType<KpiBreakdown>("KpiBreakdown", t => t
            .Description("A breakdown's rows, and how many were withheld to protect individuals.")
            .Field(b => b.Rows, "[KpiBreakdownRow!]!", f => f.Description("The rows with an audience of at least the minimum group size."))
            .Field(b => b.SuppressedRows, "Int!", f => f.Description("How many rows were withheld because their audience was below the minimum group size.")))
        .ObjectType<KpiBreakdownRow>("KpiBreakdownRow", t => t
            .Description("One department, member kind or group and its figures for the period.")
            .Field(r => r.Department, "String", f => f.Description("The department, for a breakdown by department; null for members without one and in other breakdowns."))
            .Field(r => r.Kind, "MemberKind", f => f.Description("The member kind, for a breakdown by member kind."))
            .Field("group", "Group", f => f
                .Description("The group, for a breakdown by group.")
                .ResolveAsync(async ctx => ctx.ParentAs<KpiBreakdownRow>().GroupId is { } id ? await GroupAsync(ctx, id) : null))
            .Field(r => r.Audience, "Int!", f => f.Description("Its members at the period's end (the row's members figure)."))
            .Field(r => r.Figures, "KpiFigures!", f => f.Description("Every figure of the period in this row's scope.")))
        .ObjectType<KpiPoint>("KpiPoint", t => t
            .Description("One bucket of a series.")
            .Field("from", "DateTime!", f => f.Description("The bucket's start (UTC), included.").Resolve(ctx => new DateTimeOffset(ctx.ParentAs<KpiPoint>().From)))
            .Field("to", "DateTime!", f => f.Description("The bucket's end (UTC), excluded.").Resolve(ctx => new DateTimeOffset(ctx.ParentAs<KpiPoint>().To)))
            .Field(p => p.Value, "Float", f => f.Description("The metric over the bucket; null only for satisfaction figures without answers.")))
        .ObjectType<LeaderboardEntry>("LeaderboardEntry", t => t
            .Description("A member's place by points in the period.")
            .Field(e => e.Rank, "Int!", f => f.Description("1 for the most points; equal points share a rank."))
            .Field("member", "Member!", f => f.Description("The member.").ResolveAsync(ctx => ctx.MemberAsync(ctx.ParentAs<LeaderboardEntry>().MemberId)))
            .Field("points", "Int!", f => f.Description("The points of entries recorded in the period.").Resolve(ctx => (int)ctx.ParentAs<LeaderboardEntry>().Points)))
        .ObjectType<KpiDefinition>("KpiDefinition", t => t
            .Description("How a KPI is named, computed and measured, for labelling charts.")
            .Field(d => d.Metric, "KpiMetric!", f => f.Description("The metric."))
            .Field(d => d.Name, "String!", f => f.Description("Its display name."))
            .Field("field", "String!", f => f.Description("Its field on KpiFigures.").Resolve(ctx => CamelCase(ctx.ParentAs<KpiDefinition>().Metric)))
            .Field(d => d.Description, "String!", f => f.Description("What it measures."))
            .Field(d => d.Formula, "String!", f => f.Description("How it is computed."))
            .Field(d => d.Unit, "String!", f => f.Description("Its unit: count, ratio (0 to 1), members per day, score (0 to 10) or points (-100 to 100).")));

    public static ObjectTypeDescriptor AddKpiQueries(this ObjectTypeDescriptor q) => q
        .Field("kpis", "KpiReport", f => f
            .Description($"The engagement KPIs of a period, with the period before for trends (docs/kpis.md). Admins and analysts only; others get AUTH_NOT_AUTHORIZED. A period that ends before it starts or spans more than {KpiPeriod.MaxDays} days is refused with KPI_PERIOD_INVALID.")
            .Argument("period", "KpiPeriodInput!", a => a.Description("The period, [from, to) in UTC."))
            .Argument("groupId", "ID", a => a.Description("Only this group: its content and activity, and its members at the period's end. A group the viewer may not see (secret groups, for analysts who are not admins) is refused with KPI_GROUP_NOT_FOUND."))
            .Argument("department", "String", a => a.Description("Only what members of this department (at the period's end) did; an empty string means members without one. A department with fewer members than the minimum group size is refused with KPI_AUDIENCE_TOO_SMALL."))
            .Argument("activationWindowDays", "Int!", 30, a => a.Description("How many days after an invitation a first sign-in still counts as an activation (inclusive), 1 to 366."))
            .ResolveAsync(ResolveReportAsync))
        .Field("kpiDefinitions", "[KpiDefinition!]!", f => f
            .Description("Every KPI's name, field, description, formula and unit, in a stable order. Any signed-in member may read them.")
            .ResolveAsync(async ctx =>
            {
                await ctx.ViewerAsync();
                return KpiDefinitions.All;
            }));

    private static async Task<object?> ResolveReportAsync(IResolverContext ctx)
    {
        var viewer = await ctx.ViewerAsync();
        if (viewer.Role is not (MemberRole.Admin or MemberRole.Analyst))
        {
            throw new GraphQLException("Only admins and analysts may read KPIs.", SchemaErrorCodes.NotAuthorized);
        }

        var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["period"]!;
        KpiPeriod period;
        try
        {
            period = KpiPeriod.Of(((DateTimeOffset)input["from"]!).UtcDateTime, ((DateTimeOffset)input["to"]!).UtcDateTime);
        }
        catch (DomainException refused)
        {
            throw new GraphQLException(refused.Message, refused.Code);
        }

        var days = ctx.Argument<int>("activationWindowDays");
        if (days is < 1 or > KpiPeriod.MaxDays)
        {
            throw new GraphQLException($"activationWindowDays must be between 1 and {KpiPeriod.MaxDays}.", KpiErrorCodes.ArgumentInvalid);
        }

        long? groupId = null;
        if (ctx.Argument<string>("groupId") is { } id)
        {
            groupId = GlobalId.Decode(id, "Group");
            if (await GroupAsync(ctx, groupId.Value) is null)
            {
                throw new GraphQLException("No group with this id; check the id (secret groups are for admins only).", KpiErrorCodes.GroupNotFound);
            }
        }

        var scope = new KpiScope(groupId, ctx.Argument<string>("department"), IncludeSecretGroups: viewer.IsAdmin);
        var minimum = MinimumGroupSize(ctx);
        var report = new KpiReport(ctx.DbFactory(), period, scope, TimeSpan.FromDays(days), minimum, viewer.IsAdmin);
        if (scope.Department is not null && await report.ReadAsync(s => s.AudienceAsync(period.To, scope with { GroupId = null })) < minimum)
        {
            throw new GraphQLException(
                $"This department has fewer than {minimum} members at the period's end; its figures would expose individuals. Ask for the whole community or a larger department.",
                KpiErrorCodes.AudienceTooSmall);
        }

        return report;
    }

    /// <summary>The group if the viewer may see it: any group for admins, any but secret ones for analysts.</summary>
    private static async Task<Group?> GroupAsync(IResolverContext ctx, long id)
    {
        var viewer = await ctx.ViewerAsync();
        await using var db = await ctx.DbFactory().CreateDbContextAsync(CancellationToken.None);
        return await db.Groups.AsNoTracking()
            .FirstOrDefaultAsync(g => g.Id == id && (viewer.Role == MemberRole.Admin || g.Visibility != GroupVisibility.Secret), CancellationToken.None);
    }

    private static int MinimumGroupSize(IResolverContext ctx) =>
        (ctx.Services.GetService(typeof(IOptions<KpiOptions>)) as IOptions<KpiOptions>)?.Value.MinimumGroupSize ?? DefaultMinimumGroupSize;

    private static TimeZoneInfo TimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new GraphQLException($"Unknown time zone \"{id}\"; give an IANA time zone such as Europe/Paris.", KpiErrorCodes.TimeZoneUnknown);
        }
    }

    private static string CamelCase(KpiMetric metric)
    {
        var name = metric.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string ScreamingCase(KpiMetric metric)
    {
        var name = metric.ToString();
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpper(name[i], CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
