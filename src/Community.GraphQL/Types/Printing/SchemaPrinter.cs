using System.Text;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL, as graphql-js's <c>printSchema</c> does: the schema definition (only
/// when it says something the defaults do not), then the schema's own directives, then its own
/// types, in the schema's order, separated by blank lines. Built-in scalars, built-in directives
/// and introspection types are left out. Descriptions print as block strings where that keeps
/// their value; deprecation, <c>@specifiedBy</c> and <c>@oneOf</c> print from the model, and
/// other applied directives as the model keeps them.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Directives the printer writes from the model's own properties, so their syntax nodes are not printed again.</summary>
    private static readonly HashSet<string> ModelledDirectiveNames = new(StringComparer.Ordinal) { "deprecated", "specifiedBy", "oneOf" };

    /// <summary>The SDL of the schema's own definitions (no trailing new line).</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, d => !IsSpecifiedDirective(d), IsDefinedType);
    }

    /// <summary>The SDL of the built-in directives and the introspection types, after the schema definition when it needs one (no trailing new line).</summary>
    public static string PrintIntrospectionSchema(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, IsSpecifiedDirective, Introspection.IsIntrospectionType);
    }

    /// <summary>The SDL definition of one named type.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintScalar(scalar),
        ObjectType objectType => PrintComplexType("type", objectType),
        InterfaceType interfaceType => PrintComplexType("interface", interfaceType),
        UnionType union => PrintUnion(union),
        EnumType enumType => PrintEnum(enumType),
        InputObjectType inputObject => PrintInputObject(inputObject),
        _ => throw new ArgumentException($"Unknown kind of type: {type.GetType().Name}.", nameof(type)),
    };

    /// <summary>The SDL definition of one directive.</summary>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        var builder = new StringBuilder();
        builder.Append(PrintDescription(directive.Description))
            .Append("directive @")
            .Append(directive.Name)
            .Append(PrintArguments(directive.Arguments, string.Empty));
        if (directive.IsRepeatable)
        {
            builder.Append(" repeatable");
        }

        builder.Append(" on ").AppendJoin(" | ", directive.Locations.Select(Introspection.GetLocationName));
        return builder.ToString();
    }

    /// <summary>True for the directives every schema has (<c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>).</summary>
    public static bool IsSpecifiedDirective(DirectiveDefinition directive) => BuiltInDirectives.IsBuiltIn(directive.Name);

    /// <summary>True for the scalars the specification defines (<c>String</c>, <c>Int</c>, <c>Float</c>, <c>Boolean</c>, <c>ID</c>).</summary>
    public static bool IsSpecifiedScalar(NamedType type) => type is ScalarType && BuiltInScalars.IsBuiltIn(type.Name);

    private static bool IsDefinedType(NamedType type) => !IsSpecifiedScalar(type) && !Introspection.IsIntrospectionType(type);

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } schemaDefinition)
        {
            parts.Add(schemaDefinition);
        }

        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.Types.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var directives = PrintAppliedDirectives(schema.AppliedDirectives);
        if (schema.Description is null && directives.Length == 0 && HasConventionalRootNames(schema))
        {
            return null;
        }

        var builder = new StringBuilder();
        builder.Append(PrintDescription(schema.Description)).Append("schema").Append(directives).Append(" {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is { } mutation)
        {
            builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    /// <summary>Root types named <c>Query</c>, <c>Mutation</c> and <c>Subscription</c> need no schema definition.</summary>
    private static bool HasConventionalRootNames(Schema schema)
        => schema.QueryType.Name == "Query"
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };

    private static string PrintScalar(ScalarType type)
        => PrintDescription(type.Description)
            + "scalar " + type.Name
            + PrintSpecifiedBy(type.SpecifiedByUrl)
            + PrintAppliedDirectives(type.Directives);

    private static string PrintComplexType(string keyword, ComplexType type)
    {
        var builder = new StringBuilder();
        builder.Append(PrintDescription(type.Description)).Append(keyword).Append(' ').Append(type.Name);
        if (type.Interfaces.Count > 0)
        {
            builder.Append(" implements ").AppendJoin(" & ", type.Interfaces.Select(i => i.Name));
        }

        builder.Append(PrintAppliedDirectives(type.Directives));
        var fields = type.Fields.Where(f => !Introspection.IsMetaField(f)).Select((field, i) =>
            PrintDescription(field.Description, "  ", i == 0)
            + "  " + field.Name
            + PrintArguments(field.Arguments, "  ")
            + ": " + field.Type
            + PrintDeprecated(field.DeprecationReason)
            + PrintAppliedDirectives(field.Directives));
        return builder.Append(PrintBlock(fields)).ToString();
    }

    private static string PrintUnion(UnionType type)
    {
        var builder = new StringBuilder();
        builder.Append(PrintDescription(type.Description))
            .Append("union ")
            .Append(type.Name)
            .Append(PrintAppliedDirectives(type.Directives));
        if (type.Types.Count > 0)
        {
            builder.Append(" = ").AppendJoin(" | ", type.Types.Select(t => t.Name));
        }

        return builder.ToString();
    }

    private static string PrintEnum(EnumType type)
    {
        var values = type.Values.Select((value, i) =>
            PrintDescription(value.Description, "  ", i == 0)
            + "  " + value.Name
            + PrintDeprecated(value.DeprecationReason)
            + PrintAppliedDirectives(value.Directives));
        return PrintDescription(type.Description)
            + "enum " + type.Name
            + PrintAppliedDirectives(type.Directives)
            + PrintBlock(values);
    }

    private static string PrintInputObject(InputObjectType type)
    {
        var fields = type.Fields.Select((field, i) =>
            PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field));
        return PrintDescription(type.Description)
            + "input " + type.Name
            + (type.IsOneOf ? " @oneOf" : string.Empty)
            + PrintAppliedDirectives(type.Directives)
            + PrintBlock(fields);
    }

    private static string PrintBlock(IEnumerable<string> items)
    {
        var lines = items.ToList();
        return lines.Count == 0 ? string.Empty : " {\n" + string.Join('\n', lines) + "\n}";
    }

    /// <summary>Arguments on one line when none has a description, else one per line with descriptions above.</summary>
    private static string PrintArguments(IReadOnlyList<ArgumentDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        var lines = arguments.Select((argument, i) =>
            PrintDescription(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument));
        return "(\n" + string.Join('\n', lines) + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var builder = new StringBuilder();
        builder.Append(value.Name).Append(": ").Append(value.Type);
        if (DefaultValuePrinter.Print(value) is { } defaultValue)
        {
            builder.Append(" = ").Append(defaultValue);
        }

        return builder.Append(PrintDeprecated(value.DeprecationReason)).Append(PrintAppliedDirectives(value.Directives)).ToString();
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string PrintSpecifiedBy(string? url)
        => url is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(url) + ")";

    /// <summary>Applied directives other than those printed from the model, each preceded by a space.</summary>
    private static string PrintAppliedDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var directive in directives)
        {
            if (!ModelledDirectiveNames.Contains(directive.Name.Value))
            {
                builder.Append(' ').Append(Printer.Print(directive));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A description above a definition: a block string when the block string reads back as the
    /// same value, else a quoted string. In a block, every description but the first is set off
    /// by a blank line.
    /// </summary>
    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockStringPrintability.IsPrintableAsBlockString(description)
            ? Printer.PrintBlockString(description)
            : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
