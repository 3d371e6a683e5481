-- The SQL commands the app sends for the benchmark's requests, as its EF Core command log and the
-- bench's probe show them ("dotnet run -c Release --project bench/Platform.Bench -- capture --db FILE
-- --request committee|township|city" prints them). The baseline runs exactly these; when the app's
-- SQL changes, paste the new text here. The bench compares the two servers' commands on every run
-- and says so when they differ.
--
-- "-- name: X" starts a command. A list is one parameter holding a JSON array, read with
-- json_each, as the app sends lists on SQLite. A ".NoTenant" command is the one before it without
-- the tenant predicate: the cost of the filter is measured against it. The root scope's commands
-- (the city-wide ones) carry no tenant predicate in the app, so they have no twin. "CasesPage.Walk"
-- is a wide scope's page, which walks IX_Cases_RegisteredAt: the app's choice on SQLite when
-- (first + 1) × (largest case id) < totalCount² (PlatformDbContext.ChooseCaseWalk).

-- name: QueueCount
SELECT COUNT(*)
FROM "Cases" AS "c"
WHERE (("c"."OwnerPath" >= @ef_filter__TenantFrom AND "c"."OwnerPath" < @ef_filter__TenantTo) OR EXISTS (
    SELECT 1
    FROM "CaseShares" AS "c1"
    WHERE "c1"."CaseId" = "c"."Id" AND "c1"."TargetPath" >= @ef_filter__TenantFrom AND "c1"."TargetPath" < @ef_filter__TenantTo)) AND "c"."HandlingPath" IN (
    SELECT "p"."value"
    FROM json_each(@paths) AS "p"
) AND "c"."Status" IN ('Accepted', 'InProgress')

-- name: QueueCount.NoTenant
SELECT COUNT(*)
FROM "Cases" AS "c"
WHERE "c"."HandlingPath" IN (
    SELECT "p"."value"
    FROM json_each(@paths) AS "p"
) AND "c"."Status" IN ('Accepted', 'InProgress')

-- name: QueuePage
SELECT "c"."AcceptDueAt", "c"."HandlingPath", "c"."HandlingUnitId", "c"."Id", "c"."Number", "c"."OwnerPath", "c"."OwnerUnitId", "c"."RegisteredAt", "c"."ResolveDueAt", "c"."Status", "c"."Title"
FROM "Cases" AS "c"
WHERE (("c"."OwnerPath" >= @ef_filter__TenantFrom AND "c"."OwnerPath" < @ef_filter__TenantTo) OR EXISTS (
    SELECT 1
    FROM "CaseShares" AS "c1"
    WHERE "c1"."CaseId" = "c"."Id" AND "c1"."TargetPath" >= @ef_filter__TenantFrom AND "c1"."TargetPath" < @ef_filter__TenantTo)) AND "c"."HandlingPath" IN (
    SELECT "p"."value"
    FROM json_each(@paths) AS "p"
) AND "c"."Status" IN ('Accepted', 'InProgress')
ORDER BY "c"."RegisteredAt", "c"."Id"
LIMIT @p

-- name: QueuePage.NoTenant
SELECT "c"."AcceptDueAt", "c"."HandlingPath", "c"."HandlingUnitId", "c"."Id", "c"."Number", "c"."OwnerPath", "c"."OwnerUnitId", "c"."RegisteredAt", "c"."ResolveDueAt", "c"."Status", "c"."Title"
FROM "Cases" AS "c"
WHERE "c"."HandlingPath" IN (
    SELECT "p"."value"
    FROM json_each(@paths) AS "p"
) AND "c"."Status" IN ('Accepted', 'InProgress')
ORDER BY "c"."RegisteredAt", "c"."Id"
LIMIT @p

