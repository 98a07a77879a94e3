using Mizan.Data.Organisations;

namespace Mizan.Server.Features.Organisations;

/// <summary>Every organisation.</summary>
internal sealed record OrganisationList(IReadOnlyList<OrganisationView> Items);
