namespace Community.Domain.Seeding;

/// <summary>The fixed vocabularies the seed draws from.</summary>
internal static class SeedCatalog
{
    public static readonly string[] Departments =
    [
        "Engineering", "Product", "Design", "Sales", "Marketing", "Finance", "People", "Legal",
        "Customer Success", "Operations", "IT", "Research",
    ];

    public static readonly string[] Locations =
    [
        "Paris", "Lyon", "Berlin", "London", "Madrid", "Lisbon", "Amsterdam", "New York", "Montreal", "Remote",
    ];

    public static readonly string[] TimeZones =
    [
        "Europe/Paris", "Europe/Berlin", "Europe/London", "Europe/Madrid", "America/New_York", "America/Toronto", "UTC",
    ];

    public static readonly string[] Skills =
    [
        "C#", "SQL", "Kubernetes", "Negotiation", "Public speaking", "Figma", "Accounting", "Python", "Recruiting",
        "Writing", "Data analysis", "Project management", "Coaching", "Security", "Machine learning", "Customer care",
    ];

    public static readonly string[] Topics =
    [
        "onboarding", "release", "security", "wellbeing", "hiring", "roadmap", "customers", "quarterly-results",
        "office", "remote-work", "learning", "diversity", "sustainability", "events", "it-support", "benefits",
        "architecture", "design-system", "sales-wins", "volunteering",
    ];

    public static readonly (string Code, string Name, string Description)[] Badges =
    [
        ("team-player", "Team player", "Made the team better."),
        ("customer-hero", "Customer hero", "Went the extra mile for a customer."),
        ("innovator", "Innovator", "Brought a new idea to life."),
        ("mentor", "Mentor", "Helped others grow."),
        ("problem-solver", "Problem solver", "Untangled a hard problem."),
        ("culture-champion", "Culture champion", "Lived our values."),
    ];

    public static readonly string[] GroupThemes =
    [
        "Guild", "Club", "Community", "Circle", "Team", "Network", "Lab", "Forum",
    ];
}
