namespace Community.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Type :: NamedType | ListType | NonNullType; ListType :: [ Type ]; NonNullType :: NamedType ! | ListType !</summary>
    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (Peek(TokenKind.BracketLeft))
        {
            EnterNesting();
            Advance();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketRight);
            ExitNesting();
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = Loc(start) };
        }

        return type;
    }

    /// <summary>NamedType :: Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = Loc(start) };
    }
}
