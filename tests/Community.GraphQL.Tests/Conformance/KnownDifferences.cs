using System.Text.Json.Nodes;

namespace Community.GraphQL.Tests.Conformance;

/// <summary>
/// Where we answer differently from graphql-js 16 on purpose, by case id, each with its reason. A
/// listed case must still differ: the test says so once both engines agree. The introspection
/// answers are also normalized here, for what is prose or a later spec draft.
/// </summary>
internal static class KnownDifferences
{
    private const string ControlCharacters =
        "October 2021 spec: SourceCharacter excludes control characters other than tab, line feed and "
        + "carriage return, so a string holding one is a syntax error; graphql-js 16 follows the later "
        + "draft that allows any Unicode scalar value in strings.";

    private const string ExecutableDescriptions =
        "graphql-js 16.15 accepts descriptions on operations and fragments (a later spec draft); "
        + "the October 2021 grammar allows descriptions on type-system definitions only.";

    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>
    {
        ["syntax: null character in string"] = ControlCharacters,
        ["syntax: bell character in string"] = ControlCharacters,
        ["syntax: bell character in block string"] = ControlCharacters,
        ["syntax: description on operation"] = ExecutableDescriptions,
        ["syntax: block description on fragment"] = ExecutableDescriptions,

        // The same grammar difference: graphql-js 16.15 words a misplaced description "only GraphQL
        // definitions support descriptions"; we keep the wording graphql-js 16 used before it accepted
        // executable descriptions ("descriptions are supported only on type definitions").
        ["syntax: extend with description"] = ExecutableDescriptions,

        // @deprecated's locations include DIRECTIVE_DEFINITION in graphql-js 16.15 (directive
        // deprecation, a later draft); the October 2021 @deprecated has no such location.
        ["execution: introspection: directive locations"] = "No DIRECTIVE_DEFINITION location.",
        ["execution: introspection: the __Schema type"] = "__Schema.directives takes no includeDeprecated.",

        // A list of non-null items where several items fail: graphql-js completes items one by one
        // and stops at the first failure that nulls the list, reporting that error alone; we
        // complete every item (breadth-first) and report each item's error.
        // The data is the same.
        ["execution: errors: non-null in nullable list items"] = "Every failing item's error is reported.",

        // A Float literal beyond the double range is refused by validation ("Float cannot represent
        // non numeric value: 1e400"), as the spec's Float is finite; graphql-js reads it as Infinity,
        // passes validation and fails only when serializing the field's result.
        ["validation: ValuesOfCorrectType: huge float"] = "Out-of-range Float literals fail validation.",

        // graphql-js's other rules also walk type-system definitions (here KnownDirectives reports
        // @onQuery on the schema extension); our rules walk executable definitions only, so such a
        // document gets the "not executable" error alone. It is refused either way.
        ["validation: ExecutableDefinitions: schema extension"] = "Rules do not walk type-system definitions.",
        ["validation: harvested: ExecutableDefinitions 35977435"] = "Rules do not walk type-system definitions.",
        ["syntax: interface implementing with fields missing"] = "Rules do not walk type-system definitions.",

        // graphql-js 16.15's SingleFieldSubscriptionsRule collects fields with the executor's
        // collectFields and no variable values, so `@skip(if: $var)` on a subscription's field makes
        // validate() throw ("...was not provided a runtime value"); we validate the document.
        ["validation: harvested: SingleFieldSubscriptions 11b5612c"] = "graphql-js throws while validating.",

        // @deprecated(reason: null): graphql-js reads deprecation from the reason, so an explicit null
        // reason means "not deprecated"; we read it from the directive's presence (the directive is
        // what marks the element deprecated), with the spec's default reason.
        ["introspection: deprecated with null reason"] = "The presence of @deprecated marks deprecation.",

        // Our SDL printer keeps applied custom directives (`type Query @cached(ttl: 5)`), as
        // HotChocolate's does, so printed SDL round-trips; graphql-js's printSchema drops them.
        ["introspection: applied custom directives"] = "The SDL printer keeps applied directives.",

        // `extend scalar Json @specifiedBy(url: ...)`: graphql-js's buildSchema reads specifiedBy from
        // the scalar's definition only; the spec lets an extension add directives, so we report it.
        ["introspection: specifiedBy from a scalar extension"] = "Directives of scalar extensions count.",

        // ExecutorOptions.MaxExecutionDepth (15 by default) refuses deeper operations before they
        // run, a limit a public server needs; graphql-js has no such limit.
        ["execution: limits: sixteen levels deep"] = "The executor's depth limit.",

        // ParserOptions bound what a client's document may cost (nesting 64 deep, 15,000 tokens,
        // 100 KiB); beyond them the parser refuses the document. graphql-js parses anything.
        ["syntax: generated: list literal nested seventy deep"] = "The parser's depth limit.",
        ["syntax: generated: more tokens than the limit"] = "The parser's token limit.",

        // An operation whose type the schema lacks ("Schema is not configured to execute mutation
        // operation.") is refused before execution starts: a request error with no data entry (400
        // over HTTP), as graphql-js 17 refuses it in validation. graphql-js 16 raises it inside
        // execute, so its answer also holds "data": null.
        ["execution: generated: mutation without a mutation type"] = "Missing root types are request errors.",
        ["execution: generated: subscription without a subscription type"] = "Missing root types are request errors.",
        ["execution: generated: named mutation among queries"] = "Missing root types are request errors.",

        // An empty operationName is read as no name (GET requests carry `operationName=` when a
        // client leaves it blank); graphql-js looks for an operation named "" and finds none.
        ["execution: operations: empty name"] = "An empty operation name is no name.",
        ["execution: operations: empty name among named"] = "An empty operation name is no name.",

        // Schema building (errors for the schema's author, never seen by clients). We refuse more
        // than graphql-js 16 does, as graphql-js 17 and the spec's type-system rules do.
        ["schema: default of wrong type"] = "Defaults are coerced, and checked, when the schema is built.",
        ["schema: input default of wrong type"] = "Defaults are coerced, and checked, when the schema is built.",
        ["schema: subscription root is query"] = "Root operation types must be different types.",
        ["schema: executable definition in sdl"] = "Operations and fragments in SDL are refused, not ignored.",

        // Wording: we say which directive, which argument and why the value is refused.
        ["schema: wrong directive argument type"] = "A more specific message.",

        // A second schema definition is reported once; graphql-js also reports its repeated
        // `query` as a duplicate operation type.
        ["schema: two schema definitions"] = "The second schema definition is reported once.",
    };

