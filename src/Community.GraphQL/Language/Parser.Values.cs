namespace Community.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Value[Const] :: [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue |
    /// NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (Peek(TokenKind.Name))
                    {
                        throw Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>StringValue :: " StringCharacter* " | """ BlockStringCharacter* """</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValueNode
        {
            Value = token.Value!,
            Block = token.Kind == TokenKind.BlockString,
            Location = Loc(token),
        };
    }

    /// <summary>ListValue[Const] :: [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var values = Any<ValueNode>(TokenKind.BracketLeft, isConst ? static p => p.ParseConstValueItem() : static p => p.ParseValueItem(), TokenKind.BracketRight);
        ExitNesting();
        return new ListValueNode { Values = values, Location = Loc(start) };
    }

    /// <summary>One Value of a ListValue.</summary>
    private ValueNode ParseValueItem() => ParseValueLiteral(isConst: false);

    /// <summary>One Value[Const] of a ListValue[Const].</summary>
    private ValueNode ParseConstValueItem() => ParseValueLiteral(isConst: true);

    /// <summary>ObjectValue[Const] :: { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var fields = Any<ObjectFieldNode>(TokenKind.BraceLeft, isConst ? static p => p.ParseConstObjectField() : static p => p.ParseObjectField(), TokenKind.BraceRight);
        ExitNesting();
        return new ObjectValueNode { Fields = fields, Location = Loc(start) };
    }

    /// <summary>ObjectField :: Name : Value</summary>
    private ObjectFieldNode ParseObjectField() => ParseObjectField(isConst: false);

    /// <summary>ObjectField[Const] :: Name : Value[Const]</summary>
    private ObjectFieldNode ParseConstObjectField() => ParseObjectField(isConst: true);

    /// <summary>ObjectField[Const] :: Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = Loc(start) };
    }
}
