namespace Community.GraphQL.Tests.Conformance.Cases;

/// <summary>
/// The schema most cases run against: interfaces implementing interfaces, unions, enums with
/// deprecated values, input objects with defaults and nested lists, a oneOf input, a custom scalar
/// with specifiedBy, deprecated fields and arguments, custom directives, and echo fields (see
/// <see cref="ResolverConventions"/>) that return their coerced arguments.
/// </summary>
internal static class KitchenSinkSchema
{
    public const string Sdl = """"
        "The kitchen-sink schema of the conformance suite."
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "An instant, as ISO-8601 text."
        scalar Instant @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        "Marks a field for caching."
        directive @cached(
          "Seconds to keep the value."
          ttl: Int = 60
          scopes: [Scope!] = [PUBLIC]
        ) repeatable on FIELD_DEFINITION | OBJECT | FIELD

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onFragment on FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @onVariable on VARIABLE_DEFINITION
        directive @onField(tag: String) on FIELD

        enum Scope { PUBLIC PRIVATE }

        """
        Anything with an id.
        """
        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name(upper: Boolean = false): String
        }

        interface Pet implements Named & Node {
          id: ID!
          name(upper: Boolean = false): String
          nickname: String @deprecated(reason: "Use `name`.")
          owner: Human
        }

        "Colours, some retired."
        enum Color {
          RED
          "The colour of grass."
          GREEN
          BLUE @deprecated
          VIOLET @deprecated(reason: "Looks like BLUE.")
        }

        enum DogCommand { SIT, DOWN, HEEL }

        type Dog implements Pet & Named & Node {
          id: ID!
          name(upper: Boolean = false): String
          nickname: String @deprecated(reason: "Use `name`.")
          owner: Human
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          color: Color
          tags: [String!]!
        }

        type Cat implements Pet & Named & Node {
          id: ID!
          name(upper: Boolean = false): String
          nickname: String @deprecated(reason: "Use `name`.")
          owner: Human
          meowVolume: Int
          furColor: Color
          lives: [Int!]
        }

        type Human implements Named & Node {
          id: ID!
          name(upper: Boolean = false): String
          pets: [Pet]
          friends: [Human!]
          relatives: [[Human]]
          born: Instant
          weight: Float
          strictFriends: [Human!]!
          failName: String
          failStrict: String!
        }

        type Alien implements Node {
          id: ID!
          homePlanet: String
          iq: Int!
        }

        union CatOrDog = Cat | Dog
        union Being = Human | Alien | Dog | Cat

        "A point on the plane."
        input Point {
          x: Float!
          "Defaults to the x axis."
          y: Float! = 0
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
          matrix: [[Int!]]
          nested: ComplexInput
          color: Color = RED
          points: [Point!] = [{x: 1}]
          when: Instant
          oldField: String @deprecated(reason: "No longer read.")
        }

        "Exactly one way to find a pet."
        input PetFilter @oneOf {
          id: ID
          name: String
          color: Color
        }

        type ComplexEcho {
          requiredField: Boolean
          nonNullField: Boolean
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
          matrix: [[Int]]
          nested: ComplexEcho
          color: Color
          points: [PointEcho]
          when: Instant
        }

        type PointEcho { x: Float y: Float }

        type FilterEcho { id: ID name: String color: Color }

        type ArgsEcho {
          a: Int
          b: String
          c: [Int]
          d: Color
          e: Boolean
        }

        type Query {
          node(id: ID!): Node
          dog: Dog
          cat: Cat
          pet: Pet
          human(id: ID): Human
          alien: Alien
          catOrDog: CatOrDog
          beings: [Being]
          strictBeings: [Being!]!
          named: [Named]
          hello: String
          int: Int
          float: Float
          bool: Boolean
          id: ID
          color: Color
          colors: [Color]
          when: Instant
          nonNullInt: Int!
          matrix: [[Int!]]
          strictMatrix: [[Int!]!]!
          oldHello: String @deprecated(reason: "Use `hello`.")
          echoInt(value: Int): Int
          echoNonNullInt(value: Int!): Int
          echoFloat(value: Float): Float
          echoString(value: String): String
          echoBoolean(value: Boolean): Boolean
          echoID(value: ID): ID
          echoColor(value: Color): Color
          echoColors(value: [Color]): [Color]
          echoIntList(value: [Int]): [Int]
          echoStrictIntList(value: [Int!]!): [Int]
          echoMatrix(value: [[Int]]): [[Int]]
          echoInstant(value: Instant): Instant
          echoComplex(value: ComplexInput): ComplexEcho
          echoPoint(value: Point = {x: 2, y: 3}): PointEcho
          echoFilter(value: PetFilter): FilterEcho
          echoDefaultString(value: String = "default"): String
          echoDefaultList(value: [Int] = [1, 2]): [Int]
          echoArgs(a: Int = 1, b: String, c: [Int], d: Color = GREEN, e: Boolean, old: String @deprecated(reason: "Gone.")): ArgsEcho
          failHello: String
          failNonNull: String!
        }

        type Mutation {
          echoString(value: String): String
          setColor(color: Color!): Color
        }

        type Subscription {
          hello: String
          dog: Dog
        }
        """";

