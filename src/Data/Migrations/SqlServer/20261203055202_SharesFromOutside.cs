using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SharesFromOutside : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseShares_TargetPath_CaseId",
                table: "CaseShares");

            migrationBuilder.CreateIndex(
                name: "IX_CaseShares_TargetPath_OwnerPath_CaseId",
                table: "CaseShares",
                columns: new[] { "TargetPath", "OwnerPath", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseShares_TargetPath_OwnerPath_CaseId",
                table: "CaseShares");

            migrationBuilder.CreateIndex(
                name: "IX_CaseShares_TargetPath_CaseId",
                table: "CaseShares",
                columns: new[] { "TargetPath", "CaseId" });
        }
    }
}
