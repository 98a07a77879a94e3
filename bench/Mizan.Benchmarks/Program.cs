using BenchmarkDotNet.Running;
using Mizan.Benchmarks.Load;
using Mizan.Benchmarks.Text.Evaluation;

// `text-eval [options]` runs the text-matching evaluation (recall per evasion tactic, false matches); see --help.
if (args.Length > 0 && string.Equals(args[0], TextEvalCommand.Name, StringComparison.Ordinal))
{
    return TextEvalCommand.Run(args[1..], Console.Out, Console.Error);
}

// `load [options]` puts a server on loopback under sustained scan requests; see --help.
if (args.Length > 0 && string.Equals(args[0], LoadCommand.Name, StringComparison.Ordinal))
{
    return await LoadCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false);
}

// `faults [options]` submits entries while a node is killed and restarted; see --help.
if (args.Length > 0 && string.Equals(args[0], FaultCommand.Name, StringComparison.Ordinal))
{
    return await FaultCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false);
}

// `orders [options]` measures removal orders' receipt-to-webhook time on the automated path; see --help.
if (args.Length > 0 && string.Equals(args[0], Mizan.Benchmarks.Legal.OrdersCommand.Name, StringComparison.Ordinal))
{
    return await Mizan.Benchmarks.Legal.OrdersCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false);
}

// `startup [options]` imports generated data with the real CLI and times a server start on it; see --help.
if (args.Length > 0 && string.Equals(args[0], Mizan.Benchmarks.Startup.StartupCommand.Name, StringComparison.Ordinal))
{
    return await Mizan.Benchmarks.Startup.StartupCommand.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false);
}

// Every benchmark class in this assembly; pick with --filter, e.g. `--filter '*Pdq*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
