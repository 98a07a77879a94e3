using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mizan.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Legal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MemberState",
                table: "organisations",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReferralId",
                table: "decisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemovalOrderId",
                table: "decisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "legal_documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TransportHeaders = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legal_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "transparency_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PeriodStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transparency_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Jurisdiction = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProcessType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RawDocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DataCategories = table.Column<string>(type: "TEXT", nullable: false),
                    AccountRefs = table.Column<string>(type: "TEXT", nullable: false),
                    ItemIds = table.Column<string>(type: "TEXT", nullable: false),
                    Emergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmergencyJustification = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    NonDisclosureUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LegalReviewOutcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewNotes = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    ReviewedByKeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Disclosure = table.Column<string>(type: "TEXT", nullable: true),
                    DisclosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_data_requests_legal_documents_RawDocumentId",
                        column: x => x.RawDocumentId,
                        principalTable: "legal_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_data_requests_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferrerName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReferrerType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MemberState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    TrustedFlagger = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferenceNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RawDocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Urls = table.Column<string>(type: "TEXT", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    AllegedClause = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ItemIds = table.Column<string>(type: "TEXT", nullable: false),
                    CaseIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OutcomeReasons = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    AssessedAgainst = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecisionIds = table.Column<string>(type: "TEXT", nullable: false),
                    AssessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FeedbackSentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_legal_documents_RawDocumentId",
                        column: x => x.RawDocumentId,
                        principalTable: "legal_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "removal_orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AuthorityReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuingMemberState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    IssuingAuthorityName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuingAuthorityType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RepresentativeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactAddress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    FollowUpContact = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AuthenticationEvidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RawDocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    RawDocumentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClockPausedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClockRestartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExecutedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FeedbackSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinalAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueCause = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Urls = table.Column<string>(type: "TEXT", nullable: false),
                    AdditionalLocators = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    MaterialTypes = table.Column<string>(type: "TEXT", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RedressBody = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RedressDeadline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RedressLawUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NonDisclosureUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NonDisclosureExtendedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsCrossBorder = table.Column<bool>(type: "INTEGER", nullable: false),
                    HomeMemberState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    CopySentToHomeAuthority = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdvanceNoticeReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Emergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActionTaken = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ExecutedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExecutedAutomatically = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ItemIds = table.Column<string>(type: "TEXT", nullable: false),
                    DecisionIds = table.Column<string>(type: "TEXT", nullable: false),
                    ImpossibilityReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ImpossibilityDetails = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    AnnexIIISentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClarificationReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Clarification = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    GroundsCeasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScrutinyRequestedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ScrutinyRequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScrutinyReasons = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    ScrutinyDecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InfringementFound = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReinstatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReinstatementBasis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_removal_orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_removal_orders_legal_documents_RawDocumentId",
                        column: x => x.RawDocumentId,
                        principalTable: "legal_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_removal_orders_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deadline_alarms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RemovalOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MinutesBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deadline_alarms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deadline_alarms_removal_orders_RemovalOrderId",
                        column: x => x.RemovalOrderId,
                        principalTable: "removal_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "preservation_holds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovalOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    DataRequestId = table.Column<long>(type: "INTEGER", nullable: true),
                    RequestingOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    RequestingAuthority = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RequestReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Purposes = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreservedText = table.Column<string>(type: "TEXT", nullable: true),
                    PreservedMedia = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PreservedMediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PreservedMetadata = table.Column<string>(type: "TEXT", nullable: true),
                    PreservedSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReleaseReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DestroyedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DestroyedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preservation_holds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_preservation_holds_content_items_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_preservation_holds_data_requests_DataRequestId",
                        column: x => x.DataRequestId,
                        principalTable: "data_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_preservation_holds_removal_orders_RemovalOrderId",
                        column: x => x.RemovalOrderId,
                        principalTable: "removal_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "preservation_accesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PreservationHoldId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorKeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preservation_accesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_preservation_accesses_preservation_holds_PreservationHoldId",
                        column: x => x.PreservationHoldId,
                        principalTable: "preservation_holds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "preservation_extensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PreservationHoldId = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PreviousExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preservation_extensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_preservation_extensions_preservation_holds_PreservationHoldId",
                        column: x => x.PreservationHoldId,
                        principalTable: "preservation_holds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "organisations",
                keyColumn: "Id",
                keyValue: 1,
                column: "MemberState",
                value: null);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_ReferralId",
                table: "decisions",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_RemovalOrderId",
                table: "decisions",
                column: "RemovalOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_data_requests_OrganisationId_ReceivedAt",
                table: "data_requests",
                columns: new[] { "OrganisationId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_data_requests_RawDocumentId",
                table: "data_requests",
                column: "RawDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_data_requests_Status",
                table: "data_requests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_deadline_alarms_RaisedAt",
                table: "deadline_alarms",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_deadline_alarms_RemovalOrderId_DeadlineAt_MinutesBefore",
                table: "deadline_alarms",
                columns: new[] { "RemovalOrderId", "DeadlineAt", "MinutesBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_legal_documents_Sha256",
                table: "legal_documents",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_preservation_accesses_PreservationHoldId",
                table: "preservation_accesses",
                column: "PreservationHoldId");

            migrationBuilder.CreateIndex(
                name: "IX_preservation_extensions_PreservationHoldId",
                table: "preservation_extensions",
                column: "PreservationHoldId");

            migrationBuilder.CreateIndex(
                name: "IX_preservation_holds_ContentItemId",
                table: "preservation_holds",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_preservation_holds_DataRequestId",
                table: "preservation_holds",
                column: "DataRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_preservation_holds_RemovalOrderId",
                table: "preservation_holds",
                column: "RemovalOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_preservation_holds_Status_ExpiresAt",
                table: "preservation_holds",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_OrganisationId_ReceivedAt",
                table: "referrals",
                columns: new[] { "OrganisationId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_RawDocumentId",
                table: "referrals",
                column: "RawDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_Status",
                table: "referrals",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_removal_orders_OrganisationId_AuthorityReference",
                table: "removal_orders",
                columns: new[] { "OrganisationId", "AuthorityReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_removal_orders_RawDocumentId",
                table: "removal_orders",
                column: "RawDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_removal_orders_ReceivedAt",
                table: "removal_orders",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_removal_orders_State_DeadlineAt",
                table: "removal_orders",
                columns: new[] { "State", "DeadlineAt" });

            migrationBuilder.CreateIndex(
                name: "IX_transparency_reports_PeriodStart_PeriodEnd",
                table: "transparency_reports",
                columns: new[] { "PeriodStart", "PeriodEnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deadline_alarms");

            migrationBuilder.DropTable(
                name: "preservation_accesses");

            migrationBuilder.DropTable(
                name: "preservation_extensions");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "transparency_reports");

            migrationBuilder.DropTable(
                name: "preservation_holds");

            migrationBuilder.DropTable(
                name: "data_requests");

            migrationBuilder.DropTable(
                name: "removal_orders");

            migrationBuilder.DropTable(
                name: "legal_documents");

            migrationBuilder.DropIndex(
                name: "IX_decisions_ReferralId",
                table: "decisions");

            migrationBuilder.DropIndex(
                name: "IX_decisions_RemovalOrderId",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "MemberState",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "ReferralId",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "RemovalOrderId",
                table: "decisions");
        }
    }
}
