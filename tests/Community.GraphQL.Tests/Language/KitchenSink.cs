namespace Community.GraphQL.Tests.Language;

/// <summary>Documents that use every construct of the grammar, in the spirit of graphql-js's kitchen sinks.</summary>
internal static class KitchenSink
{
    public const string Query = """"
        # A comment, and commas, which are ignored.
        query feedPage($groupId: ID!, $first: Int = 10, $tags: [String!] = ["news", "hr"], $filter: PostFilter = {kind: ANNOUNCEMENT, pinned: true}) @trace(level: 2) {
          alias: feed(groupId: $groupId, first: $first) @include(if: true) {
            ... on Post {
              id,
              title
              body(format: MARKDOWN)
              author { ...memberParts }
            }
            ...postStats @skip(if: false)
            ... @include(if: $withMeta) {
              createdAt
            }
            ... {
              kind
            }
          }
          values(int: -42, float: 1.5e-3, string: "tab\there \"quoted\" \u00e9 \u{1F600}", block: """
            Line one
              indented "line"
          """, bool: false, nul: null, enum: SOME_VALUE, list: [1, [2, 3], []], object: {a: {b: [{}]}}, variable: $filter)
        }

        mutation react {
          react(input: {postId: "UG9zdDox", kind: CELEBRATE}) {
            post {
              reactionCount
            }
          }
        }

        subscription onPost($group: ID) {
          postAdded(groupId: $group) {
            id
          }
        }

        fragment memberParts on Member @cached {
          id
          name
          avatar(size: 64)
        }

        fragment postStats on Post {
          views
          reactions
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
          mutation: subscription
          fragment
          on
        }

        query aVeryLongOperationNameThatIsFine($someVariable: String = "default value that is long", $other: Int) {
          search(someArgument: $someVariable, anotherArgument: $other, yetAnotherArgument: "with a long string") {
            total
          }
        }
        """";

    public const string Schema = """"
        "The schema of the community."
        schema @contact(name: "platform") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        """
        A post in a group's feed.

          It can be "quoted" and \""" triple-quoted.
        """
        type Post implements Node & Entity @key(fields: "id") {
          id: ID!
          "The title, at most 200 characters."
          title: String
          body(format: Format = MARKDOWN, "Trim to this length." maxLength: Int): String @deprecated(reason: "Use content.")
          tags(first: Int = 10, after: String): [String!]!
          matrix: [[Float!]]
        }

        type Empty

        interface Node {
          id: ID!
        }

        interface Entity implements Node @tag {
          id: ID!
          createdAt: DateTime
        }

        union SearchResult @unionDirective = | Post | Member | Group

        union Later

        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        enum Format {
          "Plain text"
          PLAIN
          MARKDOWN @deprecated
          HTML
        }

        input PostInput @oneOf {
          title: String! = "Untitled"
          tags: [String!] = ["a", "b"]
          options: Options = {pin: true, order: [1, 2], nested: {deep: null}}
        }

        directive @key(fields: String!) repeatable on OBJECT | INTERFACE

        """Includes the field when true."""
        directive @include2(
          "The condition."
          if: Boolean!
        ) on | FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        extend schema @addedDirective

        extend schema {
          subscription: Subscription
        }

        extend scalar DateTime @format(pattern: "iso")

        extend type Post implements Likeable {
          likes: Int
        }

        extend type Post @extraDirective

        extend interface Node implements Entity

        extend interface Entity @tagged {
          updatedAt: DateTime
        }

        extend union SearchResult = Event

        extend union SearchResult @more

        extend enum Format {
          RICH
        }

        extend input PostInput {
          pinned: Boolean = false
        }

        extend input PostInput @deprecated
        """";
}
