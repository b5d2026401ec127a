using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Processing;

/// <summary>What every execution against one schema shares: the schema, the options, the runtime type cache.</summary>
internal sealed class ExecutorCore
{
    public ExecutorCore(Schema schema, ExecutorOptions options)
    {
        Schema = schema;
        Options = options;
        TypeResolver = new AbstractTypeResolver(schema);
    }

    public Schema Schema { get; }

    public ExecutorOptions Options { get; }

    public AbstractTypeResolver TypeResolver { get; }
}
