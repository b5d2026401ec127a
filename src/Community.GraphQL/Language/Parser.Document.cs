namespace Community.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Document :: Definition+</summary>
    private DocumentNode ParseDocument()
    {
        var definitions = Many(TokenKind.StartOfFile, static p => p.ParseDefinition(), TokenKind.EndOfFile);
        return new DocumentNode
        {
            Definitions = definitions,
            Location = _noLocations ? Location.None : new Location(0, _lexer.Source.Length, 1, 1),
        };
    }

    /// <summary>
    /// Definition :: ExecutableDefinition | TypeSystemDefinition | TypeSystemExtension;
    /// ExecutableDefinition :: OperationDefinition | FragmentDefinition;
    /// TypeSystemDefinition :: SchemaDefinition | TypeDefinition | DirectiveDefinition.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        // Many definitions start with a description, so the keyword may be one token ahead.
        bool hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            switch (keyword.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }
}
