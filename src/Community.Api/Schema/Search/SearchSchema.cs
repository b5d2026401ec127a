using Community.Domain.Errors;
using Community.Domain.Persistence;
using Community.Domain.Search;
using Community.GraphQL;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Search;

/// <summary>
/// One search box over posts, members, groups and events: <c>search(text, kinds)</c>, best matches
/// first, each hit with a highlighted snippet and the object it found. Only what the viewer may see
/// is matched, counted and paged (see <see cref="SearchQueries"/>).
/// </summary>
internal static class SearchSchema
{
    public static SchemaBuilder AddSearchTypes(this SchemaBuilder builder) => builder
        .EnumType<SearchKind>("SearchKind", e => e.Description("What a search hit is; search's kinds argument picks among them.")
            .Value("POST", v => v.Description("A post, found by its title and body."))
            .Value("MEMBER", v => v.Description("A member, found by display name, handle, title, department and skills."))
            .Value("GROUP", v => v.Description("A group, found by its name and description."))
            .Value("EVENT", v => v.Description("An event, found by its title, description and location.")))
        .UnionType("SearchResult", u => u
            .Description("What a search hit found: a post, a member, a group or an event. Select the fields of each with inline fragments (... on Post { title }).")
            .Types("Post", "Member", "Group", "Event"))
        .ObjectType<SearchHit>("SearchHit", t => t
            .Description("One match of a search: what it is, how well it matched, an excerpt with the matched words marked, and the object itself.")
            .Field(h => h.Kind, f => f.Description("Whether the hit is a post, a member, a group or an event."))
            .Field(h => h.Score, f => f.Description("How well the text matched, higher first: relevance that weighs names and titles above longer text. Compare scores within one search only; the scale depends on the database."))
            .Field("snippet", "String!", f => f
                .Description("An excerpt of the matched text, as HTML safe to render: everything is escaped but the <mark>…</mark> around the matched words.")
                .ResolveAsync(async ctx => await ctx.SearchSnippetAsync(ctx.ParentAs<SearchHit>())))
            .Field("node", "SearchResult", f => f
                .Description("The post, member, group or event found; null only when it was removed after the search ran.")
                .ResolveAsync(async ctx => await ctx.SearchResultAsync(ctx.ParentAs<SearchHit>()))));

    public static ObjectTypeDescriptor AddSearchQueries(this ObjectTypeDescriptor q, DataConventions data) => q
        .Field("search", f => f
            .Description($"Searches posts, members, groups and events for every word of text (the last word also as the start of a word), best matches first. Only what the signed-in member may see is found and counted: posts as in the feed, members as in the directory (disabled members never), groups as in groups, events as in events. Text that is empty, only white space or longer than {SearchText.MaxLength} characters is refused with SEARCH_TEXT_INVALID; punctuation and operators in the text are plain separators.")
            .Argument("text", "String!", a => a.Description($"What to search for: words, 1 to {SearchText.MaxLength} characters. Case and punctuation do not matter."))
            .Argument("kinds", "[SearchKind!]", a => a.Description("The kinds of objects to search; every kind when null or empty."))
            .UseDbContext<CommunityDbContext>()
            .UsePaging<SearchHit>(conventions: data)
            .UseDefaultOrder<SearchHit>(o => o.Descending(h => h.Score), data)
            .ResolveAsync(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                SearchText text;
                try
                {
                    text = SearchText.Parse(ctx.Argument<string>("text"));
                }
                catch (DomainException exception)
                {
                    throw new GraphQLException(exception.Message, SchemaErrorCodes.SearchTextInvalid);
                }

                var kinds = ctx.Argument<List<object?>>("kinds")?.Cast<SearchKind>().ToArray();
                return ctx.DbContext<CommunityDbContext>().Search(viewer, ctx.Now(), text, kinds);
            }));
}
