using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Recognition;

/// <summary>praise: publishes a praise post through the domain's PraiseService.</summary>
internal static class PraiseMutations
{
    private static readonly string[] PraiseCodes =
        [DomainErrorCodes.CannotPraiseSelf, DomainErrorCodes.BadgeNotFound, DomainErrorCodes.MemberNotFound, DomainErrorCodes.MemberDisabled,
         DomainErrorCodes.GroupNotFound, DomainErrorCodes.NotAMember, DomainErrorCodes.NotAuthorized, DomainErrorCodes.InvalidInput,
         DomainErrorCodes.BodyEmpty, DomainErrorCodes.BodyTooLong];

    public static SchemaBuilder AddPraiseMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("PraiseInput", i => i
            .Description("Praise for colleagues: a praise post in a group (or the company-wide space) that names them, optionally with a badge.")
            .Field("recipientIds", "[ID!]!", f => f.Description("The members to praise: 1 to 20, never yourself."))
            .Field("badge", "String", f => f.Description("The code of the badge to give them (the badges query lists them); none when omitted."))
            .Field("body", "String!", f => f.Description("Why they are praised, in Markdown."))
            .Field("groupId", "ID", f => f.Description("The group to post the praise in; null for the company-wide space (employees only).")))
        .ObjectType("PraisePayload", t => t
            .Description("The result of praise: the praise (its post, recipients and badge), or why it was refused.")
            .Field("praise", "Praise", f => f.Description("The new praise; null when refused."))
            .Field("errors", "[PraiseError!]", f => f.Description("Why the praise was refused; null when it was given.")))
        .AddErrorUnion("PraiseError", "praise", PraiseCodes);

    public static ObjectTypeDescriptor AddPraiseMutations(this ObjectTypeDescriptor m) => m
        .Mutation("praise", "Praises members: publishes a praise post; each recipient gets points, the badge if one is given, and a notification. A refusal writes nothing.",
            "Whom to praise, why, and where.", "praise", PraiseCodes, (ctx, viewer, input) => ctx.Services.GetRequiredService<PraiseService>().GiveAsync(
                viewer.Id,
                input.GetValueOrDefault("groupId") is string group ? GlobalId.Decode(group, "Group") : null,
                ((IEnumerable<object?>)input["recipientIds"]!).Cast<string>().Select(id => GlobalId.Decode(id, "Member")).ToList(),
                (string)input["body"]!, input.GetValueOrDefault("badge") as string, ctx.CancellationToken));
}
