using Community.GraphQL.Language;

namespace Community.GraphQL.Data.Paging;

/// <summary>The result types of paged fields, shaped and named as HotChocolate generates them.</summary>
internal static class PagingTypeDefinitions
{
    public static IReadOnlyList<TypeDefinitionNode> Connection(string connectionName, string edgeName, string nodeType, bool totalCount) =>
        SdlDefinitions.Parse($$"""
            "A page of {{nodeType}} items with the cursors to move to the next or previous page."
            type {{connectionName}} {
              "Where this page lies in the list: whether more items exist and the cursors at its ends."
              pageInfo: PageInfo!
              "The items of the page, each with its cursor."
              edges: [{{edgeName}}!]
              "The items of the page, without cursors."
              nodes: [{{nodeType}}!]
              {{(totalCount ? "\"How many items match across all pages (counted only when asked for).\"\n  totalCount: Int!" : "")}}
            }

            "An item of a page and its cursor."
            type {{edgeName}} {
              "Points at this item: give it as after (or before) to continue from here."
              cursor: String!
              "The item."
              node: {{nodeType}}!
            }

            "Where a page lies in its list."
            type PageInfo {
              "True when items follow this page."
              hasNextPage: Boolean!
              "True when items precede this page."
              hasPreviousPage: Boolean!
              "The cursor of the first item of the page; null when the page is empty."
              startCursor: String
              "The cursor of the last item of the page; null when the page is empty."
              endCursor: String
            }
            """);

    public static IReadOnlyList<TypeDefinitionNode> CollectionSegment(string segmentName, string nodeType, bool totalCount) =>
        SdlDefinitions.Parse($$"""
            "A page of {{nodeType}} items, addressed by offset."
            type {{segmentName}} {
              "Whether items lie before or after this page."
              pageInfo: CollectionSegmentInfo!
              "The items of the page."
              items: [{{nodeType}}!]
              {{(totalCount ? "\"How many items match across all pages (counted only when asked for).\"\n  totalCount: Int!" : "")}}
            }

            "Whether items lie before or after an offset page."
            type CollectionSegmentInfo {
              "True when items follow this page."
              hasNextPage: Boolean!
              "True when items precede this page."
              hasPreviousPage: Boolean!
            }
            """);
}
