using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Testing;
using Xunit.Abstractions;
using static VeniceAot.Extensions.DependencyInjection.Tests.TestSupport;

namespace VeniceAot.Extensions.DependencyInjection.Tests
{
    /// <summary>
    /// The Native AOT proof for the DI package: <c>dotnet publish</c> of the sample (Release, linux-x64, into a temp
    /// folder with its own artifacts path) prints no warning at all, and the native binary, configured by environment
    /// variables only, calls loopback servers through AddVeniceClient (default and keyed) or reports a missing key.
    /// Set VENICE_SKIP_AOT_PUBLISH=1 to skip it.
    /// </summary>
    public sealed partial class AotPublishTests(ITestOutputHelper output)
    {
        private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(12);

        [Fact(Timeout = 15 * 60 * 1000)]
        public async Task Published_sample_has_no_warnings_and_runs_on_environment_configuration()
        {
            if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("VENICE_SKIP_AOT_PUBLISH") == "1")
            {
                output.WriteLine("Skipped: the AOT publish proof runs on linux-x64 only and when VENICE_SKIP_AOT_PUBLISH is not 1.");
                return;
            }

            string repoRoot = FindRepositoryRoot();
            string work = Path.Combine(Path.GetTempPath(), "venice-di-aot-" + Guid.NewGuid().ToString("N")[..12]);
            string publishDir = Path.Combine(work, "publish");
            try
            {
                var stopwatch = Stopwatch.StartNew();
                string project = Path.Combine(repoRoot, "tests", "VeniceAot.Extensions.DependencyInjection.AotSample", "VeniceAot.Extensions.DependencyInjection.AotSample.csproj");
                ProcessResult publish = await RunAsync(
                    DotnetHost(),
                    ["publish", project, "-c", "Release", "-r", "linux-x64", "-o", publishDir, "--artifacts-path", Path.Combine(work, "artifacts"), "-nologo"],
                    repoRoot,
                    new Dictionary<string, string>(),
                    PublishTimeout);
                output.WriteLine($"dotnet publish took {stopwatch.Elapsed.TotalSeconds:0.0} s, exit {publish.ExitCode}.");
                output.WriteLine(publish.Output);

                Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + publish.Output);
                Assert.DoesNotMatch(TrimOrAotWarning(), publish.Output);
                string[] warnings = publish.Output.Split('\n').Where(line => line.Contains("warning", StringComparison.OrdinalIgnoreCase)).ToArray();
                Assert.True(warnings.Length == 0, "The publish printed warnings:\n" + string.Join('\n', warnings));
                string binary = Path.Combine(publishDir, "venice-di-sample");
                Assert.True(File.Exists(binary), "No native 'venice-di-sample' binary in " + publishDir);

                await using LoopbackServer server = await ModelsServerAsync();
                await using LoopbackServer adminServer = await ModelsServerAsync();
                ProcessResult run = await RunAsync(
                    binary,
                    [],
                    work,
                    new Dictionary<string, string>
                    {
                        ["Venice__ApiKey"] = Key,
                        ["Venice__BaseAddress"] = server.BaseAddress.ToString(),
                        ["Venice__Timeout"] = "00:00:20",
                        ["Venice__Retry__MaxAttempts"] = "2",
                        ["VeniceAdmin__ApiKey"] = AdminKey,
                        ["VeniceAdmin__BaseAddress"] = adminServer.BaseAddress.ToString(),
                    },
                    TimeSpan.FromSeconds(30));
                output.WriteLine(run.Output);

                Assert.True(run.ExitCode == 0, "The native sample failed:\n" + run.Output);
                Assert.Equal("venice-uncensored\nadmin: 1\n", run.Stdout);
                Assert.Equal(string.Empty, run.Stderr);
                RecordedRequest request = Assert.Single(server.Requests);
                Assert.Equal("GET", request.Method);
                Assert.Equal("/api/v1/models", request.RawPath);
                Assert.Equal("Bearer " + Key, request.Header("Authorization"));
                Assert.Equal("native", request.Header("X-Sample"));
                RecordedRequest admin = Assert.Single(adminServer.Requests);
                Assert.Equal("Bearer " + AdminKey, admin.Header("Authorization"));
                Assert.Null(admin.Header("X-Sample"));

                ProcessResult missing = await RunAsync(binary, [], work, new Dictionary<string, string> { ["Venice__BaseAddress"] = server.BaseAddress.ToString() }, TimeSpan.FromSeconds(30));
                output.WriteLine(missing.Output);
                Assert.Equal(2, missing.ExitCode);
                Assert.Contains("set the configuration key 'Venice:ApiKey' (environment variable Venice__ApiKey)", missing.Stderr, StringComparison.Ordinal);
                Assert.Single(server.Requests);
            }
            finally
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the OS to clean up; the result does not depend on it.
                }
            }
        }

        [GeneratedRegex(@"\bIL[23]\d{3}\b")]
        private static partial Regex TrimOrAotWarning();

        private static string FindRepositoryRoot()
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "VeniceAot.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("VeniceAot.sln not found above " + AppContext.BaseDirectory);
        }

        private static string DotnetHost() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        private static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string> environment, TimeSpan timeout)
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
            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("Venice", StringComparison.OrdinalIgnoreCase)).ToArray())
            {
                start.Environment.Remove(name);
            }

            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

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
                throw new TimeoutException($"{Path.GetFileName(fileName)} did not finish within {timeout}:\n{combined}");
            }

            process.WaitForExit();
            lock (combined)
            {
                return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString(), combined.ToString());
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

        private sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, string Output);
    }
}
