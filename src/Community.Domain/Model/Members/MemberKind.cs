namespace Community.Domain.Model;

/// <summary>Employees see the whole community; guests see only the groups they were added to.</summary>
public enum MemberKind
{
    Employee = 0,
    Guest = 1,
}
