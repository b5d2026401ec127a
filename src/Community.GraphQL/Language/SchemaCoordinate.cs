namespace Community.GraphQL.Language;

/// <summary>What a <see cref="SchemaCoordinate"/> names.</summary>
public enum SchemaCoordinateKind
{
    /// <summary><c>Type</c></summary>
    Type,

    /// <summary><c>Type.field</c>, <c>Input.field</c> or <c>Enum.VALUE</c></summary>
    Member,

    /// <summary><c>Type.field(argument:)</c></summary>
    Argument,

    /// <summary><c>@directive</c></summary>
    Directive,

    /// <summary><c>@directive(argument:)</c></summary>
    DirectiveArgument,
}

/// <summary>
/// A schema coordinate (September 2025 edition, section 2.14): a short, unique name for one
/// element of a schema, used by tools and in error reports (<c>extensions.coordinate</c>).
/// <c>Post</c>, <c>Post.title</c>, <c>Query.post(id:)</c>, <c>@deprecated</c>,
/// <c>@deprecated(reason:)</c>. <see cref="Parse"/> reads one and <see cref="ToString"/> prints it.
/// </summary>
public sealed record SchemaCoordinate
{
    private SchemaCoordinate(SchemaCoordinateKind kind, string name, string? memberName, string? argumentName)
    {
        Kind = kind;
        Name = name;
        MemberName = memberName;
        ArgumentName = argumentName;
    }

    public SchemaCoordinateKind Kind { get; }

    /// <summary>The type's name, or the directive's name (without <c>@</c>).</summary>
    public string Name { get; }

    /// <summary>The field, input field or enum value; null unless <see cref="Kind"/> is Member or Argument.</summary>
    public string? MemberName { get; }

    /// <summary>The argument; null unless <see cref="Kind"/> is Argument or DirectiveArgument.</summary>
    public string? ArgumentName { get; }

    /// <summary><c>Type</c></summary>
    public static SchemaCoordinate ForType(string typeName) => new(SchemaCoordinateKind.Type, Checked(typeName), null, null);

    /// <summary><c>Type.member</c></summary>
    public static SchemaCoordinate ForMember(string typeName, string memberName)
        => new(SchemaCoordinateKind.Member, Checked(typeName), Checked(memberName), null);

    /// <summary><c>Type.field(argument:)</c></summary>
    public static SchemaCoordinate ForArgument(string typeName, string fieldName, string argumentName)
        => new(SchemaCoordinateKind.Argument, Checked(typeName), Checked(fieldName), Checked(argumentName));

    /// <summary><c>@directive</c></summary>
    public static SchemaCoordinate ForDirective(string directiveName) => new(SchemaCoordinateKind.Directive, Checked(directiveName), null, null);

    /// <summary><c>@directive(argument:)</c></summary>
    public static SchemaCoordinate ForDirectiveArgument(string directiveName, string argumentName)
        => new(SchemaCoordinateKind.DirectiveArgument, Checked(directiveName), null, Checked(argumentName));

    /// <summary>
    /// Reads a schema coordinate. It holds no ignored tokens (no white space, commas or comments);
    /// anything that does not follow the grammar is a <see cref="GraphQLSyntaxException"/> naming the
    /// first offending character.
    /// </summary>
    public static SchemaCoordinate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        SchemaCoordinate coordinate;
        if (reader.TryRead('@'))
        {
            var directive = reader.ReadName();
            if (reader.TryRead('('))
            {
                var argument = reader.ReadName();
                reader.Expect(':');
                reader.Expect(')');
                coordinate = ForDirectiveArgument(directive, argument);
            }
            else
            {
                coordinate = ForDirective(directive);
            }
        }
        else
        {
            var type = reader.ReadName();
            if (!reader.TryRead('.'))
            {
                coordinate = ForType(type);
            }
            else
            {
                var member = reader.ReadName();
                if (reader.TryRead('('))
                {
                    var argument = reader.ReadName();
                    reader.Expect(':');
                    reader.Expect(')');
                    coordinate = ForArgument(type, member, argument);
                }
                else
                {
                    coordinate = ForMember(type, member);
                }
            }
        }

        reader.ExpectEnd();
        return coordinate;
    }

    /// <summary>Like <see cref="Parse"/>, without the exception: false when the text is not a schema coordinate.</summary>
    public static bool TryParse(string? text, out SchemaCoordinate? coordinate)
    {
        coordinate = null;
        if (text is null)
        {
            return false;
        }

        try
        {
            coordinate = Parse(text);
            return true;
        }
        catch (GraphQLSyntaxException)
        {
            return false;
        }
    }

    /// <summary>The coordinate as the specification writes it.</summary>
    public override string ToString() => Kind switch
    {
        SchemaCoordinateKind.Type => Name,
        SchemaCoordinateKind.Member => $"{Name}.{MemberName}",
        SchemaCoordinateKind.Argument => $"{Name}.{MemberName}({ArgumentName}:)",
        SchemaCoordinateKind.Directive => "@" + Name,
        _ => $"@{Name}({ArgumentName}:)",
    };

    private static string Checked(string name)
    {
        if (!Names.IsValidName(name))
        {
            throw new ArgumentException($"\"{name}\" is not a GraphQL name.", nameof(name));
        }

        return name;
    }

    /// <summary>
    /// Reads the tokens of a coordinate (names and the punctuators <c>( ) . : @</c>) with no
    /// ignored tokens between them; any other character is invalid where it stands, as in
    /// graphql-js 17's parseSchemaCoordinate.
    /// </summary>
    private sealed class Reader(string text)
    {
        private int _position;

        public bool TryRead(char punctuator)
        {
            if (_position < text.Length && text[_position] == punctuator)
            {
                _position++;
                return true;
            }

            return false;
        }

        public void Expect(char punctuator)
        {
            if (!TryRead(punctuator))
            {
                throw Error($"Expected \"{punctuator}\", found {NextToken()}.");
            }
        }

        public string ReadName()
        {
            var start = _position;
            if (_position < text.Length && IsNameStart(text[_position]))
            {
                _position = NameEnd(_position);
                return text[start.._position];
            }

            throw Error($"Expected Name, found {NextToken()}.");
        }

        public void ExpectEnd()
        {
            if (_position < text.Length)
            {
                throw Error($"Expected <EOF>, found {NextToken()}.");
            }
        }

        private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

        private int NameEnd(int position)
        {
            position++;
            while (position < text.Length && (IsNameStart(text[position]) || char.IsAsciiDigit(text[position])))
            {
                position++;
            }

            return position;
        }

        /// <summary>The next token as messages describe it; a character that starts no token is itself the error.</summary>
        private string NextToken()
        {
            if (_position >= text.Length)
            {
                return "<EOF>";
            }

            var c = text[_position];
            if (c is '(' or ')' or '.' or ':' or '@')
            {
                return $"\"{c}\"";
            }

            if (IsNameStart(c))
            {
                return $"Name \"{text[_position..NameEnd(_position)]}\"";
            }

            throw Error($"Invalid character: {PrintCharacter()}.");
        }

        private string PrintCharacter()
        {
            var c = text[_position];
            if (c is >= ' ' and <= '~')
            {
                return c == '"' ? "'\"'" : $"\"{c}\"";
            }

            var code = char.IsSurrogatePair(text, _position) ? char.ConvertToUtf32(text, _position) : c;
            return $"U+{code:X4}";
        }

        private GraphQLSyntaxException Error(string description) => new(description, new SourceLocation(1, _position + 1), _position);
    }
}
