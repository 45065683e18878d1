using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using VeniceAot.Benchmarks.Scenarios;

namespace VeniceAot.Benchmarks
{
    /// <summary>
    /// Runs every [Benchmark] method of every scenario a few times in this process, with no timing, and checks each
    /// result with <see cref="Scenario.Describe"/>. Proves the benchmarks and the harness still execute (CI runs it).
    /// </summary>
    public static class QuickRunner
    {
        /// <summary>Every scenario type, in report order.</summary>
        public static IReadOnlyList<Type> ScenarioTypes { get; } =
            [typeof(ChatInMemory), typeof(ChatLoopback), typeof(ChatStreaming), typeof(DeleteKey), typeof(ListModels), typeof(Embed)];

        /// <summary>The [Benchmark] methods of <paramref name="scenario"/>, baseline first.</summary>
        public static IReadOnlyList<MethodInfo> BenchmarkMethods(Type scenario) =>
            scenario.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
                .OrderByDescending(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline)
                .ThenBy(m => m.MetadataToken)
                .ToList();

        /// <summary>Invokes one benchmark method and awaits its result.</summary>
        public static async Task<object?> InvokeAsync(Scenario scenario, MethodInfo method)
        {
            object? returned = method.Invoke(scenario, null);
            if (returned is Task task)
            {
                await task.ConfigureAwait(false);
                return task.GetType().GetProperty("Result")?.GetValue(task);
            }

            return returned;
        }

        /// <summary>Runs everything; returns the failures (empty when all results matched).</summary>
        public static async Task<List<string>> RunAsync(int iterations, TextWriter log)
        {
            var failures = new List<string>();
            log.WriteLine($"Models listing: {ModelsSource()}");
            foreach (Type type in ScenarioTypes)
            {
                var scenario = (Scenario)Activator.CreateInstance(type)!;
                scenario.Setup();
                try
                {
                    foreach (MethodInfo method in BenchmarkMethods(type))
                    {
                        string? last = null;
                        try
                        {
                            for (int i = 0; i < iterations; i++)
                            {
                                last = scenario.Describe(await InvokeAsync(scenario, method).ConfigureAwait(false));
                                if (last != scenario.Expected)
                                {
                                    failures.Add($"{type.Name}.{method.Name}: got '{last}', expected '{scenario.Expected}'");
                                    break;
                                }
                            }
                        }
                        catch (Exception ex)
                        {
                            Exception inner = ex is TargetInvocationException { InnerException: { } e } ? e : ex;
                            failures.Add($"{type.Name}.{method.Name}: {inner.GetType().Name}: {inner.Message}");
                            last = "threw " + inner.GetType().Name;
                        }

                        log.WriteLine($"  {type.Name}.{method.Name} x{iterations}: {last}");
                    }
                }
                finally
                {
                    scenario.Cleanup();
                }
            }

            return failures;
        }

        private static string ModelsSource()
        {
            Fixtures.LoadModelsResponse(out string source);
            return source;
        }
    }
}
