using Community.Domain.Model;
using Community.GraphQL.Types;

namespace Community.Api.Schema;

/// <summary>The domain's enums as GraphQL enums, each value described.</summary>
internal static class Enums
{
    public static SchemaBuilder AddEnums(this SchemaBuilder builder) => builder
        .EnumType<PostKind>("PostKind", e => e.Description("What a post is.")
            .Describe("UPDATE", "News or a thought shared with a group or the company.")
            .Describe("ANNOUNCEMENT", "An official announcement, by an admin or a group's owner.")
            .Describe("QUESTION", "A question that asks the community for answers.")
            .Describe("PRAISE", "Recognition of colleagues, with a badge.")
            .Describe("POLL", "A question with options to vote on."))
        .EnumType<ReactionKind>("ReactionKind", e => e.Description("How a member reacted to a post or comment.")
            .Describe("LIKE", "Likes it.").Describe("CELEBRATE", "Celebrates it.").Describe("SUPPORT", "Supports it.")
            .Describe("INSIGHTFUL", "Finds it insightful.").Describe("FUNNY", "Finds it funny."))
        .EnumType<MemberKind>("MemberKind", e => e.Description("Whether a member works for the company or is a guest.")
            .Describe("EMPLOYEE", "An employee: sees the company-wide space and every public group.")
            .Describe("GUEST", "A guest: sees only the groups they belong to."))
        .EnumType<MemberRole>("MemberRole", e => e.Description("A member's role in the whole community.")
            .Describe("MEMBER", "Takes part; no extra rights.")
            .Describe("MODERATOR", "Moderates content everywhere and sees secret groups.")
            .Describe("ADMIN", "Manages members, groups and settings; sees everything.")
            .Describe("ANALYST", "Reads the engagement figures."))
        .EnumType<GroupVisibility>("GroupVisibility", e => e.Description("Who can find a group and read its content.")
            .Describe("PUBLIC", "Every employee can find it and read its content.")
            .Describe("PRIVATE", "Every employee can find it; only its members read its content.")
            .Describe("SECRET", "Only its members know it exists."))
        .EnumType<GroupRole>("GroupRole", e => e.Description("A member's role in a group.")
            .Describe("MEMBER", "Reads and posts in the group.")
            .Describe("MODERATOR", "Also moderates the group's content.")
            .Describe("OWNER", "Also manages the group, its members and its announcements."));

    private static EnumTypeDescriptor Describe(this EnumTypeDescriptor descriptor, string value, string description) =>
        descriptor.Value(value, v => v.Description(description));
}
