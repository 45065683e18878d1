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
using Microsoft.AspNetCore.Http;
using VeniceAot.Testing;
using Xunit.Abstractions;

namespace VeniceAot.Extensions.AI.Tests
{
    /// <summary>
    /// The Native AOT proof of the adapter: <c>dotnet publish</c> of tests/VeniceAot.Extensions.AI.AotSample (Release,
    /// linux-x64, a temp folder with its own artifacts path) prints no warning at all, and the native binary then runs a chat,
    /// a streamed chat and a FunctionInvokingChatClient tool round trip against a loopback server. Set
    /// <c>VENICE_SKIP_AOT_PUBLISH=1</c> to skip it (it takes minutes).
    /// </summary>
    public sealed partial class AotSamplePublishTests(ITestOutputHelper output)
    {
        private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(18);

        [Fact(Timeout = 20 * 60 * 1000)]
        public async Task Published_sample_has_no_trim_or_aot_warnings_and_chats_streams_and_calls_a_tool()
        {
            if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("VENICE_SKIP_AOT_PUBLISH") == "1")
            {
                output.WriteLine("Skipped: the AOT publish proof runs on linux-x64 only and when VENICE_SKIP_AOT_PUBLISH is not 1.");
                return;
            }

            string repoRoot = FindRepositoryRoot();
            string work = Path.Combine(Path.GetTempPath(), "venice-meai-aot-" + Guid.NewGuid().ToString("N")[..12]);
            string publishDir = Path.Combine(work, "publish");
            try
            {
                var stopwatch = Stopwatch.StartNew();
                ProcessResult publish = await RunProcessAsync(
                    DotnetHost(),
                    ["publish", Path.Combine(repoRoot, "tests", "VeniceAot.Extensions.AI.AotSample", "VeniceAot.Extensions.AI.AotSample.csproj"),
                     "-c", "Release", "-r", "linux-x64", "-o", publishDir, "--artifacts-path", Path.Combine(work, "artifacts"), "-nologo"],
                    repoRoot,
                    null,
                    PublishTimeout);
                stopwatch.Stop();
                output.WriteLine($"dotnet publish took {stopwatch.Elapsed.TotalSeconds:0.0} s, exit {publish.ExitCode}.");
                output.WriteLine(publish.Output);

                Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + publish.Output);
                Assert.DoesNotMatch(TrimOrAotWarning(), publish.Output);
                string[] warningLines = publish.Output.Split('\n').Where(line => line.Contains("warning", StringComparison.OrdinalIgnoreCase)).ToArray();
                Assert.True(warningLines.Length == 0, "The publish printed warnings:\n" + string.Join('\n', warningLines));

                string binary = Path.Combine(publishDir, "venice-meai-sample");
                Assert.True(File.Exists(binary), "No native 'venice-meai-sample' binary in " + publishDir);
                long size = new FileInfo(binary).Length;
                string sizeLine = $"venice-meai-sample Native AOT binary (linux-x64): {size} bytes ({size / 1024d / 1024d:0.00} MiB); publish took {stopwatch.Elapsed.TotalSeconds:0} s";
                output.WriteLine(sizeLine);
                Console.WriteLine(sizeLine);

                string? toolProblem = "the tool result never came back";
                await using LoopbackServer server = await LoopbackServer.StartAsync(async (recorded, context) =>
                {
                    using JsonDocument body = recorded.BodyJson();
                    JsonElement root = body.RootElement;
                    JsonElement messages = root.GetProperty("messages");
                    if (root.TryGetProperty("stream", out JsonElement stream) && stream.GetBoolean())
                    {
                        await Respond.EventStream(context,
                        [
                            """{"id":"s1","model":"venice-uncensored","created":1,"choices":[{"index":0,"delta":{"role":"assistant","content":"Streamed "}}]}""",
                            """{"id":"s1","model":"venice-uncensored","created":1,"choices":[{"index":0,"delta":{"content":"hello."},"finish_reason":"stop"}]}""",
                            """{"id":"s1","model":"venice-uncensored","created":1,"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}""",
                        ]);
                    }
                    else if (messages[messages.GetArrayLength() - 1].GetProperty("role").GetString() == "tool")
                    {
                        JsonElement result = messages[messages.GetArrayLength() - 1];
                        toolProblem = result.GetProperty("tool_call_id").GetString() != "call_w" ? "call id " + result.GetRawText()
                            : result.GetProperty("content").GetString() != "Sunny in Paris" ? "content " + result.GetRawText()
                            : null;
                        await Completion(context, "It is sunny in Paris.", null);
                    }
                    else if (root.TryGetProperty("tools", out JsonElement tools))
                    {
                        JsonElement function = tools[0].GetProperty("function");
                        toolProblem = function.GetProperty("name").GetString() != "get_weather" ? "tool " + function.GetRawText()
                            : function.GetProperty("parameters").GetProperty("properties").GetProperty("city").GetProperty("type").GetString() != "string" ? "schema " + function.GetRawText()
                            : "the tool result never came back";
                        await Completion(context, null, """[{"id":"call_w","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]""");
                    }
                    else
                    {
                        await Completion(context, "Hello from loopback.", null);
                    }
                });

                ProcessResult run = await RunProcessAsync(
                    binary,
                    [],
                    work,
                    new Dictionary<string, string> { ["VENICE_BASE_URL"] = server.BaseAddress.ToString(), ["VENICE_API_KEY"] = Harness.Key },
                    TimeSpan.FromSeconds(60));
                output.WriteLine(run.Output);

                Assert.True(run.ExitCode == 0, "The native sample failed:\n" + run.Output);
                Assert.Equal(string.Empty, run.Stderr);
                Assert.Equal(
                    [
                        "provider: venice venice-uncensored",
                        "chat: Hello from loopback. [in=5 out=4 finish=stop]",
                        "stream: Streamed hello. [finish=stop]",
                        "tool: It is sunny in Paris.",
                    ],
                    run.Stdout.TrimEnd('\n').Split('\n'));
                Assert.Null(toolProblem);
                Assert.Equal(4, server.Requests.Count); // chat, stream, and the tool call plus the answer to its result
                Assert.All(server.Requests, r => Assert.Equal("Bearer " + Harness.Key, r.Header("Authorization")));
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

        private static Task Completion(HttpContext context, string? text, string? toolCalls)
        {
            string content = text is null ? "null" : JsonSerializer.Serialize(text);
            string calls = toolCalls is null ? string.Empty : ",\"tool_calls\":" + toolCalls;
            string finish = toolCalls is null ? "stop" : "tool_calls";
            return Respond.Json(context, 200,
                "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"venice-uncensored\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + content + calls + "},\"finish_reason\":\"" + finish + "\"}],"
                + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":4,\"total_tokens\":9}}");
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

        private static async Task<ProcessResult> RunProcessAsync(
            string fileName,
            IEnumerable<string> arguments,
            string workingDirectory,
            IReadOnlyDictionary<string, string>? environment,
            TimeSpan timeout)
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
            if (environment is not null)
            {
                foreach (KeyValuePair<string, string> variable in environment)
                {
                    start.Environment[variable.Key] = variable.Value;
                }
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
