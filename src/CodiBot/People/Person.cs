namespace CodiBot.People;

/// <summary>A registered person (a community leader), keyed by their LINE user id. Only what the job needs (PDPA).</summary>
public sealed class Person
{
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public string? Phone { get; set; }
    public long ConsentedAt { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
    public List<Membership> Memberships { get; set; } = [];
}

/// <summary>A community organisation that reports: สภาองค์กรชุมชน, กองทุนสวัสดิการ, เครือข่าย ...</summary>
public sealed class Organisation
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    public string? Subdistrict { get; set; }
    public string? District { get; set; }
    public string? Province { get; set; }
    /// <summary>The CODI regional office, as the person gave it (a province does not fix it).</summary>
    public string? Region { get; set; }
    public long CreatedAt { get; set; }
}

/// <summary>A person reports for an organisation; one person may belong to several.</summary>
public sealed class Membership
{
    public required string UserId { get; set; }
    public long OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public long CreatedAt { get; set; }
}
