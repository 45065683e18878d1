using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Fuzz
{
    /// <summary>A property a fuzz target must keep was broken (never an allowed outcome).</summary>
    internal sealed class FuzzPropertyException(string message, Exception? inner = null) : Exception(message, inner);

    /// <summary>
    /// Runs one fuzz target: for each case a fresh <see cref="Random"/> seeded from (base seed, target, index) makes
    /// the input, and the check runs on it. A case passes when the check returns or throws an allowed exception
    /// type; it fails on any other exception, a <see cref="FuzzPropertyException"/>, more allocation than
    /// <c>AllocationBase + AllocationPerByte × input length</c> on the test thread, or taking longer than
    /// <see cref="CaseBound"/>. A watchdog turns a hang into a failure that names the case in progress.
    /// Failures print the seed, target and case index (replay one with <c>VENICE_FUZZ_ONLY=target#index</c>).
    /// </summary>
    internal sealed class FuzzRunner(string target, ITestOutputHelper output)
    {
        /// <summary>One case may take this long before it counts as a hang (generous: shared CI cores, GC pauses).</summary>
        public static readonly TimeSpan CaseBound = TimeSpan.FromSeconds(5);

        private const int MaxReportedFailures = 5;

        /// <summary>Allocation every case may do whatever its size (serializer state, exceptions, HTTP plumbing).</summary>
        public long AllocationBase { get; init; } = 1L << 20;

        /// <summary>Allocation per input byte a case may do on top of <see cref="AllocationBase"/>.</summary>
        public long AllocationPerByte { get; init; } = 64;

        /// <summary>Runs the target. <paramref name="make"/> builds the input from the case's random source.</summary>
        /// <param name="make">Builds one input.</param>
        /// <param name="check">Checks one input; throws on failure.</param>
        /// <param name="allowed">Whether an exception the check threw is an allowed outcome.</param>
        public async Task RunAsync(Func<Random, byte[]> make, Action<byte[]> check, Func<Exception, bool> allowed)
        {
            int cases = FuzzSettings.CasesPerTarget;
            int first = 0;
            if (FuzzSettings.Only is { } only)
            {
                if (only.Target != target)
                {
                    output.WriteLine($"{target}: skipped (VENICE_FUZZ_ONLY={only.Target}#{only.Index})");
                    return;
                }

                first = only.Index;
                cases = only.Index + 1;
            }

            int current = -1;
            var failures = new List<string>();
            var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
            long maxAllocated = 0;
            double maxRatio = 0;
            TimeSpan slowest = TimeSpan.Zero;
            var clock = Stopwatch.StartNew();

            void Loop()
            {
                for (int index = first; index < cases && failures.Count < MaxReportedFailures; index++)
                {
                    Volatile.Write(ref current, index);
                    byte[] input = make(new Random(CaseSeed(index)));
                    string outcome;
                    Exception? failure = null;
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    long started = Stopwatch.GetTimestamp();
                    try
                    {
                        check(input);
                        outcome = "ok";
                    }
                    catch (Exception ex) when (ex is not FuzzPropertyException && allowed(ex))
                    {
                        outcome = ex.GetType().Name;
                    }
                    catch (Exception ex)
                    {
                        outcome = "FAILED";
                        failure = ex;
                    }

                    TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
                    long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    long bound = AllocationBase + (AllocationPerByte * input.Length);
                    maxAllocated = Math.Max(maxAllocated, allocated);
                    maxRatio = Math.Max(maxRatio, (allocated - AllocationBase) / (double)Math.Max(1, input.Length));
                    slowest = elapsed > slowest ? elapsed : slowest;
                    if (failure is null && allocated > bound)
                    {
                        failure = new FuzzPropertyException($"allocated {allocated:N0} bytes for a {input.Length:N0}-byte input (bound {bound:N0})");
                    }

                    if (failure is null && elapsed > CaseBound)
                    {
                        failure = new FuzzPropertyException($"took {elapsed.TotalSeconds:0.0} s (bound {CaseBound.TotalSeconds} s)");
                    }

                    outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                    if (failure is not null)
                    {
                        failures.Add(Describe(index, input, failure));
                    }
                }
            }

            // A dedicated thread, so a hang inside the check cannot block the watchdog.
            Task loop = Task.Factory.StartNew(Loop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            TimeSpan watchdog = TimeSpan.FromSeconds(60) + (cases * TimeSpan.FromMilliseconds(20));
            try
            {
                await loop.WaitAsync(watchdog);
            }
            catch (TimeoutException)
            {
                int stuck = Volatile.Read(ref current);
                Assert.Fail($"{target}: case {stuck} (VENICE_FUZZ_SEED={FuzzSettings.BaseSeed}, VENICE_FUZZ_ONLY={target}#{stuck}) did not finish within the watchdog ({watchdog.TotalSeconds:0} s): a hang.");
            }

            clock.Stop();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{target}: {cases - first} cases in {clock.Elapsed.TotalSeconds:0.00} s (seed {FuzzSettings.BaseSeed}); outcomes {string.Join(", ", Outcomes(outcomes))}; max allocation {maxAllocated:N0} B (max {maxRatio:0.0} B/input byte above base); slowest case {slowest.TotalMilliseconds:0} ms"));
            foreach (string failure in failures)
            {
                output.WriteLine(failure);
            }

            Assert.True(failures.Count == 0, $"{target}: {failures.Count} failing case(s); first: {(failures.Count > 0 ? failures[0] : string.Empty)}");
        }

        /// <summary>The seed of one case: reproducible from the base seed, the target name and the index alone.</summary>
        private int CaseSeed(int index)
        {
            uint hash = 2_166_136_261;
            foreach (char c in target)
            {
                hash = (hash ^ c) * 16_777_619;
            }

            // Not HashCode.Combine: that is randomized per process, and a printed case must replay anywhere.
            ulong mixed = ((ulong)(uint)FuzzSettings.BaseSeed << 32 | hash) ^ ((ulong)(uint)index * 0x9E3779B97F4A7C15UL);
            mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL;
            mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL;
            return (int)((mixed ^ (mixed >> 31)) & int.MaxValue);
        }

        private static IEnumerable<string> Outcomes(SortedDictionary<string, int> outcomes)
        {
            foreach (KeyValuePair<string, int> pair in outcomes)
            {
                yield return $"{pair.Key} {pair.Value}";
            }
        }

        private string Describe(int index, byte[] input, Exception failure)
        {
            string preview = Convert.ToBase64String(input, 0, Math.Min(input.Length, 600));
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"FAIL {target} case {index} (VENICE_FUZZ_SEED={FuzzSettings.BaseSeed} VENICE_FUZZ_ONLY={target}#{index}), input {input.Length} bytes, base64 of the first 600: {preview}");
            text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  as text: {Encoding.UTF8.GetString(input, 0, Math.Min(input.Length, 400))}");
            text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  {failure.GetType().FullName}: {failure.Message}{Environment.NewLine}{failure.StackTrace}");
            if (failure.InnerException is { } inner)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  inner {inner.GetType().FullName}: {inner.Message}{Environment.NewLine}{inner.StackTrace}");
            }

            return text.ToString();
        }
    }
}