-- name: CasesCount
SELECT COUNT(*)
FROM "Cases" AS "c"
WHERE ("c"."OwnerPath" >= @ef_filter__TenantFrom AND "c"."OwnerPath" < @ef_filter__TenantTo) OR "c"."Id" IN (
    SELECT "c0"."CaseId"
    FROM "CaseShares" AS "c0"
    WHERE "c0"."TargetPath" >= @ef_filter__TenantFrom AND "c0"."TargetPath" < @ef_filter__TenantTo AND ("c0"."OwnerPath" < @ef_filter__TenantFrom OR "c0"."OwnerPath" >= @ef_filter__TenantTo)
)

-- name: CasesPage
SELECT "c"."AcceptDueAt", "c"."HandlingPath", "c"."HandlingUnitId", "c"."Id", "c"."Number", "c"."OwnerPath", "c"."OwnerUnitId", "c"."RegisteredAt", "c"."ResolveDueAt", "c"."Status", "c"."Title"
FROM "Cases" AS "c"
WHERE ("c"."OwnerPath" >= @ef_filter__TenantFrom AND "c"."OwnerPath" < @ef_filter__TenantTo) OR "c"."Id" IN (
    SELECT "c0"."CaseId"
    FROM "CaseShares" AS "c0"
    WHERE "c0"."TargetPath" >= @ef_filter__TenantFrom AND "c0"."TargetPath" < @ef_filter__TenantTo AND ("c0"."OwnerPath" < @ef_filter__TenantFrom OR "c0"."OwnerPath" >= @ef_filter__TenantTo)
)
ORDER BY "c"."RegisteredAt" DESC, "c"."Id" DESC
LIMIT @p

-- name: CasesPage.Walk
SELECT "c"."AcceptDueAt", "c"."HandlingPath", "c"."HandlingUnitId", "c"."Id", "c"."Number", "c"."OwnerPath", "c"."OwnerUnitId", "c"."RegisteredAt", "c"."ResolveDueAt", "c"."Status", "c"."Title"
FROM "Cases" AS "c"
WHERE ("c"."OwnerPath" || '' >= @ef_filter__TenantFrom AND "c"."OwnerPath" || '' < @ef_filter__TenantTo) OR "c"."Id" IN (
    SELECT "c0"."CaseId"
    FROM "CaseShares" AS "c0"
    WHERE "c0"."TargetPath" >= @ef_filter__TenantFrom AND "c0"."TargetPath" < @ef_filter__TenantTo AND ("c0"."OwnerPath" < @ef_filter__TenantFrom OR "c0"."OwnerPath" >= @ef_filter__TenantTo)
)
ORDER BY "c"."RegisteredAt" DESC, "c"."Id" DESC
LIMIT @p

-- name: OpenCasesCount
SELECT COUNT(*)
FROM "Cases" AS "c"
WHERE "c"."Status" IN (
    SELECT "v"."value"
    FROM json_each(@Value) AS "v"
)

-- name: OpenCasesPage
SELECT "c"."Id"
FROM "Cases" AS "c"
WHERE "c"."Status" IN (
    SELECT "v"."value"
    FROM json_each(@Value) AS "v"
)
ORDER BY "c"."RegisteredAt" DESC, "c"."Id" DESC
LIMIT @p

-- name: UnitsById
SELECT "u"."Id", "u"."Name"
FROM "Units" AS "u"
WHERE "u"."Id" IN (
    SELECT "l"."value"
    FROM json_each(@list) AS "l"
)

-- name: Petitioners
SELECT "p"."CaseId", "p"."Id", "p"."Name", "p"."Phone"
FROM "Petitioners" AS "p"
WHERE (("p"."OwnerPath" >= @ef_filter__TenantFrom AND "p"."OwnerPath" < @ef_filter__TenantTo) OR EXISTS (
    SELECT 1
    FROM "CaseShares" AS "c"
    WHERE "c"."CaseId" = "p"."CaseId" AND "c"."TargetPath" >= @ef_filter__TenantFrom AND "c"."TargetPath" < @ef_filter__TenantTo)) AND "p"."CaseId" IN (
    SELECT "l"."value"
    FROM json_each(@list) AS "l"
)
ORDER BY "p"."Ordinal"

