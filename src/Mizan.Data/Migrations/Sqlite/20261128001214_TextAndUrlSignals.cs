using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mizan.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TextAndUrlSignals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "TextMinContainment",
                table: "banks",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "TextMinSimilarity",
                table: "banks",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "bank_entries",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "bank_entries",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TextMinContainment",
                table: "banks");

            migrationBuilder.DropColumn(
                name: "TextMinSimilarity",
                table: "banks");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "bank_entries");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "bank_entries");
        }
    }
}
