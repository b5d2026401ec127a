namespace Community.GraphQL.Execution.Processing;

/// <summary>
/// A map or list of the result tree. It knows its parent and its slot there, so that a null in
/// a non-null position can null the nearest nullable ancestor (specification 6.4.4), and so
/// that an error's path is computed only when an error happens.
/// </summary>
internal abstract class ResultNode
{
    public ResultNode? Parent { get; protected set; }

    /// <summary>The slot of this node in its parent (a field index or a list index).</summary>
    public int ParentIndex { get; protected set; }

    /// <summary>Set when a non-null violation below made this node null in its parent; its content no longer matters.</summary>
    public bool IsInvalidated { get; set; }

    public abstract bool IsNonNullSlot(int index);

    public abstract void SetValue(int index, object? value);

    /// <summary>The path segment of a slot: a response name or a list index.</summary>
    public abstract object PathSegment(int index);

    /// <summary>Returns the node's buffers to their pools (children are released by the caller's walk).</summary>
    public abstract void Release(Stack<ResultNode> children);
}
