using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;
using Mizan.Data.Organisations;

namespace Mizan.Data;

/// <summary>
/// The relational model. Each provider has a subclass of its own so that it keeps its own migrations
/// (<see cref="SqliteMizanDbContext"/>); services depend on this base type.
/// </summary>
public abstract class MizanDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Bank> Banks => Set<Bank>();

    public DbSet<BankEntry> BankEntries => Set<BankEntry>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<IndexChange> IndexChanges => Set<IndexChange>();

    public DbSet<BackgroundText> BackgroundTexts => Set<BackgroundText>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ItemMatch> ItemMatches => Set<ItemMatch>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<ModerationCase> Cases => Set<ModerationCase>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ModeratorSettings> ModeratorSettings => Set<ModeratorSettings>();

    public DbSet<StoredPolicy> Policies => Set<StoredPolicy>();

    public DbSet<BankEntryReview> BankEntryReviews => Set<BankEntryReview>();

    public DbSet<RemovalOrder> RemovalOrders => Set<RemovalOrder>();

    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();

    public DbSet<DeadlineAlarm> DeadlineAlarms => Set<DeadlineAlarm>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<PreservationHold> PreservationHolds => Set<PreservationHold>();

    public DbSet<PreservationExtension> PreservationExtensions => Set<PreservationExtension>();

    public DbSet<PreservationAccess> PreservationAccesses => Set<PreservationAccess>();

    public DbSet<DataRequest> DataRequests => Set<DataRequest>();

    public DbSet<TransparencyReport> TransparencyReports => Set<TransparencyReport>();

    public DbSet<ConsoleUser> ConsoleUsers => Set<ConsoleUser>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Bank>(b =>
        {
            b.ToTable("banks");
            b.Property(x => x.Name).HasMaxLength(64);
            b.HasIndex(x => x.Name).IsUnique();
            b.Property(x => x.Description).HasMaxLength(2000);
            b.Property(x => x.CreatedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<BankEntry>(e =>
        {
            e.ToTable("bank_entries");
            e.Property(x => x.ExternalId).HasMaxLength(200);
            e.Property(x => x.SignalType).HasMaxLength(16);
            e.Property(x => x.Value).HasMaxLength(2048);
            e.Property(x => x.Scope).HasMaxLength(16);
            e.Property(x => x.Source).HasMaxLength(500);
            e.Property(x => x.AddedBy).HasMaxLength(200);
            e.Property(x => x.RetractedReason).HasMaxLength(2000);
            e.Property(x => x.RetractedBy).HasMaxLength(200);
            e.PrimitiveCollection(x => x.Labels);
            e.HasOne(x => x.Bank).WithMany().HasForeignKey(x => x.BankId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.BankId, x.ExternalId, x.SignalType }).IsUnique();
            e.HasIndex(x => new { x.SignalType, x.Value });
        });

        modelBuilder.Entity<BackgroundText>(t =>
        {
            t.ToTable("background_texts");
            t.Property(x => x.Name).HasMaxLength(200);
            t.Property(x => x.AddedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<IndexChange>(c =>
        {
            c.ToTable("index_changes");
            c.HasKey(x => x.Seq);
        });

        modelBuilder.Entity<ApiKey>(k =>
        {
            k.ToTable("api_keys");
            k.Property(x => x.Name).HasMaxLength(200);
            k.Property(x => x.Role).HasMaxLength(32);
            k.Property(x => x.KeyHash).HasMaxLength(64);
            k.Property(x => x.Prefix).HasMaxLength(16);
            k.HasIndex(x => x.KeyHash).IsUnique();
            k.Property(x => x.OrganisationId).HasDefaultValue(OrganisationService.DefaultId);
            k.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Organisation>(o =>
        {
            o.ToTable("organisations");
            o.Property(x => x.Name).HasMaxLength(200);
            o.Property(x => x.Kind).HasMaxLength(32);
            o.Property(x => x.MemberState).HasMaxLength(2);
            o.HasIndex(x => x.Name).IsUnique();
            o.HasData(new Organisation
            {
                Id = OrganisationService.DefaultId,
                Name = OrganisationService.DefaultName,
                Kind = OrganisationKinds.Platform,
                CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            });
        });

        modelBuilder.Entity<AuditEvent>(a =>
        {
            a.ToTable("audit_events");
            a.HasKey(x => x.Seq);
            a.Property(x => x.Seq).ValueGeneratedNever();
            a.Property(x => x.ActorName).HasMaxLength(300);
            a.Property(x => x.ActorRole).HasMaxLength(32);
            a.Property(x => x.Action).HasMaxLength(64);
            a.Property(x => x.SubjectType).HasMaxLength(64);
            a.Property(x => x.SubjectId).HasMaxLength(200);
            a.Property(x => x.PrevHash).HasMaxLength(64);
            a.Property(x => x.Hash).HasMaxLength(64);
            a.HasIndex(x => new { x.SubjectType, x.SubjectId, x.Seq });
            a.HasIndex(x => new { x.Action, x.Seq });
            a.HasIndex(x => x.At);
        });

        modelBuilder.Entity<AuditChainHead>(h =>
        {
            h.ToTable("audit_chain_head");
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.LastHash).HasMaxLength(64);
            h.HasData(new AuditChainHead { Id = Audit.AuditLog.HeadId, LastSeq = 0, LastHash = Audit.AuditCanonical.GenesisHash });
        });

        modelBuilder.Entity<WebhookSubscription>(w =>
        {
            w.ToTable("webhook_subscriptions");
            w.Property(x => x.Url).HasMaxLength(2048);
            w.Property(x => x.Secret).HasMaxLength(200);
            w.Property(x => x.CreatedBy).HasMaxLength(300);
            w.PrimitiveCollection(x => x.EventTypes);
            w.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            w.HasIndex(x => x.OrganisationId);
        });

        modelBuilder.Entity<WebhookDelivery>(d =>
        {
            d.ToTable("webhook_deliveries");
            d.Property(x => x.DeliveryId).HasMaxLength(64);
            d.Property(x => x.EventType).HasMaxLength(64);
            d.Property(x => x.Status).HasMaxLength(16);
            d.Property(x => x.ClaimToken).HasMaxLength(64);
            d.Property(x => x.LastError).HasMaxLength(1000);
            d.HasIndex(x => x.DeliveryId).IsUnique();
            d.HasIndex(x => new { x.Status, x.NextAttemptAt });
            d.HasIndex(x => new { x.SubscriptionId, x.Id });
            d.HasOne(x => x.Subscription).WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ConsoleUser>(u =>
        {
            u.ToTable("console_users");
            u.Property(x => x.Name).HasMaxLength(100);
            u.Property(x => x.NormalizedName).HasMaxLength(100);
            u.HasIndex(x => x.NormalizedName).IsUnique();
            u.Property(x => x.Role).HasMaxLength(32);
            u.Property(x => x.PasswordHash).HasMaxLength(200);
            u.Property(x => x.SecurityStamp).HasMaxLength(64);
            u.Property(x => x.Language).HasMaxLength(8);
            u.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        Moderation.ModerationModel.Configure(modelBuilder);
        Legal.LegalModel.Configure(modelBuilder);
    }
}
