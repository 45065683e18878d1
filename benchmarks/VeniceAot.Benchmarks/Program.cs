using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace VeniceAot.Benchmarks
{
    /// <summary>
    /// <c>--verify</c>: compare every peer's request with the floor's. <c>--quick [N]</c>: run every benchmark method N
    /// times (default 3) and check the results, no timing. <c>--alloc [Scenario]</c>: bytes per call, in-process (note the
    /// reflection call adds the same few bytes to every peer). Anything else goes to BenchmarkDotNet (e.g.
    /// <c>--filter '*'</c>) with a short job: 1 launch, 3 warm-up and 10 measured iterations.
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            if (args.Contains("--verify"))
            {
                List<RequestComparison> results = await RequestVerifier.RunAsync().ConfigureAwait(false);
                RequestVerifier.Print(results, Console.Out);
                int problems = results.Sum(r => r.Problems.Count);
                Console.WriteLine(problems == 0 ? "verify: every peer sends the floor's request" : $"verify: {problems} problem(s)");
                return problems == 0 ? 0 : 1;
            }

            int alloc = Array.IndexOf(args, "--alloc");
            if (alloc >= 0)
            {
                await AllocationProbe.RunAsync(2000, Console.Out, alloc + 1 < args.Length ? args[alloc + 1] : null).ConfigureAwait(false);
                return 0;
            }

            int quick = Array.IndexOf(args, "--quick");
            if (quick >= 0)
            {
                int iterations = quick + 1 < args.Length && int.TryParse(args[quick + 1], out int n) ? n : 3;
                List<string> failures = await QuickRunner.RunAsync(iterations, Console.Out).ConfigureAwait(false);
                foreach (string failure in failures)
                {
                    Console.WriteLine("FAILED " + failure);
                }

                Console.WriteLine(failures.Count == 0 ? "quick: every benchmark ran and parsed the expected answer" : $"quick: {failures.Count} failure(s)");
                return failures.Count == 0 ? 0 : 1;
            }

            IConfig config = DefaultConfig.Instance
                .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short10"))
                .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
                .AddExporter(
                    new CsvExporter(CsvSeparator.Comma, SummaryStyle.Default.WithTimeUnit(TimeUnit.Nanosecond).WithSizeUnit(SizeUnit.B).WithCultureInfo(CultureInfo.InvariantCulture)),
                    MarkdownExporter.GitHub)
                .WithBuildTimeout(TimeSpan.FromMinutes(15))
                .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
            BenchmarkSwitcher.FromTypes([.. QuickRunner.ScenarioTypes]).Run(args, config);
            return 0;
        }
    }
}
