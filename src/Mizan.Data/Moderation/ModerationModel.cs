using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

namespace Mizan.Data.Moderation;

/// <summary>The moderation tables: items, matches, notices, cases, decisions, complaints, settings, policy.</summary>
internal static class ModerationModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItem>(i =>
        {
            i.ToTable("content_items");
            i.Property(x => x.ExternalId).HasMaxLength(200);
            i.Property(x => x.Puid).HasMaxLength(64);
            i.Property(x => x.SubmissionHash).HasMaxLength(64);
            i.Property(x => x.Url).HasMaxLength(2048);
            i.Property(x => x.ContentType).HasMaxLength(16);
            i.Property(x => x.Language).HasMaxLength(8);
            i.Property(x => x.UploaderRef).HasMaxLength(200);
            i.Property(x => x.AccountType).HasMaxLength(16);
            i.Property(x => x.Visibility).HasMaxLength(16);
            i.Property(x => x.ContextCaption).HasMaxLength(5000);
            i.Property(x => x.ContextThread).HasMaxLength(2048);
            i.Property(x => x.ContextAccountKind).HasMaxLength(32);
            i.Property(x => x.FileSha256).HasMaxLength(64);
            i.Property(x => x.FileMd5).HasMaxLength(32);
            i.Property(x => x.FilePdq).HasMaxLength(64);
            i.Property(x => x.TextSha256).HasMaxLength(64);
            i.Property(x => x.MediaType).HasMaxLength(100);
            i.Property(x => x.State).HasMaxLength(16);
            i.PrimitiveCollection(x => x.RestrictedIn);
            i.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            i.HasIndex(x => new { x.OrganisationId, x.ExternalId }).IsUnique();
            i.HasIndex(x => x.Puid).IsUnique();
            i.HasIndex(x => x.Url);

            // Prior decisions on the same content (DecisionService.PriorOnSameContentAsync) look items up by these.
            i.HasIndex(x => x.FileSha256);
            i.HasIndex(x => x.FileMd5);
            i.HasIndex(x => x.FilePdq);
            i.HasIndex(x => x.TextSha256);
        });

        modelBuilder.Entity<ItemMatch>(m =>
        {
            m.ToTable("item_matches");
            m.Property(x => x.Detector).HasMaxLength(32);
            m.Property(x => x.DetectorVersion).HasMaxLength(32);
            m.Property(x => x.Signal).HasMaxLength(16);
            m.Property(x => x.Bank).HasMaxLength(64);
            m.Property(x => x.Entry).HasMaxLength(200);
            m.Property(x => x.Channel).HasMaxLength(16);
            m.Property(x => x.Transform).HasMaxLength(32);
            m.Property(x => x.UrlScope).HasMaxLength(16);
            m.Property(x => x.PolicyAction).HasMaxLength(8);
            m.Property(x => x.PolicyNote).HasMaxLength(500);
            m.PrimitiveCollection(x => x.Labels);
            m.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Cascade);
            m.HasIndex(x => x.ContentItemId);
        });

        modelBuilder.Entity<Notice>(n =>
        {
            n.ToTable("notices");
            n.Property(x => x.NotifierType).HasMaxLength(32);
            n.Property(x => x.NotifierName).HasMaxLength(200);
            n.Property(x => x.NotifierEmail).HasMaxLength(320);
            n.Property(x => x.NotifierRef).HasMaxLength(200);
            n.Property(x => x.Explanation).HasMaxLength(5000);
            n.Property(x => x.AllegedCategory).HasMaxLength(100);
            n.Property(x => x.AllegedCategorySpecification).HasMaxLength(100);
            n.Property(x => x.AllegedLegalProvision).HasMaxLength(500);
            n.PrimitiveCollection(x => x.Urls);
            n.PrimitiveCollection(x => x.ItemIds);
            n.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            n.HasIndex(x => x.ReceivedAt);
        });

        modelBuilder.Entity<ModerationCase>(c =>
        {
            c.ToTable("cases");
            c.Property(x => x.Status).HasMaxLength(16);
            c.Property(x => x.Source).HasMaxLength(16);
            c.Property(x => x.Language).HasMaxLength(8);
            c.Property(x => x.ClaimedBy).HasMaxLength(200);
            c.PrimitiveCollection(x => x.Labels);
            c.PrimitiveCollection(x => x.Banks);
            c.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Restrict);
            c.HasIndex(x => new { x.Status, x.Priority, x.OpenedAt });
            c.HasIndex(x => x.ContentItemId);
        });

        modelBuilder.Entity<Decision>(d =>
        {
            d.ToTable("decisions");
            d.Property(x => x.Action).HasMaxLength(16);
            d.Property(x => x.Label).HasMaxLength(200);
            d.Property(x => x.Ground).HasMaxLength(16);
            d.Property(x => x.GroundReference).HasMaxLength(500);
            d.Property(x => x.GroundReferenceUrl).HasMaxLength(500);
            d.Property(x => x.Explanation).HasMaxLength(2000);
            d.Property(x => x.ExemptionConsidered).HasMaxLength(32);
            d.Property(x => x.PurposeAssessment).HasMaxLength(2000);
            d.Property(x => x.Category).HasMaxLength(100);
            d.Property(x => x.SourceType).HasMaxLength(32);
            d.Property(x => x.AutomatedDecision).HasMaxLength(16);
            d.Property(x => x.DeciderName).HasMaxLength(200);
            d.Property(x => x.DeciderRole).HasMaxLength(32);
            d.PrimitiveCollection(x => x.Countries);
            d.PrimitiveCollection(x => x.CategorySpecification);
            d.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Restrict);
            d.HasIndex(x => x.DecidedAt);
            d.HasIndex(x => x.ContentItemId);
            d.HasIndex(x => x.RemovalOrderId);
            d.HasIndex(x => x.ReferralId);
        });

        modelBuilder.Entity<Complaint>(c =>
        {
            c.ToTable("complaints");
            c.Property(x => x.ComplainantRole).HasMaxLength(32);
            c.Property(x => x.ComplainantRef).HasMaxLength(200);
            c.Property(x => x.Grounds).HasMaxLength(5000);
            c.Property(x => x.Status).HasMaxLength(16);
            c.Property(x => x.Outcome).HasMaxLength(16);
            c.Property(x => x.Reasons).HasMaxLength(5000);
            c.Property(x => x.ReviewerName).HasMaxLength(200);
            c.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            c.HasOne<Decision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
            c.HasIndex(x => new { x.Status, x.ReceivedAt });
        });

        modelBuilder.Entity<ModeratorSettings>(s =>
        {
            s.ToTable("moderator_settings");
            s.HasKey(x => x.KeyId);
            s.Property(x => x.KeyId).ValueGeneratedNever();
        });

        modelBuilder.Entity<StoredPolicy>(p =>
        {
            p.ToTable("policies");
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.UpdatedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<BankEntryReview>(r =>
        {
            r.ToTable("bank_entry_reviews");
            r.Property(x => x.Reason).HasMaxLength(500);
            r.HasIndex(x => x.BankEntryId);
        });
    }
}
