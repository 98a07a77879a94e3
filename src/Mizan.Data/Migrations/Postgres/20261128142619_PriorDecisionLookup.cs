using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mizan.Data.Migrations.Postgres
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            // Items stored before this column existed get the same hash ItemService computes for new ones.
            migrationBuilder.Sql("UPDATE content_items SET \"TextSha256\" = encode(sha256(convert_to(\"Text\", 'UTF8')), 'hex') WHERE \"Text\" IS NOT NULL;");

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
