using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

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
        });
    }
}
