namespace Community.GraphQL.Execution.Planning;

/// <summary>The fragments being expanded on the current path of a walk, so a fragment is never followed into itself.</summary>
internal sealed class FragmentPath
{
    public FragmentPath(string name, FragmentPath? parent)
    {
        Name = name;
        Parent = parent;
    }

    public string Name { get; }

    public FragmentPath? Parent { get; }

    public static bool Contains(FragmentPath? path, string name)
    {
        for (var current = path; current is not null; current = current.Parent)
        {
            if (current.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
