using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class WideScopes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegisteredAt",
                table: "Cases",
                column: "RegisteredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_RegisteredAt",
                table: "Cases",
                columns: new[] { "Status", "RegisteredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_RegisteredAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_RegisteredAt",
                table: "Cases");
        }
    }
}
