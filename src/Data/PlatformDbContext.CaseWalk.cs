using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;
using Platform.Data.Tenancy;

namespace Platform.Data;

public abstract partial class PlatformDbContext
{
    /// <summary>The database's <see cref="Tenancy.CaseWalk"/>; set with the scope by <see cref="SystemDbContexts"/>.</summary>
    internal CaseWalk? CaseWalk { get; set; }

    /// <summary>
    /// True while this context's case queries walk an ordered index (see <see cref="Tenancy.CaseWalk"/>):
    /// the case filter's owner-range test is then written so that no index serves it.
    /// </summary>
    public bool WalksCases { get; internal set; }

    // Null unless the case filter walks: EF Core builds a command per null pattern, so each form has its own.
    private string? TenantWalked => WalksCases ? Tenant.From : null;

    /// <summary>
    /// True while this context's case queries find their cases through an index other than the
    /// owner path's, such as a handling unit's queue: the case filter then looks up the shares of
    /// each case it reads outside the owner range (EXISTS on the share's case key), instead of
    /// listing the cases shared into the scope for every statement. Such a page reads a few dozen
    /// cases, nearly all owned in the scope, and the list cost it more than the rest of the
    /// filter. A read of the whole scope keeps the list, which lets the owner range and the shares
    /// each seek an index; so does a walk. Whoever sets it resets it: a request's reads share one
    /// context. Also reset when the context is leased.
    /// </summary>
    public bool ProbesShares { get; set; }

    private string? TenantProbed => ProbesShares && !WalksCases ? Tenant.From : null;

    /// <summary>
    /// Chooses, for the case queries that follow on this context until <see cref="EndCaseWalk"/>,
    /// whether to walk: only on SQLite, for a query whose first sort key is the registration time,
    /// when <paramref name="inScope"/> cases match and the page needs the first <paramref name="rowsToRead"/>.
    /// </summary>
    /// <remarks>
    /// A walk is bounded (<see cref="CaseWalkBound"/>): past the bound SQLite interrupts it, and
    /// <see cref="WalkWasCut"/> tells the caller to read the page again without walking.
    /// </remarks>
    public bool ChooseCaseWalk(IQueryable query, int inScope, int rowsToRead) =>
        ChooseCaseWalk(() => query, inScope, rowsToRead);

    /// <summary>
    /// As above, with the query built only when the sizes make a walk worth it: most pages are
    /// narrow, and their choice then costs neither a query nor a look at the provider.
    /// </summary>
    public bool ChooseCaseWalk(Func<IQueryable> query, int inScope, int rowsToRead)
    {
        WalksCases = CaseWalk is { } walk
            && !Tenant.IsWhole
            && walk.Pays(inScope, rowsToRead)
            && Database.IsSqlite()
            && CaseWalk.OrdersByRegistration(query().Expression);
        if (WalksCases)
        {
            // The bound lives on the connection, so it stays open until the walk ends.
            walkOpened = Database.GetDbConnection().State != System.Data.ConnectionState.Open;
            if (walkOpened)
            {
                Database.OpenConnection();
            }

            walkBound = CaseWalkBound.On(
                (SqliteConnection)Database.GetDbConnection(), CaseWalk!.BoundRows(inScope, rowsToRead));
        }

        return WalksCases;
    }

    /// <summary>
    /// As <see cref="ChooseCaseWalk"/> for a page read without its total: counts the cases of
    /// <paramref name="filtered"/> (the page's query before its order) only up to the number from
    /// which a walk pays, so that the choice costs little however wide the scope. A scope with at
    /// least that many cases walks, bounded as if it held no more.
    /// </summary>
    public async Task<bool> ChooseCaseWalkAsync<T>(IQueryable<T> filtered, IQueryable ordered, int rowsToRead, CancellationToken cancellationToken)
    {
        if (CaseWalk?.FewestToWalk(rowsToRead) is not { } enough
            || Tenant.IsWhole
            || !Database.IsSqlite()
            || !CaseWalk.OrdersByRegistration(ordered.Expression))
        {
            return false;
        }

        // No order: the count stops at the limit instead of sorting the scope's cases first.
        var inScope = await filtered.Take(enough).CountAsync(cancellationToken);
        return ChooseCaseWalk(ordered, inScope, rowsToRead);
    }

    /// <summary>True when <paramref name="failure"/> is this context's walk cut by its bound.</summary>
    public bool WalkWasCut(Exception failure) =>
        walkBound is { Tripped: true } && failure is SqliteException { SqliteErrorCode: raw.SQLITE_INTERRUPT };

    /// <summary>Back to the indexed visibility test.</summary>
    public void EndCaseWalk()
    {
        WalksCases = false;
        walkBound?.Dispose();
        walkBound = null;
        if (walkOpened)
        {
            walkOpened = false;
            Database.CloseConnection();
        }
    }

    private CaseWalkBound? walkBound;
    private bool walkOpened;
}