-- name: Petitioners.NoTenant
SELECT "p"."CaseId", "p"."Id", "p"."Name", "p"."Phone"
FROM "Petitioners" AS "p"
WHERE "p"."CaseId" IN (
    SELECT "l"."value"
    FROM json_each(@list) AS "l"
)
ORDER BY "p"."Ordinal"

-- name: LatestEvents
SELECT "c5"."ActorName", "c5"."ActorUnitId", "c5"."CaseId", "c5"."Id", "c5"."Kind", "c5"."OccurredAt"
FROM (
    SELECT DISTINCT "c"."CaseId"
    FROM "CaseEvents" AS "c"
    WHERE (("c"."OwnerPath" >= @ef_filter__TenantFrom AND "c"."OwnerPath" < @ef_filter__TenantTo) OR EXISTS (
        SELECT 1
        FROM "CaseShares" AS "c0"
        WHERE "c0"."CaseId" = "c"."CaseId" AND "c0"."TargetPath" >= @ef_filter__TenantFrom AND "c0"."TargetPath" < @ef_filter__TenantTo)) AND "c"."CaseId" IN (
        SELECT "l"."value"
        FROM json_each(@list) AS "l"
    )
) AS "c4"
INNER JOIN (
    SELECT "c3"."Id", "c3"."ActorName", "c3"."ActorUnitId", "c3"."CaseId", "c3"."Kind", "c3"."OccurredAt"
    FROM (
        SELECT "c1"."Id", "c1"."ActorName", "c1"."ActorUnitId", "c1"."CaseId", "c1"."Kind", "c1"."OccurredAt", ROW_NUMBER() OVER(PARTITION BY "c1"."CaseId" ORDER BY "c1"."OccurredAt" DESC, "c1"."Id" DESC) AS "row"
        FROM "CaseEvents" AS "c1"
        WHERE (("c1"."OwnerPath" >= @ef_filter__TenantFrom AND "c1"."OwnerPath" < @ef_filter__TenantTo) OR EXISTS (
            SELECT 1
            FROM "CaseShares" AS "c2"
            WHERE "c2"."CaseId" = "c1"."CaseId" AND "c2"."TargetPath" >= @ef_filter__TenantFrom AND "c2"."TargetPath" < @ef_filter__TenantTo)) AND "c1"."CaseId" IN (
            SELECT "l0"."value"
            FROM json_each(@list) AS "l0"
        )
    ) AS "c3"
    WHERE "c3"."row" <= @value
) AS "c5" ON "c4"."CaseId" = "c5"."CaseId"
ORDER BY "c5"."OccurredAt" DESC, "c5"."Id" DESC

-- name: LatestEvents.NoTenant
SELECT "c5"."ActorName", "c5"."ActorUnitId", "c5"."CaseId", "c5"."Id", "c5"."Kind", "c5"."OccurredAt"
FROM (
    SELECT DISTINCT "c"."CaseId"
    FROM "CaseEvents" AS "c"
    WHERE "c"."CaseId" IN (
        SELECT "l"."value"
        FROM json_each(@list) AS "l"
    )
) AS "c4"
INNER JOIN (
    SELECT "c3"."Id", "c3"."ActorName", "c3"."ActorUnitId", "c3"."CaseId", "c3"."Kind", "c3"."OccurredAt"
    FROM (
        SELECT "c1"."Id", "c1"."ActorName", "c1"."ActorUnitId", "c1"."CaseId", "c1"."Kind", "c1"."OccurredAt", ROW_NUMBER() OVER(PARTITION BY "c1"."CaseId" ORDER BY "c1"."OccurredAt" DESC, "c1"."Id" DESC) AS "row"
        FROM "CaseEvents" AS "c1"
        WHERE "c1"."CaseId" IN (
            SELECT "l0"."value"
            FROM json_each(@list) AS "l0"
        )
    ) AS "c3"
    WHERE "c3"."row" <= @value
) AS "c5" ON "c4"."CaseId" = "c5"."CaseId"
ORDER BY "c5"."OccurredAt" DESC, "c5"."Id" DESC
