namespace Mizan.Data.Organisations;

/// <summary>An organisation as the API and CLI show it.</summary>
public sealed record OrganisationView(int Id, string Name, string Kind, DateTime CreatedAt, string? MemberState = null);
