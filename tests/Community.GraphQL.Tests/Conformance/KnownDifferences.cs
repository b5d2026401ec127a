using System.Text.Json.Nodes;

namespace Community.GraphQL.Tests.Conformance;

/// <summary>
/// Where we answer differently from graphql-js 17.1 on purpose, by case id, each with its reason.
/// Both follow the September 2025 edition; what is left is graphql-js's own extensions beyond it
/// (experimental syntax and introspection) and limits or choices of ours. A listed case must still
/// differ: the test says so once both engines agree. The introspection answers are also normalized
/// here, for what is prose or beyond the edition.
/// </summary>
internal static class KnownDifferences
{
    private const string EmptySelectionSets =
        "The September 2025 grammar requires at least one selection (SelectionSet :: { Selection+ }); "
        + "graphql-js 17 accepts an empty selection set by default (its deprecated allowEmptySelectionSets option).";

    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>
    {
        ["syntax: empty selection set"] = EmptySelectionSets,
        ["syntax: nested empty selection set"] = EmptySelectionSets,

        // graphql-js 17 parses `extend directive @name` (directive extensions, an experimental
        // proposal); the edition has no such extension, so we refuse the keyword where it stands.
        ["syntax: extend directive"] = "Directive extensions are not in the edition's grammar.",

        // @deprecated's locations include DIRECTIVE_DEFINITION in graphql-js 17.1 (directive
        // deprecation, an experimental proposal); the edition's @deprecated has no such location.
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


        // Our SDL printer keeps applied custom directives (`type Query @cached(ttl: 5)`), as
        // HotChocolate's does, so printed SDL round-trips; graphql-js's printSchema drops them.
        ["introspection: applied custom directives"] = "The SDL printer keeps applied directives.",

        // ExecutorOptions.MaxExecutionDepth (15 by default) refuses deeper operations before they
        // run, a limit a public server needs; graphql-js has no such limit.
        ["execution: limits: sixteen levels deep"] = "The executor's depth limit.",

        // ParserOptions bound what a client's document may cost (nesting 64 deep, 15,000 tokens,
        // 100 KiB); beyond them the parser refuses the document. graphql-js parses anything.
        ["syntax: generated: list literal nested seventy deep"] = "The parser's depth limit.",
        ["syntax: generated: more tokens than the limit"] = "The parser's token limit.",

        // An empty operationName is read as no name (GET requests carry `operationName=` when a
        // client leaves it blank); graphql-js looks for an operation named "" and finds none.
        ["execution: operations: empty name"] = "An empty operation name is no name.",
        ["execution: operations: empty name among named"] = "An empty operation name is no name.",

        // Schema building (errors for the schema's author, never seen by clients). We refuse more
        // than graphql-js does, as the spec's type-system rules ask.
        ["schema: executable definition in sdl"] = "Operations and fragments in SDL are refused, not ignored.",

        // A second schema definition is reported once; graphql-js also reports its repeated
        // `query` as a duplicate operation type.
        ["schema: two schema definitions"] = "The second schema definition is reported once.",
    };

    private static readonly HashSet<string> BuiltInDirectives = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];

    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>
    /// Removes from an introspection answer what graphql-js 17.1 adds beyond the edition, and
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

        // graphql-js 17.1 implements directive deprecation and fragment arguments (experimental
        // proposals): __Schema.directives takes includeDeprecated, __Directive has isDeprecated and
        // deprecationReason, and __DirectiveLocation has DIRECTIVE_DEFINITION and
        // FRAGMENT_VARIABLE_DEFINITION. The September 2025 introspection types have none of these.
        RemoveMember(schema, "__Schema", "directives", argument: "includeDeprecated");
        RemoveMember(schema, "__Directive", "isDeprecated");
        RemoveMember(schema, "__Directive", "deprecationReason");
        var locations = (schema["types"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(t => t["name"]?.GetValue<string>() == "__DirectiveLocation");
        if (locations?["enumValues"] is JsonArray locationValues)
        {
            foreach (var beyondEdition in locationValues.OfType<JsonObject>()
                .Where(v => v["name"]?.GetValue<string>() is "DIRECTIVE_DEFINITION" or "FRAGMENT_VARIABLE_DEFINITION").ToList())
            {
                locationValues.Remove(beyondEdition);
            }
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
