namespace Community.GraphQL.Types;

/// <summary>
/// The query a client sends to learn a whole schema: every type with its fields, arguments, input
/// fields, enum values and possible types, every directive, and the schema's description. It asks
/// for everything this engine can report (descriptions, <c>specifiedByURL</c>, <c>isRepeatable</c>,
/// deprecated arguments and input fields, <c>isOneOf</c>), so its result matches what graphql-js's
/// <c>getIntrospectionQuery</c> asks for with every option on.
/// </summary>
public static class IntrospectionQuery
{
    /// <summary>The name of the operation in <see cref="Text"/>.</summary>
    public const string OperationName = "IntrospectionQuery";

    /// <summary>
    /// The query text. Type references unwrap nine levels of <c>ofType</c>, enough for types as
    /// deeply wrapped as <c>[[[[String!]!]!]!]!</c>.
    /// </summary>
    public const string Text = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types {
              ...FullType
            }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) {
                ...InputValue
              }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
        }

        fragment InputValue on __InputValue {
          name
          description
          type {
            ...TypeRef
          }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;
}
