namespace Platform.Api.Tests.Cases.Permissions;

/// <summary>
/// The expected outcome of every case mutation for every kind of principal, as data to read against
/// DESIGN §4 rules 5–6 and §6: <c>OK</c>, or the code of the payload's single error. A refusal must
/// change nothing; a success must add exactly its event.
/// </summary>
public static class PermissionMatrix
{
    public const string Ok = "OK";
    public const string NotFound = "NOT_FOUND";
    public const string Denied = "AUTH_NOT_AUTHORIZED";
    public const string Invalid = "VALIDATION";

    /// <summary>A cell that does not apply to the principal, e.g. a referral answer where there is no referral.</summary>
    public const string NotRun = "-";

    /// <summary>
    /// The columns of <see cref="CommitteeCase"/>. The case is handled by 楼浦村 (a committee of 桃浦镇, 普陀);
    /// 春光村 is a sibling committee that cannot see it, 宝山 another district. For registerCase the case
    /// is registered into 楼浦村; for acceptReferral and returnReferral it is a case of 长白新村街道 (杨浦)
    /// referred to 楼浦村, so the first column is the referral's target.
    /// </summary>
    public static readonly string[] CommitteePrincipals =
        ["loupu.proxy", "taopu.officer", "taopu.leader", "chunguang.proxy", "baoshan.officer", "baoshan.leader", "putuo.viewer", "demo-integration"];

