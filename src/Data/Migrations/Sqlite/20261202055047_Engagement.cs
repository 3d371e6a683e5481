using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Engagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionSchedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    LeaderId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Weekday = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionSchedules_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VisitedOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    SuggestionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendees_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendees_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ShareKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_Units_TargetUnitId",
                        column: x => x.TargetUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionAppointments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScheduleId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PetitionerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PetitionerPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    BookedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    BookedByPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    BookedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionAppointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionAppointments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceptionAppointments_ReceptionSchedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "ReceptionSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Options = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireQuestions_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitIssues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitIssues_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VisitIssues_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    Respondent = table.Column<int>(type: "INTEGER", nullable: false),
                    Choice = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireAnswers_QuestionnaireQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "QuestionnaireQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_CaseId",
                table: "MeetingAgendaItems",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_MeetingId_Position",
                table: "MeetingAgendaItems",
                columns: new[] { "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_SuggestionId",
                table: "MeetingAgendaItems",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendees_MeetingId_UnitId",
                table: "MeetingAttendees",
                columns: new[] { "MeetingId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendees_UnitId",
                table: "MeetingAttendees",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendees_UnitPath",
                table: "MeetingAttendees",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_CaseId",
                table: "MeetingDecisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_MeetingId",
                table: "MeetingDecisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_OwnerPath_DueAt",
                table: "MeetingDecisions",
                columns: new[] { "OwnerPath", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_TargetUnitId",
                table: "MeetingDecisions",
                column: "TargetUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OwnerPath_HeldAt",
                table: "Meetings",
                columns: new[] { "OwnerPath", "HeldAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OwnerUnitId",
                table: "Meetings",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireAnswers_QuestionId_Choice",
                table: "QuestionnaireAnswers",
                columns: new[] { "QuestionId", "Choice" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireQuestions_VisitId_Position",
                table: "QuestionnaireQuestions",
                columns: new[] { "VisitId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionAppointments_BookedByPath",
                table: "ReceptionAppointments",
                column: "BookedByPath");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionAppointments_CaseId",
                table: "ReceptionAppointments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionAppointments_OwnerPath_At",
                table: "ReceptionAppointments",
                columns: new[] { "OwnerPath", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionAppointments_ScheduleId_At",
                table: "ReceptionAppointments",
                columns: new[] { "ScheduleId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionSchedules_OwnerPath",
                table: "ReceptionSchedules",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionSchedules_OwnerUnitId",
                table: "ReceptionSchedules",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitIssues_CaseId",
                table: "VisitIssues",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitIssues_VisitId_Position",
                table: "VisitIssues",
                columns: new[] { "VisitId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_OwnerPath_VisitedOn",
                table: "Visits",
                columns: new[] { "OwnerPath", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_OwnerUnitId",
                table: "Visits",
                column: "OwnerUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingAgendaItems");

            migrationBuilder.DropTable(
                name: "MeetingAttendees");

            migrationBuilder.DropTable(
                name: "MeetingDecisions");

            migrationBuilder.DropTable(
                name: "QuestionnaireAnswers");

            migrationBuilder.DropTable(
                name: "ReceptionAppointments");

            migrationBuilder.DropTable(
                name: "VisitIssues");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "QuestionnaireQuestions");

            migrationBuilder.DropTable(
                name: "ReceptionSchedules");

            migrationBuilder.DropTable(
                name: "Visits");
        }
    }
}
