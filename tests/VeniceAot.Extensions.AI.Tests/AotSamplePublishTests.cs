using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
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
    public sealed class AotSamplePublishTests(ITestOutputHelper output)
    {
        private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(18);

        [Fact(Timeout = 20 * 60 * 1000)]
        public async Task Published_sample_has_no_trim_or_aot_warnings_and_chats_streams_and_calls_a_tool()
        {
            if (NativeAotPublisher.SkipProof(output.WriteLine))
            {
                return;
            }

            using ScratchFolder work = ScratchFolder.Create("venice-meai-aot-");
            NativeAotPublish publish = await NativeAotPublisher.PublishProjectAsync(
                Path.Combine("tests", "VeniceAot.Extensions.AI.AotSample", "VeniceAot.Extensions.AI.AotSample.csproj"), "venice-meai-sample", work.Path, PublishTimeout, output.WriteLine);
            Assert.True(publish.Problem is null, publish.Problem);
            Console.WriteLine(publish.Summary);
            string binary = publish.Binary;

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

            ProcessResult run = await ProcessRunner.RunAsync(
                binary,
                [],
                work.Path,
                TimeSpan.FromSeconds(60),
                new Dictionary<string, string> { ["VENICE_BASE_URL"] = server.BaseAddress.ToString(), ["VENICE_API_KEY"] = Harness.Key });
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
    }
}