    /// <summary>
    /// Rule 5: the handling unit or an ancestor writes; rule 6: a unit that cannot see the case gets
    /// NOT_FOUND; a principal that sees it but may not change it (viewer; the client token without
    /// <c>platform.write</c>; an officer or proxy attempting a leader's act) gets AUTH_NOT_AUTHORIZED.
    /// The role is checked before the case is looked up, so a non-leader who cannot see the case
    /// also gets AUTH_NOT_AUTHORIZED for a leader's act: the answer is the same for any case id, so
    /// it does not reveal that the case exists (see LeaderPermissionTests).
    /// </summary>
    public static readonly string[][] CommitteeCase =
    [
        //                       handling  ancestor  ancestor  sibling   other     other     viewer    client
        //                       unit      officer   leader    committee district  district  (普陀)     (no write)
        //                       (proxy)   (桃浦镇)   (桃浦镇)   (春光村)    officer   leader
        ["registerCase",         Ok,       Ok,       Ok,       Invalid,  Invalid,  Invalid,  Denied,   Denied],
        ["acceptCase",           Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["declineCase",          Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["withdrawCase",         Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["assignCase",           Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["escalateCase",         Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["referCase",            Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["acceptReferral",       Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["returnReferral",       Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["requestAssistance",    Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["addCaseNote",          Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["assignLeaderOwner",    Denied,   Denied,   Ok,       Denied,   Denied,   NotFound, Denied,   Denied],
        ["superviseCase",        Denied,   Denied,   Ok,       Denied,   Denied,   NotFound, Denied,   Denied],
        ["replyToSupervision",   Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["remindCase",           Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["extendDeadline",       Denied,   Denied,   Ok,       Denied,   Denied,   NotFound, Denied,   Denied],
        ["resolveCase",          Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["verifyCase",           Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["closeCase",            Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["linkDuplicate",        Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
        ["unlinkDuplicate",      Ok,       Ok,       Ok,       NotFound, NotFound, NotFound, Denied,   Denied],
    ];

    /// <summary>The columns of <see cref="TownshipCase"/>: the case is handled by 桃浦镇; 杨浦 is another district.</summary>
    public static readonly string[] TownshipPrincipals =
        ["taopu.leader", "taopu.officer", "putuo.leader", "putuo.officer", "yangpu.leader", "putuo.viewer", "demo-integration"];

    /// <summary>
    /// The leaders' acts where the handling unit has leaders of its own: leader ownership and extensions
    /// by a leader of the handling unit or an ancestor; a supervision order only from a STRICT ancestor.
    /// </summary>
    public static readonly string[][] TownshipCase =
    [
        //                       handling  handling  district  district  other     viewer    client
        //                       leader    officer   leader    officer   district
        //                                                               leader
        ["assignLeaderOwner",    Ok,       Denied,   Ok,       Denied,   NotFound, Denied,   Denied],
        ["superviseCase",        Denied,   Denied,   Ok,       Denied,   NotFound, Denied,   Denied],
        ["extendDeadline",       Ok,       Denied,   Ok,       Denied,   NotFound, Denied,   Denied],
    ];

    /// <summary>
    /// The columns of <see cref="MovedCase"/>, one setup each: 楼浦村 after its case was escalated to 桃浦镇
    /// (the owner unit, 首接负责), 春光村 holding an ASSIST share of a case handled by 楼浦村, and 楼浦村
    /// after referring its case to 长白新村街道 (the referrer, while the referral awaits an answer).
    /// </summary>
    public static readonly (CaseSetup Setup, string Principal)[] MovedPrincipals =
        [(CaseSetup.EscalatedFromCommittee, "loupu.proxy"), (CaseSetup.AssistedBySibling, "chunguang.proxy"), (CaseSetup.ReferredFromCommittee, "loupu.proxy")];

    /// <summary>
    /// Rule 5's exceptions: the owner unit and its ancestors keep note, reminder and verification rights
    /// (and closing, which follows verification) after the case moved; withdrawing is the handling
    /// unit's act; an ASSIST share gives notes only;
    /// only the referral's target (or an ancestor) answers a referral, never the unit that sent it.
    /// </summary>
    public static readonly string[][] MovedCase =
    [
        //                       owner     assisting referrer
        ["acceptCase",           Denied,   Denied,   NotRun],
        ["declineCase",          Denied,   Denied,   NotRun],
        ["withdrawCase",         Denied,   Denied,   NotRun],
        ["assignCase",           Denied,   Denied,   NotRun],
        ["escalateCase",         Denied,   Denied,   NotRun],
        ["referCase",            Denied,   Denied,   NotRun],
        ["acceptReferral",       NotRun,   NotRun,   Denied],
        ["returnReferral",       NotRun,   NotRun,   Denied],
        ["requestAssistance",    Denied,   Denied,   NotRun],
        ["addCaseNote",          Ok,       Ok,       NotRun],
        ["replyToSupervision",   Denied,   Denied,   NotRun],
        ["remindCase",           Ok,       Denied,   NotRun],
        ["resolveCase",          Denied,   Denied,   NotRun],
        ["verifyCase",           Ok,       Denied,   NotRun],
        ["closeCase",            Ok,       Denied,   NotRun],
    ];

    /// <summary>The cells of <see cref="CommitteeCase"/> for <paramref name="mutations"/>: setup, mutation, principal, expected.</summary>
    public static TheoryData<CaseSetup, string, string, string> CommitteeCells(params string[] mutations) =>
        Cells(CommitteeCase, mutations, (mutation, column) =>
            (mutation is "acceptReferral" or "returnReferral" ? CaseSetup.ReferredToCommittee : CaseSetup.Committee, CommitteePrincipals[column]));

    public static TheoryData<CaseSetup, string, string, string> TownshipCells() =>
        Cells(TownshipCase, [], (_, column) => (CaseSetup.Township, TownshipPrincipals[column]));

    public static TheoryData<CaseSetup, string, string, string> MovedCells() =>
        Cells(MovedCase, [], (_, column) => MovedPrincipals[column]);

    private static TheoryData<CaseSetup, string, string, string> Cells(
        string[][] table, string[] mutations, Func<string, int, (CaseSetup Setup, string Principal)> columns)
    {
        var data = new TheoryData<CaseSetup, string, string, string>();
        foreach (var row in table.Where(r => mutations.Length == 0 || mutations.Contains(r[0])))
        {
            for (var column = 0; column < row.Length - 1; column++)
            {
                if (row[column + 1] != NotRun)
                {
                    var (setup, principal) = columns(row[0], column);
                    data.Add(setup, row[0], principal, row[column + 1]);
                }
            }
        }

        return data;
    }
}
