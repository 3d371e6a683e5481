using Platform.Bench;
using Platform.Bench.Generation;

var arguments = BenchArguments.Parse(args);
switch (arguments.Command)
{
    case "generate":
        var cases = arguments.Count("cases", 10_000);
        var file = arguments.Text("out", BenchPaths.DefaultDatabase(cases));
        Console.WriteLine($"Generating {cases:N0} cases into {file}");
        var summary = await DatabaseGenerator.GenerateAsync(file, cases, arguments.Count("seed", 20261201), Console.Out);
        summary.Print(Console.Out);
        return 0;
    case "run":
        return await RunCommand.RunAsync(arguments, smoke: false);
    case "smoke":
        return await RunCommand.RunAsync(arguments, smoke: true);
    case "search":
        return await Platform.Bench.Search.SearchCommand.RunAsync(arguments);
    case "capture":
        return await CaptureCommand.RunAsync(arguments);
    case "serve":
        return await ServeCommand.RunAsync(arguments);
    default:
        Console.WriteLine(Usage.Text);
        return arguments.Command is "help" or "--help" ? 0 : 2;
}