    /// <summary>A root value with something in every field the execution cases read.</summary>
    public const string Root = """
        {
          "hello": "world",
          "int": 42,
          "float": 1.5,
          "bool": true,
          "id": "7",
          "color": "GREEN",
          "colors": ["RED", null, "BLUE"],
          "when": "2021-10-01T00:00:00Z",
          "nonNullInt": 1,
          "matrix": [[1, 2], [3]],
          "strictMatrix": [[1], [2, 3]],
          "oldHello": "old",
          "dog": { "__typename": "Dog", "id": "d1", "name": "Rex", "nickname": "R", "barkVolume": 3, "color": "RED", "tags": ["good"],
                   "owner": { "id": "h1", "name": "Ann" } },
          "cat": { "__typename": "Cat", "id": "c1", "name": "Tom", "meowVolume": 2, "furColor": "BLUE", "lives": [1, 2, 3] },
          "pet": { "__typename": "Cat", "id": "c1", "name": "Tom", "meowVolume": 2, "furColor": "BLUE", "lives": [9] },
          "human": { "__typename": "Human", "id": "h1", "name": "Ann", "born": "1990-01-01T00:00:00Z", "weight": 61.5,
                     "pets": [{ "__typename": "Dog", "id": "d1", "name": "Rex", "barkVolume": 3 }, { "__typename": "Cat", "id": "c2", "name": "Kit", "meowVolume": 1 }],
                     "friends": [{ "id": "h2", "name": "Bob" }, { "id": "h3", "name": "Cy" }],
                     "relatives": [[{ "id": "h4", "name": "Di" }], [], null],
                     "strictFriends": [{ "id": "h2", "name": "Bob" }] },
          "alien": { "__typename": "Alien", "id": "a1", "homePlanet": "Mars", "iq": 200 },
          "catOrDog": { "__typename": "Dog", "id": "d1", "name": "Rex", "barkVolume": 3, "tags": [] },
          "beings": [
            { "__typename": "Human", "id": "h1", "name": "Ann" },
            { "__typename": "Alien", "id": "a1", "homePlanet": "Mars", "iq": 200 },
            { "__typename": "Dog", "id": "d1", "name": "Rex", "barkVolume": 3, "tags": [] },
            { "__typename": "Cat", "id": "c1", "name": "Tom", "meowVolume": 2 },
            null
          ],
          "strictBeings": [{ "__typename": "Alien", "id": "a1", "homePlanet": "Mars", "iq": 200 }],
          "named": [{ "__typename": "Human", "id": "h1", "name": "Ann" }, { "__typename": "Dog", "id": "d1", "name": "Rex", "tags": [] }],
          "node": { "__typename": "Alien", "id": "a1", "homePlanet": "Mars", "iq": 200 }
        }
        """;
}
