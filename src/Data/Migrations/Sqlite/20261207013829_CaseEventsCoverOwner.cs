using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseEventsCoverOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_CaseId_OccurredAt",
                table: "CaseEvents");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_OccurredAt_OwnerPath",
                table: "CaseEvents",
                columns: new[] { "CaseId", "OccurredAt", "OwnerPath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_CaseId_OccurredAt_OwnerPath",
                table: "CaseEvents");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_OccurredAt",
                table: "CaseEvents",
                columns: new[] { "CaseId", "OccurredAt" });
        }
    }
}
