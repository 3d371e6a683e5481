using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// What each scope should see, computed in plain C# from DESIGN §4 over the raw seeded rows, read
/// past the tenant filters so that the answer does not depend on the code under test.
/// </summary>
public sealed class TenancyOracle
{
    private static readonly ConcurrentDictionary<PlatformFactory, Lazy<Task<TenancyOracle>>> Cache = new();

    private TenancyOracle()
    {
    }

    public IReadOnlyList<Unit> Units { get; private init; } = [];
    public IReadOnlyList<Case> Cases { get; private init; } = [];
    public IReadOnlyList<CaseEvent> Events { get; private init; } = [];
    public IReadOnlyList<Petitioner> Petitioners { get; private init; } = [];
    public IReadOnlyList<CaseShare> Shares { get; private init; } = [];
    public IReadOnlyList<MediationSession> Sessions { get; private init; } = [];
    public IReadOnlyList<Workroom> Workrooms { get; private init; } = [];
    public IReadOnlyList<Campaign> Campaigns { get; private init; } = [];
    public IReadOnlyList<Suggestion> Suggestions { get; private init; } = [];

    /// <summary>The oracle of a host's seeded database, read once per host.</summary>
    public static Task<TenancyOracle> ForAsync(PlatformFactory factory) =>
        Cache.GetOrAdd(factory, f => new(() => LoadAsync(f))).Value;

    /// <summary>DESIGN §6: an id is the base64 of <c>TypeName:key</c>.</summary>
    public static string IdOf(string typeName, int key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    /// <summary>DESIGN §3: prefix tests on paths with a trailing slash.</summary>
    public static bool InScope(string scope, string? path) => path is not null && path.StartsWith(scope, StringComparison.Ordinal);

    // Rule 1: owned in the scope, or shared (any share, whatever its state) to a unit in the scope.
    public bool CanSeeCase(string scope, Case @case) =>
        InScope(scope, @case.OwnerPath) || Shares.Any(s => s.CaseId == @case.Id && InScope(scope, s.TargetPath));

    public bool CanSeeCase(string scope, int caseId) => CanSeeCase(scope, Cases.Single(c => c.Id == caseId));

    public IEnumerable<Case> VisibleCases(string scope) => Cases.Where(c => CanSeeCase(scope, c));

    // Events and petitioners follow their case.
    public bool CanSeeEvent(string scope, CaseEvent @event) => CanSeeCase(scope, @event.CaseId);

    public int PetitionerCount(int caseId) => Petitioners.Count(p => p.CaseId == caseId);

    public int EventCount(int caseId) => Events.Count(e => e.CaseId == caseId);

    /// <summary>The shares of a case the scope may see: the case is owned in it, or the share targets it.</summary>
    public IEnumerable<CaseShare> VisibleShares(string scope, int caseId) =>
        Shares.Where(s => s.CaseId == caseId && (InScope(scope, s.OwnerPath) || InScope(scope, s.TargetPath)));

    // Rule 1 for sessions: owned in scope, held in a workroom owned in scope, or on a visible case.
    public bool CanSeeSession(string scope, MediationSession session) =>
        InScope(scope, session.OwnerPath)
        || (session.WorkroomId is { } workroomId && InScope(scope, Workrooms.Single(w => w.Id == workroomId).OwnerPath))
        || (session.CaseId is { } caseId && CanSeeCase(scope, caseId));

    public IEnumerable<MediationSession> VisibleSessions(string scope) => Sessions.Where(s => CanSeeSession(scope, s));

    // Rule 2: services are visible in the owner's subtree and to the owner's descendants.
    public static bool CanSeeService(string scope, string ownerPath) =>
        InScope(scope, ownerPath) || InScope(ownerPath, scope);

    public IEnumerable<Workroom> VisibleWorkrooms(string scope) => Workrooms.Where(w => CanSeeService(scope, w.OwnerPath));

    public IEnumerable<Campaign> VisibleCampaigns(string scope) => Campaigns.Where(c => CanSeeService(scope, c.OwnerPath));

    public bool CanSeeSuggestion(string scope, Suggestion suggestion) => InScope(scope, suggestion.OwnerPath);

    /// <summary>Every node id of the records and services, with whether <paramref name="scope"/> may see it.</summary>
    public IReadOnlyList<(string Id, bool Visible)> NodeIds(string scope) =>
    [
        .. Cases.Select(c => (IdOf("Case", c.Id), CanSeeCase(scope, c))),
        .. Events.Select(e => (IdOf("CaseEvent", e.Id), CanSeeEvent(scope, e))),
        .. Sessions.Select(s => (IdOf("MediationSession", s.Id), CanSeeSession(scope, s))),
        .. Workrooms.Select(w => (IdOf("Workroom", w.Id), CanSeeService(scope, w.OwnerPath))),
        .. Campaigns.Select(c => (IdOf("Campaign", c.Id), CanSeeService(scope, c.OwnerPath))),
        .. Suggestions.Select(s => (IdOf("Suggestion", s.Id), CanSeeSuggestion(scope, s))),
    ];

    private static async Task<TenancyOracle> LoadAsync(PlatformFactory factory)
    {
        // Tests only: the raw rows, past the tenant filters, are the ground truth.
        await using var db = factory.Services.GetRequiredService<SystemDbContexts>().Unscoped();
        return new TenancyOracle
        {
            Units = await db.Units.AsNoTracking().ToListAsync(),
            Cases = await db.Cases.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            Events = await db.CaseEvents.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            Petitioners = await db.Petitioners.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            Shares = await db.CaseShares.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            Sessions = await db.MediationSessions.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            Workrooms = await db.Workrooms.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            Campaigns = await db.Campaigns.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            Suggestions = await db.Suggestions.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
        };
    }
}
