using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mizan.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PriorDecisionLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextSha256",
                table: "content_items",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // Items stored before this column existed: mizan_sha256_hex is registered by DatabaseMigrator, so apply
            // this migration with `mizan db migrate` or `mizan serve`.
            migrationBuilder.Sql("UPDATE content_items SET \"TextSha256\" = mizan_sha256_hex(\"Text\") WHERE \"Text\" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_FileMd5",
                table: "content_items",
                column: "FileMd5");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_FilePdq",
                table: "content_items",
                column: "FilePdq");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_FileSha256",
                table: "content_items",
                column: "FileSha256");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_TextSha256",
                table: "content_items",
                column: "TextSha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_content_items_FileMd5",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_FilePdq",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_FileSha256",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_TextSha256",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "TextSha256",
                table: "content_items");
        }
    }
}
