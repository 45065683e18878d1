using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Threading.Tasks;
using VeniceAot.Benchmarks.Scenarios;

namespace VeniceAot.Benchmarks
{
    /// <summary>
    /// <c>--alloc</c>: bytes allocated per call of every benchmark method, measured in this process with
    /// <see cref="GC.GetTotalAllocatedBytes(bool)"/> over many calls after a warm-up. A fast, timing-free cross-check of
    /// BenchmarkDotNet's Allocated column, used while looking for where a peer's bytes go.
    /// </summary>
    public static class AllocationProbe
    {
        public static async Task RunAsync(int calls, TextWriter log, string? only = null)
        {
            foreach (Type type in QuickRunner.ScenarioTypes)
            {
                if (only is not null && !type.Name.Equals(only, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var scenario = (Scenario)Activator.CreateInstance(type)!;
                scenario.Setup();
                try
                {
                    var perCall = new List<string>();
                    foreach (MethodInfo method in QuickRunner.BenchmarkMethods(type))
                    {
                        for (int i = 0; i < 200; i++)
                        {
                            await QuickRunner.InvokeAsync(scenario, method).ConfigureAwait(false);
                        }

                        long before = GC.GetTotalAllocatedBytes(precise: true);
                        for (int i = 0; i < calls; i++)
                        {
                            await QuickRunner.InvokeAsync(scenario, method).ConfigureAwait(false);
                        }

                        long bytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / calls;
                        perCall.Add($"{method.Name} {bytes:N0} B");
                    }

                    log.WriteLine($"{type.Name}: {string.Join(" | ", perCall)}");
                }
                finally
                {
                    scenario.Cleanup();
                }
            }
        }
    }
}