    private static readonly HashSet<string> BuiltInDirectives = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];

    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>
    /// Removes from an introspection answer what graphql-js 16.15 adds from later spec drafts, and
    /// blanks the descriptions of the built-in scalars, introspection types and built-in directives
    /// (their fields, arguments and values included) on both sides: they are documentation prose,
    /// which we write in our own words rather than copy.
    /// </summary>
    public static void NormalizeIntrospection(JsonObject answer)
    {
        if (answer["introspection"]?["data"]?["__schema"] is not JsonObject schema)
        {
            return;
        }

        // graphql-js 16.15 implements directive deprecation (a later spec draft): __Schema.directives
        // takes includeDeprecated and __Directive has isDeprecated and deprecationReason. The
        // October 2021 introspection types have none of these.
        RemoveMember(schema, "__Schema", "directives", argument: "includeDeprecated");
        RemoveMember(schema, "__Directive", "isDeprecated");
        RemoveMember(schema, "__Directive", "deprecationReason");
        var locations = (schema["types"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(t => t["name"]?.GetValue<string>() == "__DirectiveLocation");
        if (locations?["enumValues"] is JsonArray locationValues
            && locationValues.OfType<JsonObject>().FirstOrDefault(v => v["name"]?.GetValue<string>() == "DIRECTIVE_DEFINITION") is { } directiveDefinition)
        {
            locationValues.Remove(directiveDefinition);
        }

        var deprecated = (schema["directives"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(d => d["name"]?.GetValue<string>() == "deprecated");
        if (deprecated?["locations"] is JsonArray deprecatedLocations
            && deprecatedLocations.FirstOrDefault(l => l?.GetValue<string>() == "DIRECTIVE_DEFINITION") is { } onDirectives)
        {
            deprecatedLocations.Remove(onDirectives);
        }

        foreach (var type in (schema["types"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = type["name"]?.GetValue<string>() ?? string.Empty;
            if (name.StartsWith("__", StringComparison.Ordinal) || BuiltInScalars.Contains(name))
            {
                Blank(type);
            }
        }

        foreach (var directive in (schema["directives"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (BuiltInDirectives.Contains(directive["name"]?.GetValue<string>() ?? string.Empty))
            {
                Blank(directive);
            }
        }
    }

    /// <summary>Removes a field of an introspection type, or only one argument of that field.</summary>
    private static void RemoveMember(JsonObject schema, string typeName, string fieldName, string? argument = null)
    {
        var type = (schema["types"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(t => t["name"]?.GetValue<string>() == typeName);
        if (type?["fields"] is not JsonArray fields || fields.OfType<JsonObject>().FirstOrDefault(f => f["name"]?.GetValue<string>() == fieldName) is not { } field)
        {
            return;
        }

        if (argument is null)
        {
            fields.Remove(field);
        }
        else if (field["args"] is JsonArray args && args.OfType<JsonObject>().FirstOrDefault(a => a["name"]?.GetValue<string>() == argument) is { } found)
        {
            args.Remove(found);
        }
    }

    private static void Blank(JsonObject element)
    {
        if (element.ContainsKey("description"))
        {
            element["description"] = "(built-in)";
        }

        foreach (var member in new[] { "fields", "args", "inputFields", "enumValues" })
        {
            foreach (var child in (element[member] as JsonArray ?? []).OfType<JsonObject>())
            {
                Blank(child);
            }
        }
    }
}
