namespace Community.Domain.Tests.Infrastructure;

/// <summary>Marks a test class that runs against PostgreSQL, so <see cref="DatabaseFactAttribute"/> knows when to skip it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PostgreSqlTestsAttribute : Attribute;
