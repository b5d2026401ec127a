using System.Text;

namespace Community.GraphQL.Language;

/// <summary>
/// Prints syntax trees as canonical GraphQL text, exactly as graphql-js's <c>print</c>: two-space
/// indentation, the <c>query</c> keyword left out of an anonymous query without variables or
/// directives, field arguments broken one per line past 80 characters, block strings printed as
/// block strings, and definitions separated by a blank line.
/// </summary>
/// <remarks>
/// The printer recurses once per level of the tree. A tree that came through the <see cref="Parser"/>
/// is already bounded by <see cref="ParserOptions.MaxDepth"/>; a tree built in code is refused past
/// <see cref="MaxDepth"/> levels (or when the stack runs low) with an
/// <see cref="InvalidOperationException"/> instead of overflowing the stack. A parsed document
/// nests at most a few nodes per level of <see cref="ParserOptions.MaxDepth"/>, far below the limit.
/// </remarks>
public static class Printer
{
    /// <summary>Deepest tree the printer walks (levels of nodes, all kinds counted).</summary>
    public const int MaxDepth = 500;

    private const int MaxLineLength = 80;

    /// <summary>Prints <paramref name="node"/> and everything under it.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new Walker().Print(node);
    }

    /// <summary>A string literal in double quotes, with <c>"</c>, <c>\</c> and control characters escaped.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var result = new StringBuilder(value.Length + 2);
        result.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\b': result.Append("\\b"); break;
                case '\f': result.Append("\\f"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                default:
                    if (c < 0x20 || c is >= '\u007F' and <= '\u009F')
                    {
                        result.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }

    /// <summary>A block string (<c>"""..."""</c>) whose value is <paramref name="value"/>; see <see cref="BlockString.Print"/>.</summary>
    public static string PrintBlockString(string value) => BlockString.Print(value);

    private sealed class Walker
    {
        private int _depth;

        public string Print(SyntaxNode? node)
        {
            if (node is null)
            {
                return string.Empty;
            }

            if (++_depth > MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw new InvalidOperationException($"The syntax tree is nested deeper than {MaxDepth} levels and cannot be printed.");
            }

            string text = PrintNode(node);
            _depth--;
            return text;
        }

        private string PrintNode(SyntaxNode node) => node switch
        {
            NameNode name => name.Value,
            VariableNode variable => "$" + Print(variable.Name),
            DocumentNode document => Join(document.Definitions, "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode definition =>
                Description(definition.Description) + Print(definition.Variable) + ": " + Print(definition.Type) + Wrap(" = ", Print(definition.DefaultValue))
                + Wrap(" ", Join(definition.Directives, " ")),
            SelectionSetNode selectionSet => Block(selectionSet.Selections),
            FieldNode field => PrintField(field),
            ArgumentNode argument => Print(argument.Name) + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + Print(spread.Name) + Wrap(" ", Join(spread.Directives, " ")),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", Print(inline.TypeCondition)), Join(inline.Directives, " "), Print(inline.SelectionSet)], " "),
            FragmentDefinitionNode fragment =>
                Description(fragment.Description) + $"fragment {Print(fragment.Name)} on {Print(fragment.TypeCondition)} {Wrap(string.Empty, Join(fragment.Directives, " "), " ")}"
                + Print(fragment.SelectionSet),
            IntValueNode intValue => intValue.Value,
            FloatValueNode floatValue => floatValue.Value,
            StringValueNode stringValue => stringValue.Block ? BlockString.Print(stringValue.Value) : PrintString(stringValue.Value),
            BooleanValueNode boolean => boolean.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode enumValue => enumValue.Value,
            ListValueNode list => PrintList(list),
            ObjectValueNode obj => PrintObject(obj),
            ObjectFieldNode objectField => Print(objectField.Name) + ": " + Print(objectField.Value),
            DirectiveNode directive => "@" + Print(directive.Name) + Wrap("(", Join(directive.Arguments, ", "), ")"),
            NamedTypeNode named => Print(named.Name),
            ListTypeNode listType => "[" + Print(listType.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
            SchemaDefinitionNode schema => Description(schema.Description)
                + Join(["schema", Join(schema.Directives, " "), Block(schema.OperationTypes)], " "),
            OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + Print(operationType.Type),
            ScalarTypeDefinitionNode scalar => Description(scalar.Description)
                + Join(["scalar", Print(scalar.Name), Join(scalar.Directives, " ")], " "),
            ObjectTypeDefinitionNode objectType => Description(objectType.Description)
                + Join(
                    ["type", Print(objectType.Name), Wrap("implements ", Join(objectType.Interfaces, " & ")),
                        Join(objectType.Directives, " "), Block(objectType.Fields)],
                    " "),
            FieldDefinitionNode fieldDefinition => Description(fieldDefinition.Description) + Print(fieldDefinition.Name)
                + ArgumentDefinitions(fieldDefinition.Arguments) + ": " + Print(fieldDefinition.Type)
                + Wrap(" ", Join(fieldDefinition.Directives, " ")),
            InputValueDefinitionNode inputValue => Description(inputValue.Description)
                + Join(
                    [Print(inputValue.Name) + ": " + Print(inputValue.Type), Wrap("= ", Print(inputValue.DefaultValue)),
                        Join(inputValue.Directives, " ")],
                    " "),
            InterfaceTypeDefinitionNode interfaceType => Description(interfaceType.Description)
                + Join(
                    ["interface", Print(interfaceType.Name), Wrap("implements ", Join(interfaceType.Interfaces, " & ")),
                        Join(interfaceType.Directives, " "), Block(interfaceType.Fields)],
                    " "),
            UnionTypeDefinitionNode union => Description(union.Description)
                + Join(["union", Print(union.Name), Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))], " "),
            EnumTypeDefinitionNode enumType => Description(enumType.Description)
                + Join(["enum", Print(enumType.Name), Join(enumType.Directives, " "), Block(enumType.Values)], " "),
            EnumValueDefinitionNode enumValueDefinition => Description(enumValueDefinition.Description)
                + Join([Print(enumValueDefinition.Name), Join(enumValueDefinition.Directives, " ")], " "),
            InputObjectTypeDefinitionNode input => Description(input.Description)
                + Join(["input", Print(input.Name), Join(input.Directives, " "), Block(input.Fields)], " "),
            DirectiveDefinitionNode directiveDefinition => Description(directiveDefinition.Description)
                + "directive @" + Print(directiveDefinition.Name) + ArgumentDefinitions(directiveDefinition.Arguments)
                + (directiveDefinition.Repeatable ? " repeatable" : string.Empty)
                + " on " + Join(directiveDefinition.Locations, " | "),
            SchemaExtensionNode schemaExtension =>
                Join(["extend schema", Join(schemaExtension.Directives, " "), Block(schemaExtension.OperationTypes)], " "),
            ScalarTypeExtensionNode scalarExtension =>
                Join(["extend scalar", Print(scalarExtension.Name), Join(scalarExtension.Directives, " ")], " "),
            ObjectTypeExtensionNode objectExtension => Join(
                ["extend type", Print(objectExtension.Name), Wrap("implements ", Join(objectExtension.Interfaces, " & ")),
                    Join(objectExtension.Directives, " "), Block(objectExtension.Fields)],
                " "),
            InterfaceTypeExtensionNode interfaceExtension => Join(
                ["extend interface", Print(interfaceExtension.Name), Wrap("implements ", Join(interfaceExtension.Interfaces, " & ")),
                    Join(interfaceExtension.Directives, " "), Block(interfaceExtension.Fields)],
                " "),
            UnionTypeExtensionNode unionExtension => Join(
                ["extend union", Print(unionExtension.Name), Join(unionExtension.Directives, " "),
                    Wrap("= ", Join(unionExtension.Types, " | "))],
                " "),
            EnumTypeExtensionNode enumExtension =>
                Join(["extend enum", Print(enumExtension.Name), Join(enumExtension.Directives, " "), Block(enumExtension.Values)], " "),
            InputObjectTypeExtensionNode inputExtension =>
                Join(["extend input", Print(inputExtension.Name), Join(inputExtension.Directives, " "), Block(inputExtension.Fields)], " "),
            _ => throw new ArgumentException($"Cannot print a node of type {node.GetType().Name}.", nameof(node)),
        };

        private string PrintOperation(OperationDefinitionNode operation)
        {
            // Variables with descriptions print one per line, as graphql-js 17 prints them.
            var definitions = PrintAll(operation.VariableDefinitions);
            string variables = definitions.Exists(text => text.Contains('\n', StringComparison.Ordinal))
                ? Wrap("(\n", JoinTexts(definitions, "\n"), "\n)")
                : Wrap("(", JoinTexts(definitions, ", "), ")");
            string prefix = Description(operation.Description) + Join(
                [OperationKeyword(operation.Operation), Print(operation.Name) + variables, Join(operation.Directives, " ")],
                " ");

            // An anonymous query without description, variables or directives prints as the shorthand { ... }.
            return (prefix == "query" ? string.Empty : prefix + " ") + Print(operation.SelectionSet);
        }

        private string PrintField(FieldNode field)
        {
            string prefix = Wrap(string.Empty, Print(field.Alias), ": ") + Print(field.Name);
            string arguments = Join(field.Arguments, ", ");
            string line = prefix + Wrap("(", arguments, ")");
            if (line.Length > MaxLineLength)
            {
                line = prefix + Wrap("(\n", Indent(Join(field.Arguments, "\n")), "\n)");
            }

            return Join([line, Join(field.Directives, " "), Print(field.SelectionSet)], " ");
        }

        /// <summary>A list on one line, or one item per line when that line would pass 80 characters.</summary>
        private string PrintList(ListValueNode list)
        {
            var items = PrintAll(list.Values);
            return 2 + JoinedLength(items, ", ") > MaxLineLength
                ? "[\n" + Indent(JoinTexts(items, "\n")) + "\n]"
                : "[" + JoinTexts(items, ", ") + "]";
        }

        /// <summary><c>{ a: 1, b: 2 }</c>, or one field per line when that line would pass 80 characters.</summary>
        private string PrintObject(ObjectValueNode obj)
        {
            var fields = PrintAll(obj.Fields);
            return 4 + JoinedLength(fields, ", ") > MaxLineLength
                ? Wrap("{\n", Indent(JoinTexts(fields, "\n")), "\n}")
                : "{ " + JoinTexts(fields, ", ") + " }";
        }

        private List<string> PrintAll<T>(IReadOnlyList<T> nodes)
            where T : SyntaxNode
        {
            var texts = new List<string>(nodes.Count);
            foreach (var node in nodes)
            {
                texts.Add(Print(node));
            }

            return texts;
        }

        private static int JoinedLength(List<string> texts, string separator)
            => texts.Sum(t => t.Length) + (separator.Length * Math.Max(0, texts.Count - 1));

        private string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            var printed = new List<string>(arguments.Count);
            foreach (var argument in arguments)
            {
                printed.Add(Print(argument));
            }

            return printed.Exists(text => text.Contains('\n', StringComparison.Ordinal))
                ? Wrap("(\n", Indent(JoinTexts(printed, "\n")), "\n)")
                : Wrap("(", JoinTexts(printed, ", "), ")");
        }

        private string Description(StringValueNode? description) => Wrap(string.Empty, Print(description), "\n");

        private string Join<T>(IReadOnlyList<T> nodes, string separator)
            where T : SyntaxNode
        {
            var texts = new List<string>(nodes.Count);
            foreach (var node in nodes)
            {
                texts.Add(Print(node));
            }

            return JoinTexts(texts, separator);
        }

        private string Block<T>(IReadOnlyList<T> nodes)
            where T : SyntaxNode
            => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

        private static string Join(string[] parts, string separator) => JoinTexts(parts, separator);

        /// <summary>Joins the non-empty texts with <paramref name="separator"/>.</summary>
        private static string JoinTexts(IEnumerable<string> texts, string separator)
        {
            var result = new StringBuilder();
            bool first = true;
            foreach (string text in texts)
            {
                if (text.Length == 0)
                {
                    continue;
                }

                if (!first)
                {
                    result.Append(separator);
                }

                result.Append(text);
                first = false;
            }

            return result.ToString();
        }

        private static string Wrap(string start, string text, string end = "")
            => text.Length == 0 ? string.Empty : start + text + end;

        private static string Indent(string text)
            => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

        private static string OperationKeyword(OperationType operation) => operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
        };
    }
}
