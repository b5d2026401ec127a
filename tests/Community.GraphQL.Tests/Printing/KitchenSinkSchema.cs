namespace Community.GraphQL.Tests.Printing;

/// <summary>A schema in canonical SDL (as the printer writes it) that uses every construct the printer knows.</summary>
internal static class KitchenSinkSchema
{
    public const string Sdl = """"
        """The kitchen sink."""
        schema @tag(name: "root") {
          query: Root
          mutation: Changes
        }

        """Labels a definition."""
        directive @tag(name: String!) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        directive @cost(
          """The weight of one call."""
          weight: Int = 1
        ) on FIELD_DEFINITION

        """
        The entry points.
        Two lines, and a "quote".
        """
        type Root {
          node(id: ID!): Node
          search(text: String = "", first: Int = 10, kinds: [Kind!] = [POST, COMMENT], filter: Filter = { kind: POST }): [SearchResult!]! @cost(weight: 5)
          oldSearch(text: String, legacy: Boolean @deprecated): [SearchResult] @deprecated
          when: Instant @deprecated(reason: "Use `node`.")

          """A field whose arguments have descriptions."""
          described(
            """First."""
            a: Int
            b: Float = 1.5

            """Third."""
            c: Range = { from: 0, to: 10 } @tag(name: "c")
          ): String
        }

        type Changes {
          rename(input: RenameInput!): Post
        }

        interface Node {
          id: ID!
        }

        interface Content implements Node {
          id: ID!
          body: String
        }

        type Post implements Node & Content @tag(name: "post") {
          id: ID!
          body: String
          tags: [String!]! @tag(name: "t")
        }

        type Comment implements Node & Content {
          id: ID!
          body: String
          replies: [[Comment!]]
        }

        union SearchResult @tag(name: "u") = Post | Comment

        """Kinds of content."""
        enum Kind {
          POST

          """Replies to posts."""
          COMMENT @deprecated(reason: "Use POST.")
          OTHER @tag(name: "x")
        }

        input Filter @oneOf {
          kind: Kind
          tags: [String!]
        }

        input Range {
          from: Int! = 0
          to: Int
        }

        input RenameInput @tag(name: "in") {
          id: ID!
          name: String = "untitled" @deprecated
        }

        """An instant in time."""
        scalar Instant @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        scalar Json @tag(name: "json")
        """";
}
