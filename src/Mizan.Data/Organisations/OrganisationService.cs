using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Entities;

namespace Mizan.Data.Organisations;

/// <summary>Organisations: created by administrators, each owning keys (and, later, submissions).</summary>
public sealed class OrganisationService(MizanDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The organisation that owns keys made without one (created by the first migration).</summary>
    public const int DefaultId = 1;

    /// <summary>The default organisation's name.</summary>
    public const string DefaultName = "local";

    /// <summary>Creates an organisation; <see cref="ErrorCodes.Conflict"/> if the name is taken.</summary>
    public Task<OrganisationView> CreateAsync(string? name, string? kind, AuditActor actor, CancellationToken ct) =>
        CreateAsync(name, kind, null, actor, ct);

    /// <summary>
    /// Creates an organisation, an authority with its Member State (ISO 3166-1 alpha-2, for orders and reports);
    /// <see cref="ErrorCodes.Conflict"/> if the name is taken.
    /// </summary>
    public async Task<OrganisationView> CreateAsync(string? name, string? kind, string? memberState, AuditActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200 || name.Any(char.IsControl))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "An organisation needs a name of 1-200 printable characters.");
        }

        if (!OrganisationKinds.IsKnown(kind))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"Unknown organisation kind '{kind}'. Kinds: {string.Join(", ", OrganisationKinds.All)}.");
        }

        memberState = string.IsNullOrWhiteSpace(memberState) ? null : memberState.Trim();
        if (memberState is not null && (memberState.Length != 2 || !memberState.All(char.IsAsciiLetterUpper)))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"memberState\" must be an ISO 3166-1 alpha-2 code in upper case (GR for Greece); got '{memberState}'.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (await db.Organisations.AnyAsync(o => o.Name == name, ct).ConfigureAwait(false))
        {
            throw new MizanException(ErrorCodes.Conflict, $"An organisation named '{name}' already exists.");
        }

        var org = new Organisation { Name = name, Kind = kind!, MemberState = memberState, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var view = View(org);
        await audit.AppendAsync(db, actor, new AuditRecord("organisation.created", "organisation", org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, view, null), ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return view;
    }

    /// <summary>Every organisation, by id.</summary>
    public async Task<IReadOnlyList<OrganisationView>> ListAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new OrganisationView(o.Id, o.Name, o.Kind, o.CreatedAt, o.MemberState))
            .ToListAsync(ct).ConfigureAwait(false);

    /// <summary>The organisation named <paramref name="name"/>, or <see cref="ErrorCodes.NotFound"/>.</summary>
    public async Task<OrganisationView> GetByNameAsync(string name, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.Name == name)
            .Select(o => new OrganisationView(o.Id, o.Name, o.Kind, o.CreatedAt, o.MemberState))
            .FirstOrDefaultAsync(ct).ConfigureAwait(false)
        ?? throw new MizanException(ErrorCodes.NotFound, $"There is no organisation named '{name}'.");

    /// <summary>The organisation with id <paramref name="id"/>, or <see cref="ErrorCodes.NotFound"/>.</summary>
    public async Task<OrganisationView> GetAsync(int id, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationView(o.Id, o.Name, o.Kind, o.CreatedAt, o.MemberState))
            .FirstOrDefaultAsync(ct).ConfigureAwait(false)
        ?? throw new MizanException(ErrorCodes.NotFound, $"There is no organisation with id {id}.");

    private static OrganisationView View(Organisation o) => new(o.Id, o.Name, o.Kind, o.CreatedAt, o.MemberState);
}
