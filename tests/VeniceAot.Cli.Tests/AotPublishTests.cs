using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Testing;
using Xunit.Abstractions;

namespace VeniceAot.Cli.Tests
{
    /// <summary>
    /// The Native AOT proof: <c>dotnet publish</c> of the CLI (Release, linux-x64, into a temp folder with its own
    /// artifacts path so the Debug outputs are untouched) builds with no warnings at all, and the native binary
    /// then runs <c>keys list</c>, a streamed <c>chat</c>, <c>image generate</c> and a multipart <c>image upscale</c>
    /// against loopback servers as a real process.
    /// </summary>
    public sealed partial class AotPublishTests(ITestOutputHelper output)
    {
        private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(12);

        [Fact(Timeout = 15 * 60 * 1000)]
        public async Task Published_native_binary_has_no_trim_or_aot_warnings_and_runs_keys_chat_and_image_commands()
        {
            if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("VENICE_SKIP_AOT_PUBLISH") == "1")
            {
                output.WriteLine("Skipped: the AOT publish proof runs on linux-x64 only and when VENICE_SKIP_AOT_PUBLISH is not 1.");
                return;
            }

            string repoRoot = FindRepositoryRoot();
            string work = Path.Combine(Path.GetTempPath(), "venice-aot-" + Guid.NewGuid().ToString("N")[..12]);
            string publishDir = Path.Combine(work, "publish");
            try
            {
                var stopwatch = Stopwatch.StartNew();
                ProcessResult publish = await RunProcessAsync(
                    DotnetHost(),
                    ["publish", Path.Combine(repoRoot, "src", "VeniceAot.Cli", "VeniceAot.Cli.csproj"), "-c", "Release", "-r", "linux-x64",
                     "-o", publishDir, "--artifacts-path", Path.Combine(work, "artifacts"), "-nologo"],
                    repoRoot,
                    PublishTimeout);
                stopwatch.Stop();
                output.WriteLine($"dotnet publish took {stopwatch.Elapsed.TotalSeconds:0.0} s, exit {publish.ExitCode}.");
                output.WriteLine(publish.Output);

                Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + publish.Output);
                Assert.DoesNotMatch(TrimOrAotWarning(), publish.Output);
                string[] warningLines = publish.Output.Split('\n').Where(line => line.Contains("warning", StringComparison.OrdinalIgnoreCase)).ToArray();
                Assert.True(warningLines.Length == 0, "The publish printed warnings:\n" + string.Join('\n', warningLines));

                string binary = Path.Combine(publishDir, "venice");
                Assert.True(File.Exists(binary), "No native 'venice' binary in " + publishDir);
                long size = new FileInfo(binary).Length;
                string sizeLine = $"venice Native AOT binary (linux-x64): {size} bytes ({size / 1024d / 1024d:0.00} MiB); publish took {stopwatch.Elapsed.TotalSeconds:0} s";
                output.WriteLine(sizeLine);
                Console.WriteLine(sizeLine);

                await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """
                    {"object":"list","data":[{"id":"k-aot-1","apiKeyType":"INFERENCE","description":"native","last6Chars":"q1w2e3","createdAt":"2025-03-04T05:06:00Z"}]}
                    """);
                ProcessResult run = await RunProcessAsync(
                    binary,
                    ["--base-url", server.BaseAddress.ToString(), "--api-key", CliRunner.ApiKey, "keys", "list"],
                    work,
                    TimeSpan.FromSeconds(30));
                output.WriteLine(run.Output);

                Assert.True(run.ExitCode == 0, "The native binary failed:\n" + run.Output);
                Assert.Equal(string.Empty, run.Stderr);
                string[] lines = CliRunner.Lines(run.Stdout);
                Assert.Equal("ID       TYPE       DESCRIPTION  LAST6   CREATED (UTC)     EXPIRES (UTC)", lines[0]);
                Assert.Equal("k-aot-1  INFERENCE  native       q1w2e3  2025-03-04 05:06  never", lines[1]);
                Assert.DoesNotContain(CliRunner.ApiKey, run.Output);
                RecordedRequest request = Assert.Single(server.Requests);
                Assert.Equal("GET", request.Method);
                Assert.Equal("/api/v1/api_keys", request.RawPath);
                Assert.Equal(string.Empty, request.QueryString);
                Assert.Equal("Bearer " + CliRunner.ApiKey, request.Header("Authorization"));

