using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Residents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                table: "Petitioners",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "IdNumber",
                table: "Petitioners",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberHash",
                table: "Petitioners",
                type: "varchar(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneHash",
                table: "Petitioners",
                type: "varchar(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitizenComment",
                table: "Cases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CitizenRatedAt",
                table: "Cases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitizenSatisfaction",
                table: "Cases",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PrimaryCaseId",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceiptHash",
                table: "Cases",
                type: "varchar(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseTerms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    Term = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTerms_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Petitioners_IdNumberHash",
                table: "Petitioners",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_Petitioners_PhoneHash",
                table: "Petitioners",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PrimaryCaseId",
                table: "Cases",
                column: "PrimaryCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceiptHash",
                table: "Cases",
                column: "ReceiptHash",
                unique: true,
                filter: "[ReceiptHash] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTerms_CaseId",
                table: "CaseTerms",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTerms_Term_CaseId_Count",
                table: "CaseTerms",
                columns: new[] { "Term", "CaseId", "Count" });

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Cases_PrimaryCaseId",
                table: "Cases",
                column: "PrimaryCaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Cases_PrimaryCaseId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "CaseTerms");

            migrationBuilder.DropIndex(
                name: "IX_Petitioners_IdNumberHash",
                table: "Petitioners");

            migrationBuilder.DropIndex(
                name: "IX_Petitioners_PhoneHash",
                table: "Petitioners");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PrimaryCaseId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ReceiptHash",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "IdNumberHash",
                table: "Petitioners");

            migrationBuilder.DropColumn(
                name: "PhoneHash",
                table: "Petitioners");

            migrationBuilder.DropColumn(
                name: "CitizenComment",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CitizenRatedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CitizenSatisfaction",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PrimaryCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReceiptHash",
                table: "Cases");

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                table: "Petitioners",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(128)",
                oldMaxLength: 128,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "IdNumber",
                table: "Petitioners",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(128)",
                oldMaxLength: 128,
                oldNullable: true);
        }
    }
}
