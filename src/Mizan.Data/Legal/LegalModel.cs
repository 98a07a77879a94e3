using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

namespace Mizan.Data.Legal;

/// <summary>The tables of the authorities' channel: orders, documents, alarms, referrals, holds, data requests, reports.</summary>
internal static class LegalModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RemovalOrder>(o =>
        {
            o.ToTable("removal_orders");
            o.Property(x => x.State).HasMaxLength(32);
            o.Property(x => x.AuthorityReference).HasMaxLength(200);
            o.Property(x => x.IssuingMemberState).HasMaxLength(2);
            o.Property(x => x.IssuingAuthorityName).HasMaxLength(500);
            o.Property(x => x.IssuingAuthorityType).HasMaxLength(32);
            o.Property(x => x.RepresentativeName).HasMaxLength(200);
            o.Property(x => x.FileNumber).HasMaxLength(200);
            o.Property(x => x.ContactAddress).HasMaxLength(1000);
            o.Property(x => x.ContactPhone).HasMaxLength(64);
            o.Property(x => x.ContactEmail).HasMaxLength(320);
            o.Property(x => x.FollowUpContact).HasMaxLength(1000);
            o.Property(x => x.Channel).HasMaxLength(16);
            o.Property(x => x.AuthenticationEvidence).HasMaxLength(1000);
            o.Property(x => x.RawDocumentSha256).HasMaxLength(64);
            o.Property(x => x.OverdueCause).HasMaxLength(2000);
            o.Property(x => x.AdditionalLocators).HasMaxLength(5000);
            o.Property(x => x.Reasons).HasMaxLength(5000);
            o.Property(x => x.LegalBasis).HasMaxLength(500);
            o.Property(x => x.RedressBody).HasMaxLength(500);
            o.Property(x => x.RedressDeadline).HasMaxLength(200);
            o.Property(x => x.RedressLawUrl).HasMaxLength(500);
            o.Property(x => x.HomeMemberState).HasMaxLength(2);
            o.Property(x => x.ActionTaken).HasMaxLength(32);
            o.Property(x => x.ExecutedBy).HasMaxLength(200);
            o.Property(x => x.ConfirmedBy).HasMaxLength(200);
            o.Property(x => x.ImpossibilityReason).HasMaxLength(32);
            o.Property(x => x.ImpossibilityDetails).HasMaxLength(5000);
            o.Property(x => x.Clarification).HasMaxLength(5000);
            o.Property(x => x.ScrutinyRequestedBy).HasMaxLength(32);
            o.Property(x => x.ScrutinyReasons).HasMaxLength(5000);
            o.Property(x => x.ReinstatementBasis).HasMaxLength(32);
            o.PrimitiveCollection(x => x.Urls);
            o.PrimitiveCollection(x => x.MaterialTypes);
            o.PrimitiveCollection(x => x.ItemIds);
            o.PrimitiveCollection(x => x.DecisionIds);
            o.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            o.HasOne<LegalDocument>().WithMany().HasForeignKey(x => x.RawDocumentId).OnDelete(DeleteBehavior.Restrict);
            o.HasIndex(x => new { x.OrganisationId, x.AuthorityReference }).IsUnique();
            o.HasIndex(x => new { x.State, x.DeadlineAt });
            o.HasIndex(x => x.ReceivedAt);
        });

        modelBuilder.Entity<LegalDocument>(d =>
        {
            d.ToTable("legal_documents");
            d.Property(x => x.Sha256).HasMaxLength(64);
            d.Property(x => x.MediaType).HasMaxLength(100);
            d.Property(x => x.FileName).HasMaxLength(255);
            d.Property(x => x.TransportHeaders).HasMaxLength(20000);
            d.Property(x => x.ReceivedBy).HasMaxLength(200);
            d.HasIndex(x => x.Sha256);
        });

        modelBuilder.Entity<DeadlineAlarm>(a =>
        {
            a.ToTable("deadline_alarms");
            a.Property(x => x.RaisedBy).HasMaxLength(200);
            a.Property(x => x.AcknowledgedBy).HasMaxLength(200);
            a.HasOne<RemovalOrder>().WithMany().HasForeignKey(x => x.RemovalOrderId).OnDelete(DeleteBehavior.Cascade);
            a.HasIndex(x => new { x.RemovalOrderId, x.DeadlineAt, x.MinutesBefore }).IsUnique();
            a.HasIndex(x => x.RaisedAt);
        });

        modelBuilder.Entity<Referral>(r =>
        {
            r.ToTable("referrals");
            r.Property(x => x.ReferrerName).HasMaxLength(500);
            r.Property(x => x.ReferrerType).HasMaxLength(32);
            r.Property(x => x.MemberState).HasMaxLength(2);
            r.Property(x => x.ReferenceNumber).HasMaxLength(200);
            r.Property(x => x.Channel).HasMaxLength(16);
            r.Property(x => x.Reasons).HasMaxLength(5000);
            r.Property(x => x.AllegedClause).HasMaxLength(500);
            r.Property(x => x.Status).HasMaxLength(16);
            r.Property(x => x.Outcome).HasMaxLength(32);
            r.Property(x => x.OutcomeReasons).HasMaxLength(5000);
            r.Property(x => x.AssessedAgainst).HasMaxLength(500);
            r.Property(x => x.AssessedBy).HasMaxLength(200);
            r.PrimitiveCollection(x => x.Urls);
            r.PrimitiveCollection(x => x.ItemIds);
            r.PrimitiveCollection(x => x.CaseIds);
            r.PrimitiveCollection(x => x.DecisionIds);
            r.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            r.HasOne<LegalDocument>().WithMany().HasForeignKey(x => x.RawDocumentId).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex(x => new { x.OrganisationId, x.ReceivedAt });
            r.HasIndex(x => x.Status);
        });

        modelBuilder.Entity<PreservationHold>(h =>
        {
            h.ToTable("preservation_holds");
            h.Property(x => x.Basis).HasMaxLength(32);
            h.Property(x => x.RequestingAuthority).HasMaxLength(500);
            h.Property(x => x.RequestReference).HasMaxLength(200);
            h.Property(x => x.Status).HasMaxLength(16);
            h.Property(x => x.PreservedMediaType).HasMaxLength(100);
            h.Property(x => x.PreservedSha256).HasMaxLength(64);
            h.Property(x => x.ReleaseReason).HasMaxLength(2000);
            h.Property(x => x.DestroyedBy).HasMaxLength(200);
            h.Property(x => x.CreatedBy).HasMaxLength(200);
            h.PrimitiveCollection(x => x.Purposes);
            h.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Restrict);
            h.HasOne<RemovalOrder>().WithMany().HasForeignKey(x => x.RemovalOrderId).OnDelete(DeleteBehavior.Restrict);
            h.HasOne<DataRequest>().WithMany().HasForeignKey(x => x.DataRequestId).OnDelete(DeleteBehavior.Restrict);
            h.HasIndex(x => new { x.Status, x.ExpiresAt });
            h.HasIndex(x => x.ContentItemId);
            h.HasIndex(x => x.RemovalOrderId);
        });

        modelBuilder.Entity<PreservationExtension>(e =>
        {
            e.ToTable("preservation_extensions");
            e.Property(x => x.RequestedBy).HasMaxLength(500);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.HasOne<PreservationHold>().WithMany().HasForeignKey(x => x.PreservationHoldId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.PreservationHoldId);
        });

        modelBuilder.Entity<PreservationAccess>(a =>
        {
            a.ToTable("preservation_accesses");
            a.Property(x => x.ActorName).HasMaxLength(200);
            a.Property(x => x.ActorRole).HasMaxLength(32);
            a.Property(x => x.Purpose).HasMaxLength(2000);
            a.HasOne<PreservationHold>().WithMany().HasForeignKey(x => x.PreservationHoldId).OnDelete(DeleteBehavior.Cascade);
            a.HasIndex(x => x.PreservationHoldId);
        });

        modelBuilder.Entity<DataRequest>(r =>
        {
            r.ToTable("data_requests");
            r.Property(x => x.Jurisdiction).HasMaxLength(64);
            r.Property(x => x.Agency).HasMaxLength(500);
            r.Property(x => x.ProcessType).HasMaxLength(32);
            r.Property(x => x.Reference).HasMaxLength(200);
            r.Property(x => x.EmergencyJustification).HasMaxLength(5000);
            r.Property(x => x.Status).HasMaxLength(16);
            r.Property(x => x.LegalReviewOutcome).HasMaxLength(32);
            r.Property(x => x.LegalBasis).HasMaxLength(500);
            r.Property(x => x.ReviewNotes).HasMaxLength(5000);
            r.Property(x => x.ReviewedBy).HasMaxLength(200);
            r.PrimitiveCollection(x => x.DataCategories);
            r.PrimitiveCollection(x => x.AccountRefs);
            r.PrimitiveCollection(x => x.ItemIds);
            r.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            r.HasOne<LegalDocument>().WithMany().HasForeignKey(x => x.RawDocumentId).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex(x => new { x.OrganisationId, x.ReceivedAt });
            r.HasIndex(x => x.Status);
        });

        modelBuilder.Entity<TransparencyReport>(t =>
        {
            t.ToTable("transparency_reports");
            t.Property(x => x.Regime).HasMaxLength(16);
            t.Property(x => x.GeneratedBy).HasMaxLength(200);
            t.Property(x => x.Sha256).HasMaxLength(64);
            t.HasIndex(x => new { x.PeriodStart, x.PeriodEnd });
        });
    }
}
