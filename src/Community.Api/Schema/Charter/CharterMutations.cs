using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Charter;

/// <summary>The mutations on the charter: publishing a version (admins) and accepting the current one.</summary>
internal static class CharterMutations
{
    private static readonly string[] PublishCharterCodes =
        [DomainErrorCodes.NotAuthorized, DomainErrorCodes.BodyEmpty, DomainErrorCodes.BodyTooLong];

    private static readonly string[] AcceptCharterCodes =
        [DomainErrorCodes.CharterNotPublished, DomainErrorCodes.CharterVersionStale];

    public static SchemaBuilder AddCharterMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("PublishCharterInput", i => i
            .Description("A new version of the community charter.")
            .Field("body", "String!", f => f.Description($"The charter text in Markdown, not empty, at most {Domain.Model.Charter.MaxBodyLength} characters.")))
        .ObjectType("PublishCharterPayload", t => t
            .Description("The result of publishCharter.")
            .Field("charter", "Charter", f => f.Description("The new version, now current; null when refused."))
            .Field("errors", "[PublishCharterError!]", f => f.Description("Why the charter was refused (nothing was published); null when it was published.")))
        .AddErrorUnion("PublishCharterError", "publishCharter", PublishCharterCodes)
        .InputObjectType("AcceptCharterInput", i => i
            .Description("The signed-in member's acceptance of the charter version they read.")
            .Field("version", "Int!", f => f.Description("The version the member read (Charter.version); it must still be the current one.")))
        .ObjectType("AcceptCharterPayload", t => t
            .Description("The result of acceptCharter.")
            .Field("charter", "Charter", f => f.Description("The accepted version, its viewerAcceptedAt now set; null when refused."))
            .Field("errors", "[AcceptCharterError!]", f => f.Description("Why the acceptance was refused (nothing was recorded); null when it counted.")))
        .AddErrorUnion("AcceptCharterError", "acceptCharter", AcceptCharterCodes);

    public static ObjectTypeDescriptor AddCharterMutations(this ObjectTypeDescriptor m) => m
        .Mutation("publishCharter", "Publishes a new version of the community charter, which becomes current and asks every member to accept it again. Admins only.",
            "The charter text.", "charter", PublishCharterCodes, (ctx, viewer, input) => Charters(ctx)
                .PublishAsync(viewer.Id, (string)input["body"]!, ctx.CancellationToken))
        .Mutation("acceptCharter", "Accepts the current charter version. The version the member read must be the current one, so nobody accepts text they did not see; accepting the same version again changes nothing and keeps the first time.",
            "The version accepted.", "charter", AcceptCharterCodes, async (ctx, viewer, input) =>
            {
                var version = Convert.ToInt32(input["version"], System.Globalization.CultureInfo.InvariantCulture);
                await Charters(ctx).AcceptAsync(viewer.Id, version, ctx.CancellationToken);
                return await CharterSchema.CurrentAsync(ctx);
            });

    private static CharterService Charters(IResolverContext context) => context.Services.GetRequiredService<CharterService>();
}
