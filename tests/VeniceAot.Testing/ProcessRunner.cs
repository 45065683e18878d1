using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Testing
{
    /// <summary>What a finished child process printed and how it exited.</summary>
    /// <param name="ExitCode">The process's exit code.</param>
    /// <param name="Stdout">Standard output, a <c>\n</c> after every line.</param>
    /// <param name="Stderr">Standard error, a <c>\n</c> after every line.</param>
    /// <param name="Output">Both streams interleaved in the order the lines arrived.</param>
    /// <param name="Elapsed">From start to exit.</param>
    public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, string Output, TimeSpan Elapsed);

    /// <summary>
    /// Runs <c>dotnet</c>, published binaries and other tools as child processes with a hard timeout (the whole
    /// process tree is killed when it elapses), capturing stdout, stderr and both interleaved.
    /// </summary>
    public static class ProcessRunner
    {
        /// <summary>The dotnet host running the tests (so the same SDK builds and publishes), or <c>dotnet</c> from PATH.</summary>
        public static string DotnetHost() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        /// <summary>
        /// Runs <paramref name="fileName"/> with standard input closed. The child gets the test process's environment
        /// minus every variable whose name starts with <c>Venice</c> (any case: <c>VENICE_API_KEY</c>,
        /// <c>Venice__ApiKey</c>, …) so a developer's own key or base URL never leaks into a run, plus the dotnet CLI's
        /// quiet switches, then <paramref name="environment"/> on top.
        /// </summary>
        /// <exception cref="TimeoutException">The process did not exit within <paramref name="timeout"/>; it was killed.</exception>
        public static async Task<ProcessResult> RunAsync(
            string fileName,
            IEnumerable<string> arguments,
            string workingDirectory,
            TimeSpan timeout,
            IReadOnlyDictionary<string, string>? environment = null)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("Venice", StringComparison.OrdinalIgnoreCase)).ToArray())
            {
                start.Environment.Remove(name);
            }

            if (environment is not null)
            {
                foreach ((string name, string value) in environment)
                {
                    start.Environment[name] = value;
                }
            }

            var stopwatch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            var combined = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(stdout, combined, e.Data);
            process.ErrorDataReceived += (_, e) => Append(stderr, combined, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                string output;
                lock (combined)
                {
                    output = combined.ToString();
                }

                throw new TimeoutException($"{Path.GetFileName(fileName)} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}:\n{output}");
            }

            process.WaitForExit();
            stopwatch.Stop();
            lock (combined)
            {
                return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString(), combined.ToString(), stopwatch.Elapsed);
            }
        }

        private static void Append(StringBuilder own, StringBuilder combined, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (combined)
            {
                own.Append(line).Append('\n');
                combined.Append(line).Append('\n');
            }
        }
    }
}
