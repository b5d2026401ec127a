using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Values;

/// <summary>The internal value of an argument's or input field's default.</summary>
internal static class DefaultValues
{
    /// <summary>
    /// The default the schema builder coerced; a schema assembled by hand may leave it unset,
    /// and then the literal is coerced here (defaults are constants, so this is deterministic).
    /// </summary>
    public static object? Get(InputValueDefinition definition)
    {
        if (definition.CoercedDefaultValue is not null || definition.DefaultValue is null or NullValueNode)
        {
            return definition.CoercedDefaultValue;
        }

        var value = LiteralCoercion.ValueFromLiteral(definition.DefaultValue, definition.Type, null);
        return ReferenceEquals(value, LiteralCoercion.Invalid) ? null : value;
    }
}
