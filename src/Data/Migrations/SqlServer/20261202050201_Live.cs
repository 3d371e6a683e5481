using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Live : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RemindedAt",
                table: "Cases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemindedPath",
                table: "Cases",
                type: "varchar(400)",
                unicode: false,
                maxLength: 400,
                nullable: true,
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeaderOwnerId",
                table: "Cases",
                column: "LeaderOwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_LeaderOwnerId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RemindedPath",
                table: "Cases");
        }
    }
}
