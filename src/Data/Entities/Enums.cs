namespace Platform.Data.Entities;

/// <summary>
/// The levels of the jurisdiction tree, and <see cref="Department"/>: a functional department
/// (派出所, 司法所 …) under a district or township. A department is a share target, never a level
/// of the hierarchy: it has no children and is not an assignment target (see README, Units).
/// </summary>
public enum UnitKind { City, District, Township, Committee, Grid, Department }

public enum Channel { Visit, Letter, Phone, Online, QrCode, Outreach }

public enum ReceptionForm { OnSite, Appointment, HomeVisit, FaceToFace, LeaderDay }

public enum CaseCategory
{
    UrbanConstruction,
    Housing,
    PropertyManagement,
    LaborWages,
    Transport,
    Environment,
    Education,
    SocialSecurity,
    LandRequisition,
    NeighbourDispute,
    Other,
}

public enum CaseStatus { Registered, Accepted, NotAccepted, InProgress, Resolved, Verified, Closed, Withdrawn }

public enum ShareKind { Escalate, Assign, Refer, Assist }

public enum ShareStatus { Active, Accepted, Returned }

public enum CaseEventKind
{
    Registered,
    Accepted,
    Declined,
    Assigned,
    Escalated,
    Referred,
    ReferralAccepted,
    ReferralReturned,
    AssistanceRequested,
    NoteAdded,
    LeaderOwnerAssigned,
    Supervised,
    SupervisionReplied,
    Reminded,
    DeadlineExtended,
    Resolved,
    Verified,
    Reopened,
    Closed,
    Withdrawn,
    MediationScheduled,
    MediationRecorded,
    CitizenRated,
    DuplicateLinked,
    DuplicateUnlinked,
}

public enum SupervisionLevel { Normal, Key, Urgent }

public enum Satisfaction { Satisfied, BasicallySatisfied, Dissatisfied }

public enum VerificationMethod { Phone, OnSite }

public enum MediationKind { Peoples, Joint, Elder, Lawyer }

public enum MediationStatus { Scheduled, Completed, Cancelled }

public enum MediationOutcome { Agreement, Partial, NoAgreement, ReferredToCourt }

public enum MediatorKind { Staff, Elder }

public enum CampaignStatus { Draft, Open, Closed, Concluded }

public enum SuggestionChannel { Online, Questionnaire, Forum, Survey, Visit }

public enum SuggestionStatus { Submitted, UnderReview, Adopted, PartlyAdopted, NotAdopted }

public enum MeetingKind { Routine, Joint, Analysis }

public enum CaseGrade { General, Hard, Major }

public enum DecisionShareKind { Assign, Refer, Assist }

public enum AppointmentStatus { Booked, Received, Cancelled }

public enum VisitKind { DoorToDoor, LeaderVisit, EarlyMorning }

public enum QuestionKind { Choice, Rating, Text }
