namespace Community.GraphQL.Execution.Processing;

/// <summary>
/// The response path of a result slot (names and list indices), and its order key: the slot
/// indices along the way, which sort errors in the order their fields appear in the response.
/// </summary>
internal readonly record struct ResponsePath(IReadOnlyList<object> Segments, int[] Order)
{
    public static ResponsePath Of(ResultNode container, int index)
    {
        var segments = new List<object>();
        var order = new List<int>();
        ResultNode? node = container;
        var slot = index;
        while (node is not null)
        {
            segments.Add(node.PathSegment(slot));
            order.Add(slot);
            slot = node.ParentIndex;
            node = node.Parent;
        }

        segments.Reverse();
        order.Reverse();
        return new ResponsePath(segments, order.ToArray());
    }

    public static int Compare(int[]? a, int[]? b)
    {
        if (a is null || b is null)
        {
            return (a is null ? 0 : 1) - (b is null ? 0 : 1);
        }

        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