                await RunMediaRoundTripsAsync(binary, work);
            }
            finally
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the OS to clean up; the test result does not depend on it.
                }
            }
        }

        /// <summary>
        /// The native binary against the demo server: a streamed chat answer, an image generated to a file, and that
        /// file uploaded to <c>image upscale</c> (multipart) with the answer saved — the paths most likely to need
        /// reflection (SSE, MediaResponse content sniffing, multipart building, atomic file writes).
        /// </summary>
        private async Task RunMediaRoundTripsAsync(string binary, string work)
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);
            string[] connection = ["--base-url", server.BaseAddress.ToString(), "--api-key", CliRunner.ApiKey];

            ProcessResult chat = await RunProcessAsync(binary, ["chat", "Is this native?", .. connection], work, TimeSpan.FromSeconds(30));
            output.WriteLine(chat.Output);
            Assert.True(chat.ExitCode == 0, "venice chat failed:\n" + chat.Output);
            Assert.Equal("This answer comes from the VeniceAot demo server, not a model. You asked: \"Is this native?\". Set VENICE_API_KEY to talk to the real API.", chat.Stdout.TrimEnd('\n'));
            using (JsonDocument chatBody = server.LastRequest.BodyJson())
            {
                Assert.True(chatBody.RootElement.GetProperty("stream").GetBoolean());
            }

            string generated = Path.Combine(work, "x.png");
            ProcessResult generate = await RunProcessAsync(binary, ["image", "generate", "-m", "venice-sd35", "a lighthouse", "-o", generated, .. connection], work, TimeSpan.FromSeconds(30));
            output.WriteLine(generate.Output);
            Assert.True(generate.ExitCode == 0, "venice image generate failed:\n" + generate.Output);
            byte[] png = await File.ReadAllBytesAsync(generated);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            Assert.True(png.Length > 100, $"The PNG is only {png.Length} bytes.");
            Assert.Contains($"Saved {png.Length} bytes (image/png).", generate.Stderr);
            Assert.Equal(generated, generate.Stdout.TrimEnd('\n'));

            byte[] upscaled = [.. png, .. png];
            string? partProblem = "no request";
            await using LoopbackServer upscaler = await LoopbackServer.StartAsync(async (recorded, context) =>
            {
                List<Multipart.Part> parts = await Multipart.ReadPartsAsync(recorded);
                Multipart.Part? image = parts.SingleOrDefault(p => p.Name == "image");
                partProblem = recorded.RawPath != "/api/v1/image/upscale" ? "path " + recorded.RawPath
                    : image is null ? "no image part"
                    : image.FileName != "x.png" ? "file name " + image.FileName
                    : image.ContentType != "image/png" ? "content type " + image.ContentType
                    : !image.Bytes.AsSpan().SequenceEqual(png) ? "different bytes"
                    : parts.SingleOrDefault(p => p.Name == "scale")?.Text != "2" ? "scale part missing"
                    : null;
                await (partProblem is null
                    ? Respond.Bytes(context, 200, "image/png", upscaled)
                    : Respond.Json(context, 400, $$"""{"error":"bad upload: {{partProblem}}"}"""));
            });
            string bigger = Path.Combine(work, "y.png");
            ProcessResult upscale = await RunProcessAsync(
                binary,
                ["image", "upscale", generated, "--scale", "2", "-o", bigger, "--base-url", upscaler.BaseAddress.ToString(), "--api-key", CliRunner.ApiKey],
                work,
                TimeSpan.FromSeconds(30));
            output.WriteLine(upscale.Output);
            Assert.Null(partProblem);
            Assert.True(upscale.ExitCode == 0, "venice image upscale failed:\n" + upscale.Output);
            Assert.Equal(upscaled, await File.ReadAllBytesAsync(bigger));
            Assert.DoesNotContain(CliRunner.ApiKey, chat.Output + generate.Output + upscale.Output);
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

        private static async Task<ProcessResult> RunProcessAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
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
            start.Environment.Remove("VENICE_API_KEY");
            start.Environment.Remove("VENICE_BASE_URL");

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
