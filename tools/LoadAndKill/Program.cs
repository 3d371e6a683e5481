// Drives tools/load-and-kill.sh: "load" registers and accepts cases from many clients for a
// while, writing every acknowledged write to a file as soon as the server confirms it; "verify"
// reads them back after the kill and restart and checks the database file.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

var mode = args.ElementAtOrDefault(0);
string Arg(string name, string fallback) =>
    args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault() ?? fallback;

var url = new Uri(Arg("url", "http://127.0.0.1:5080"));
if (!url.IsLoopback)
{
    Console.Error.WriteLine("Only a server on this machine (loopback) may be loaded.");
    return 2;
}

using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
var officers = new[] { "taopu", "yanghang", "changbai", "shihudang", "baoshan", "putuo", "yangpu", "songjiang" }
    .Select(unit => unit + ".officer").ToArray();

return mode switch
{
    "load" => await LoadAsync(int.Parse(Arg("seconds", "30")), int.Parse(Arg("clients", "64")), Arg("out", "acked.jsonl")),
    "verify" => await VerifyAsync(Arg("acked", "acked.jsonl"), Arg("db", "")),
    _ => Usage(),
};

int Usage()
{
    Console.Error.WriteLine("usage: LoadAndKill load --url U --seconds S --clients C --out FILE | verify --url U --acked FILE --db FILE");
    return 2;
}

async Task<int> LoadAsync(int seconds, int clients, string output)
{
    var tokens = new Dictionary<string, string>();
    foreach (var officer in officers)
    {
        tokens[officer] = await TokenAsync(officer);
    }

    var run = DateTime.UtcNow.ToString("HHmmss");
    var deadline = Stopwatch.StartNew();
    var acked = new BlockingCollection<string>();
    var refused = 0;
    var reasons = new ConcurrentDictionary<string, int>();
    var unanswered = 0;
    var writer = Task.Run(() =>
    {
        using var file = new StreamWriter(output, append: true) { AutoFlush = true };
        foreach (var line in acked.GetConsumingEnumerable())
        {
            file.WriteLine(line);
        }
    });

    var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
    {
        var officer = officers[client % officers.Length];
        for (var n = 0; deadline.Elapsed < TimeSpan.FromSeconds(seconds); n++)
        {
            try
            {
                var registered = await GraphQLAsync(tokens[officer], """
                    mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { case { id number version } errors { __typename } } }
                    """, new { input = new
                {
                    petitioners = new[] { new { name = "压测" + client } },
                    headcount = 1, channel = "VISIT", receptionForm = "ON_SITE", category = "OTHER",
                    title = $"load {run} {client} {n}", description = "load-and-kill",
                    clientMutationId = $"lk-{run}-{client}-{n}",
                } });
                if (registered?["data"]?["registerCase"]?["case"] is not JsonObject @case)
                {
                    reasons.AddOrUpdate("registerCase: " + Reason(registered), 1, (_, count) => count + 1);
                    // Answered, but without a case (a payload or top-level error): not acknowledged.
                    Interlocked.Increment(ref refused);
                    continue;
                }

                acked.Add(JsonSerializer.Serialize(new { kind = "registered", id = (string)@case["id"]!, number = (string)@case["number"]! }));
                var accepted = await GraphQLAsync(tokens[officer], """
                    mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { case { id status } errors { __typename } } }
                    """, new { input = new { caseId = (string)@case["id"]!, version = (int)@case["version"]! } });
                if (accepted?["data"]?["acceptCase"]?["case"] is JsonObject)
                {
                    acked.Add(JsonSerializer.Serialize(new { kind = "accepted", id = (string)@case["id"]! }));
                }
                else
                {
                    reasons.AddOrUpdate("acceptCase: " + Reason(accepted), 1, (_, count) => count + 1);
                    Interlocked.Increment(ref refused);
                }
            }
            catch (Exception) when (deadline.Elapsed < TimeSpan.FromSeconds(seconds + 30))
            {
                // The server is down (killed, restarting): not acknowledged, so not counted as lost.
                Interlocked.Increment(ref unanswered);
                await Task.Delay(200);
            }
        }
    })).ToArray();

    await Task.WhenAll(workers);
    acked.CompleteAdding();
    await writer;
    Console.WriteLine($"load: {clients} clients for {seconds} s; {refused} writes answered with an error, {unanswered} unanswered (server down)");
    foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value))
    {
        Console.WriteLine($"  {count} × {reason}");
    }
    return 0;
}

async Task<int> VerifyAsync(string ackedFile, string database)
{
    var lines = File.ReadAllLines(ackedFile).Select(l => JsonNode.Parse(l)!).ToList();
    var registered = lines.Where(l => (string)l["kind"]! == "registered").ToDictionary(l => (string)l["id"]!, l => (string)l["number"]!);
    var accepted = lines.Where(l => (string)l["kind"]! == "accepted").Select(l => (string)l["id"]!).ToHashSet();
    var token = await TokenAsync("sh.officer");

    var found = new Dictionary<string, (string Number, string Status)>();
    foreach (var batch in registered.Keys.Chunk(50))
    {
        var data = await GraphQLAsync(token, """
            query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Case { id number status } } }
            """, new { ids = batch });
        foreach (var node in data!["data"]!["nodes"]!.AsArray().OfType<JsonObject>())
        {
            found[(string)node["id"]!] = ((string)node["number"]!, (string)node["status"]!);
        }
    }

    var lostRegistrations = registered.Keys.Count(id => !found.ContainsKey(id));
    var lostAcceptances = accepted.Count(id => !found.TryGetValue(id, out var c) || c.Status == "REGISTERED");
    var wrongNumbers = registered.Count(r => found.TryGetValue(r.Key, out var c) && c.Number != r.Value);
    var duplicateNumbers = found.Values.GroupBy(c => c.Number).Count(g => g.Count() > 1);

    Console.WriteLine($"acknowledged registrations: {registered.Count}, lost: {lostRegistrations}");
    Console.WriteLine($"acknowledged acceptances:   {accepted.Count}, lost: {lostAcceptances}");
    Console.WriteLine($"numbers changed: {wrongNumbers}, numbers used twice: {duplicateNumbers}");

    var integrity = "skipped (no --db)";
    if (database.Length > 0)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        integrity = (string)command.ExecuteScalar()!;
    }

    Console.WriteLine($"integrity_check: {integrity}");
    return lostRegistrations + lostAcceptances + wrongNumbers + duplicateNumbers == 0 && integrity is "ok" or "skipped (no --db)" ? 0 : 1;
}

async Task<string> TokenAsync(string userName)
{
    for (var attempt = 0; ; attempt++)
    {
        try
        {
            using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "demo-frontend", ["username"] = userName, ["password"] = "Demo!2345",
            }));
            response.EnsureSuccessStatusCode();
            return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;
        }
        catch (Exception) when (attempt < 60)
        {
            await Task.Delay(1000);
        }
    }
}

async Task<JsonNode?> GraphQLAsync(string token, string query, object variables)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
    request.Headers.Authorization = new("Bearer", token);
    using var response = await http.SendAsync(request);
    return await response.Content.ReadFromJsonAsync<JsonObject>();
}

static string Reason(JsonNode? body) =>
    body?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>()
    ?? body?["data"]?.ToJsonString() switch { { } data when data.Contains("__typename") => data[..Math.Min(data.Length, 120)], _ => "no answer" };
