using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Threading.Tasks;
using VeniceAot.Benchmarks.Scenarios;
using VeniceAot.Chat;

namespace VeniceAot.Benchmarks
{
    /// <summary>
    /// <c>--alloc</c>: bytes allocated per call of every benchmark method, measured in this process with
    /// <see cref="GC.GetTotalAllocatedBytes(bool)"/> over many calls after a warm-up. A fast, timing-free cross-check of
    /// BenchmarkDotNet's Allocated column, used while looking for where a peer's bytes go.
    /// </summary>
    public static class AllocationProbe
    {
        /// <summary>
        /// What the 200 streamed chunks cost by themselves: each <c>data:</c> payload deserialized straight from its bytes
        /// into a <see cref="Chat.ChatCompletionChunk"/> (its strings, lists and objects), with no HTTP and no SSE parsing.
        /// </summary>
        public static long ChunkObjectBytes(int rounds = 200)
        {
            string text = System.Text.Encoding.UTF8.GetString(Fixtures.StreamResponse);
            var payloads = new List<byte[]>();
            foreach (string item in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                if (item != "data: [DONE]")
                {
                    payloads.Add(System.Text.Encoding.UTF8.GetBytes(item["data: ".Length..]));
                }
            }

            long before = 0;
            for (int round = -20; round < rounds; round++)
            {
                if (round == 0)
                {
                    before = GC.GetTotalAllocatedBytes(precise: true);
                }

                foreach (byte[] payload in payloads)
                {
                    _ = System.Text.Json.JsonSerializer.Deserialize(payload, global::VeniceAot.Chat.ChatJsonContext.Default.ChatCompletionChunk);
                }
            }

            return (GC.GetTotalAllocatedBytes(precise: true) - before) / rounds;
        }

        public static async Task RunAsync(int calls, TextWriter log, string? only = null)
        {
            long chunks = ChunkObjectBytes();
            log.WriteLine($"ChatStreaming: the 200 chunks' own objects: {chunks:N0} B per stream, {chunks / (double)Fixtures.StreamChunkCount:N0} B per chunk");
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
                        var clock = System.Diagnostics.Stopwatch.StartNew();
                        for (int i = 0; i < calls; i++)
                        {
                            await QuickRunner.InvokeAsync(scenario, method).ConfigureAwait(false);
                        }

                        perCall.Add($"{method.Name} {bytes:N0} B {clock.Elapsed.TotalMicroseconds / calls:N2} us");
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
