namespace Platform.Api.Tests.Cases.Permissions;

/// <summary>Where the case of a matrix cell comes from, before it is brought into the state its mutation needs.</summary>
public enum CaseSetup
{
    /// <summary>Registered by <c>loupu.proxy</c>: owned and handled by 楼浦村.</summary>
    Committee,

    /// <summary>Registered by <c>changbai.officer</c> (杨浦) and referred to 楼浦村, which has not answered yet.</summary>
    ReferredToCommittee,

    /// <summary>Registered by <c>taopu.officer</c>: owned and handled by 桃浦镇.</summary>
    Township,

    /// <summary>Registered by <c>loupu.proxy</c> and escalated to 桃浦镇: owned by 楼浦村, handled by 桃浦镇.</summary>
    EscalatedFromCommittee,

    /// <summary>Registered by <c>loupu.proxy</c>, which asked 春光村 to assist: handled by 楼浦村, shared with 春光村.</summary>
    AssistedBySibling,

    /// <summary>Registered by <c>loupu.proxy</c> and referred to 长白新村街道 (杨浦), which has not answered yet.</summary>
    ReferredFromCommittee,
}
