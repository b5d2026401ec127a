using System.Text.Json;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Planning;

/// <summary>The collected, merged fields of one selection set for one concrete object type, in response order.</summary>
internal sealed class SelectionSetPlan
{
    public SelectionSetPlan(ObjectType type, FieldPlan[] fields)
    {
        Type = type;
        Fields = fields;
        ResponseNames = new string[fields.Length];
        EncodedNames = new JsonEncodedText[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            ResponseNames[i] = fields[i].ResponseName;
            EncodedNames[i] = JsonEncodedText.Encode(fields[i].ResponseName);
            HasConditionalFields |= fields[i].Alternatives is not null;
        }
    }

    public ObjectType Type { get; }

    public FieldPlan[] Fields { get; }

    /// <summary>The response keys, shared by every result map built from this plan.</summary>
    public string[] ResponseNames { get; }

    /// <summary>The response keys as escaped UTF-8, so that writing a result does not encode them again.</summary>
    public JsonEncodedText[] EncodedNames { get; }

    /// <summary>True when some field's inclusion depends on a variable.</summary>
    public bool HasConditionalFields { get; }
}
