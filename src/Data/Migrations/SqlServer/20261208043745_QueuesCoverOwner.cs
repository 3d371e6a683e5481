using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QueuesCoverOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_HandlingPath_Status",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlingPath_Status_OwnerPath",
                table: "Cases",
                columns: new[] { "HandlingPath", "Status", "OwnerPath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_HandlingPath_Status_OwnerPath",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlingPath_Status",
                table: "Cases",
                columns: new[] { "HandlingPath", "Status" });
        }
    }
}
