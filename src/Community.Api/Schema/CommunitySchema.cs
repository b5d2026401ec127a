using Community.Api.Schema.Announcements;
using Community.Api.Schema.Charter;
using Community.Api.Schema.Errors;
using Community.Api.Schema.Events;
using Community.Api.Schema.Groups;
using Community.Api.Schema.Kpis;
using Community.Api.Schema.Members;
using Community.Api.Schema.Moderation;
using Community.Api.Schema.Nodes;
using Community.Api.Schema.Notifications;
using Community.Api.Schema.Polls;
using Community.Api.Schema.Posts;
using Community.Api.Schema.Recognition;
using Community.Api.Schema.Search;
using Community.Api.Schema.Surveys;
using Community.Api.Schema.Webhooks;
using Community.GraphQL.Data;
using Community.GraphQL.Types;

namespace Community.Api.Schema;

/// <summary>The community API: every area's types, queries, mutations and subscriptions in one schema.</summary>
internal static class CommunitySchema
{
    public static Community.GraphQL.Types.Schema Create(DataConventions data) => new SchemaBuilder()
        .Description("The social layer of the intranet: members, groups, posts and what members do with them. Every field answers as the signed-in member.")
        .AddEnums()
        .AddErrorTypes()
        .AddNodeTypes()
        .AddMemberTypes(data)
        .AddExpertTypes()
        .AddGroupTypes(data)
        .AddPostTypes(data)
        .AddPostReactionTypes(data)
        .AddCommentReactionTypes()
        .AddWebhookTypes(data)
        .AddWebhookMutationTypes()
        .AddPostMutationTypes()
        .AddPostEditingMutationTypes()
        .AddCommentEditingMutationTypes()
        .AddPostSubscriptionTypes()
        .AddCommentSubscriptionTypes()
        .AddNotificationTypes()
        .AddNotificationMutationTypes()
        .AddRecognitionTypes()
        .AddPraiseMutationTypes()
        .AddPollTypes()
        .AddPollMutationTypes()
        .AddSurveyTypes()
        .AddSurveyMutationTypes()
        .AddModerationTypes()
        .AddModerationMutationTypes()
        .AddGroupMutationTypes()
        .AddJoinRequestTypes()
        .AddMemberMutationTypes()
        .AddMemberAdministrationMutationTypes()
        .AddEventTypes(data)
        .AddEventMutationTypes()
        .AddCharterTypes()
        .AddCharterMutationTypes()
        .AddAnnouncementTypes()
        .AddAnnouncementMutationTypes()
        .AddSearchTypes()
        .AddKpiTypes()
        .QueryType(q => q
            .Description("What the signed-in member can read.")
            .AddNodeQueries()
            .AddMemberQueries(data)
            .AddExpertQueries()
            .AddGroupQueries(data)
            .AddPostQueries(data)
            .AddEditorialCalendarQueries(data)
            .AddNotificationQueries(data)
            .AddRecognitionQueries()
            .AddSurveyQueries(data)
            .AddModerationQueries(data)
            .AddEventQueries(data)
            .AddCharterQueries()
            .AddWebhookQueries(data)
            .AddSearchQueries(data)
            .AddKpiQueries())
        .MutationType(m => m
            .Description("What the signed-in member can do; a refusal comes back in the payload's errors, with nothing changed.")
            .AddPostMutations()
            .AddPostEditingMutations()
            .AddCommentEditingMutations()
            .AddCommentReactionMutations()
            .AddNotificationMutations()
            .AddPraiseMutations()
            .AddPollMutations()
            .AddSurveyMutations()
            .AddModerationMutations()
            .AddGroupMutations()
            .AddJoinRequestMutations()
            .AddMemberMutations()
            .AddMemberAdministrationMutations()
            .AddEventMutations()
            .AddAnnouncementMutations()
            .AddCharterMutations()
            .AddWebhookMutations())
        .SubscriptionType(s => s
            .Description("Events as they happen, each filtered to what the signed-in member may see when it is delivered.")
            .AddPostSubscriptions()
            .AddCommentSubscriptions()
            .AddAnnouncementSubscriptions()
            .AddEventSubscriptions()
            .AddNotificationSubscriptions())
        .Build();
}
