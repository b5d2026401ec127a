using System.Runtime.CompilerServices;
using Community.GraphQL.Language;

namespace Community.GraphQL.Validation;

/// <summary>
/// Whether two value literals are the same value as written: same variables, same scalars, same
/// lists, and input objects with the same fields in any order.
/// </summary>
internal static class ValueLiteralEquality
{
    public static bool AreEqual(ValueNode a, ValueNode b)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (a, b)
        {
            case (VariableNode x, VariableNode y):
                return x.Name.Value == y.Name.Value;
            case (IntValueNode x, IntValueNode y):
                return x.Value == y.Value;
            case (FloatValueNode x, FloatValueNode y):
                return x.Value == y.Value;
            case (StringValueNode x, StringValueNode y):
                return x.Value == y.Value;
            case (BooleanValueNode x, BooleanValueNode y):
                return x.Value == y.Value;
            case (NullValueNode, NullValueNode):
                return true;
            case (EnumValueNode x, EnumValueNode y):
                return x.Value == y.Value;
            case (ListValueNode x, ListValueNode y):
                if (x.Values.Count != y.Values.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Values.Count; i++)
                {
                    if (!AreEqual(x.Values[i], y.Values[i]))
                    {
                        return false;
                    }
                }

                return true;
            case (ObjectValueNode x, ObjectValueNode y):
                if (x.Fields.Count != y.Fields.Count)
                {
                    return false;
                }

                foreach (var fieldX in x.Fields)
                {
                    var match = false;
                    foreach (var fieldY in y.Fields)
                    {
                        if (fieldX.Name.Value == fieldY.Name.Value)
                        {
                            match = AreEqual(fieldX.Value, fieldY.Value);
                            break;
                        }
                    }

                    if (!match)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
