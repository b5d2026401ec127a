using Community.Domain.Model;

namespace Community.Domain.Services;

/// <summary>What an owner changes of a group; a null field keeps what the group has (an empty description clears it).</summary>
public sealed record GroupChanges(string? Name = null, string? Description = null, GroupVisibility? Visibility = null);
