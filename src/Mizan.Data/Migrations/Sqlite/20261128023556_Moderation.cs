using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mizan.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bank_entry_reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BankEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ComplaintId = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bank_entry_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Puid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmissionHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UploaderRef = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AccountType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContextCaption = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    ContextThread = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ContextAccountKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FileMd5 = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FilePdq = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PdqQuality = table.Column<int>(type: "INTEGER", nullable: true),
                    FileLength = table.Column<long>(type: "INTEGER", nullable: true),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Media = table.Column<byte[]>(type: "BLOB", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RestrictedIn = table.Column<string>(type: "TEXT", nullable: false),
                    NoticeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_content_items_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "moderator_settings",
                columns: table => new
                {
                    KeyId = table.Column<int>(type: "INTEGER", nullable: false),
                    BlurMedia = table.Column<bool>(type: "INTEGER", nullable: false),
                    Greyscale = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_moderator_settings", x => x.KeyId);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotifierType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NotifierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NotifierEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    NotifierRef = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Urls = table.Column<string>(type: "TEXT", nullable: false),
                    GoodFaith = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllegedCategory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AllegedCategorySpecification = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AllegedLegalProvision = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ItemIds = table.Column<string>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notices_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "policies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NoticeId = table.Column<long>(type: "INTEGER", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Labels = table.Column<string>(type: "TEXT", nullable: false),
                    Banks = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedByKeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_content_items_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Countries = table.Column<string>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GroundReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    GroundReferenceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExemptionConsidered = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PurposeAssessment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CategorySpecification = table.Column<string>(type: "TEXT", nullable: false),
                    SourceType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NoticeId = table.Column<long>(type: "INTEGER", nullable: true),
                    AutomatedDetection = table.Column<bool>(type: "INTEGER", nullable: false),
                    AutomatedDecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeciderKeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeciderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeciderRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SecrecyUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserInformedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReversedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReversedByComplaintId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decisions_content_items_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "item_matches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Detector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DetectorVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Signal = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Bank = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BankEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Entry = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Labels = table.Column<string>(type: "TEXT", nullable: false),
                    Distance = table.Column<int>(type: "INTEGER", nullable: true),
                    Similarity = table.Column<double>(type: "REAL", nullable: true),
                    Containment = table.Column<double>(type: "REAL", nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Threshold = table.Column<double>(type: "REAL", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Transform = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UrlScope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SpanStart = table.Column<int>(type: "INTEGER", nullable: true),
                    SpanEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    PolicyAction = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PolicyNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_item_matches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_item_matches_content_items_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplainantRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ComplainantRef = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    ReviewerKeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_complaints_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_complaints_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bank_entry_reviews_BankEntryId",
                table: "bank_entry_reviews",
                column: "BankEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_ContentItemId",
                table: "cases",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Status_Priority_OpenedAt",
                table: "cases",
                columns: new[] { "Status", "Priority", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_DecisionId",
                table: "complaints",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_OrganisationId",
                table: "complaints",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_Status_ReceivedAt",
                table: "complaints",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_OrganisationId_ExternalId",
                table: "content_items",
                columns: new[] { "OrganisationId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Puid",
                table: "content_items",
                column: "Puid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Url",
                table: "content_items",
                column: "Url");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_ContentItemId",
                table: "decisions",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_DecidedAt",
                table: "decisions",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_item_matches_ContentItemId",
                table: "item_matches",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_notices_OrganisationId",
                table: "notices",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_notices_ReceivedAt",
                table: "notices",
                column: "ReceivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bank_entry_reviews");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropTable(
                name: "item_matches");

            migrationBuilder.DropTable(
                name: "moderator_settings");

            migrationBuilder.DropTable(
                name: "notices");

            migrationBuilder.DropTable(
                name: "policies");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "content_items");
        }
    }
}
