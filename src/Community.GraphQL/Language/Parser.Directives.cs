namespace Community.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Directives[Const] :: Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            directives.Add(ParseDirective(isConst));
        }

        return directives;
    }

    /// <summary>Directive[Const] :: @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Current;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = Loc(start) };
    }
}
