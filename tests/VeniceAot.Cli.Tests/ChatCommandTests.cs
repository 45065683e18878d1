using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice chat</c> in-process: what was streamed where, and the exact request the server saw.</summary>
    public sealed class ChatCommandTests
    {
        private static readonly Dictionary<string, string?> NoEnvironment = new();

        private static string DemoReply(string prompt) =>
            $"This answer comes from the VeniceAot demo server, not a model. You asked: \"{prompt}\". Set VENICE_API_KEY to talk to the real API.";

        private static string Chunk(string? content = null, string? reasoning = null, string? finish = null)
        {
            var delta = new JsonObject();
            if (content is not null)
            {
                delta["content"] = content;
            }

            if (reasoning is not null)
            {
                delta["reasoning_content"] = reasoning;
            }

            var choice = new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish };
            return new JsonObject { ["id"] = "chatcmpl-t", ["object"] = "chat.completion.chunk", ["created"] = 1727966436, ["model"] = "m", ["choices"] = new JsonArray(choice) }.ToJsonString();
        }

        private static Task<LoopbackServer> StreamServer(IEnumerable<string> events, bool done = true, bool holdOpen = false) =>
            LoopbackServer.StartAsync((_, context) => Respond.EventStream(context, events, done, holdOpen));

        [Fact]
        public async Task Streams_the_demo_answer_to_stdout_and_sends_a_streaming_request_with_the_default_model()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "chat", "Why", "is", "the", "sky", "blue?");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(DemoReply("Why is the sky blue?") + "\n", result.Stdout.Replace("\r\n", "\n"));
            Assert.Equal(string.Empty, result.Stderr);
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/chat/completions", request.RawPath);
            Assert.Equal("Bearer " + ApiKey, request.Header("Authorization"));
            using JsonDocument body = request.BodyJson();
            Assert.Equal("venice-uncensored", body.RootElement.GetProperty("model").GetString());
            Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
            JsonElement message = Assert.Single(body.RootElement.GetProperty("messages").EnumerateArray());
            Assert.Equal("user", message.GetProperty("role").GetString());
            Assert.Equal("Why is the sky blue?", message.GetProperty("content").GetString());
            Assert.False(body.RootElement.TryGetProperty("venice_parameters", out _), "no flag, no venice_parameters");
        }

        [Fact]
        public async Task Each_token_is_written_and_flushed_as_it_arrives_in_order()
        {
            await using LoopbackServer server = await StreamServer([Chunk(content: "Hel"), Chunk(content: "lo"), Chunk(content: " world"), Chunk(finish: "stop")]);
            var stdout = new FlushRecordingWriter();

            CliResult result = await RunAsync(stdout, new StringWriter(), CliInput.None, NoEnvironment, CancellationToken.None,
                "chat", "hi", "--api-key", ApiKey, "--base-url", server.BaseAddress.ToString());

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("Hello world\n", result.Stdout.Replace("\r\n", "\n"));
            string[] flushed = stdout.Snapshots.Distinct().Select(s => s.Replace("\r\n", "\n")).ToArray();
            Assert.Equal(["Hel", "Hello", "Hello world", "Hello world\n"], flushed);
        }

        [Fact]
        public async Task Dash_reads_the_prompt_from_stdin()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstWithInputAsync(server.BaseAddress, new CliInput(new StringReader("What is 2+2?\nShow your work.\n"), isRedirected: false), "chat", "-");

            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.Equal("What is 2+2?\nShow your work.", body.RootElement.GetProperty("messages")[0].GetProperty("content").GetString());
            Assert.Contains("You asked: \"What is 2+2?\nShow your work.\"", result.Stdout.Replace("\r\n", "\n"));
        }

        [Fact]
        public async Task No_prompt_with_redirected_stdin_reads_stdin()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstWithInputAsync(server.BaseAddress, new CliInput(new StringReader("piped prompt"), isRedirected: true), "chat");

            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.Equal("piped prompt", body.RootElement.GetProperty("messages")[0].GetProperty("content").GetString());
        }

        [Fact]
        public async Task No_prompt_at_a_terminal_is_a_usage_error_and_sends_nothing()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");

            CliResult result = await RunAgainstWithInputAsync(server.BaseAddress, new CliInput(new StringReader("not read"), isRedirected: false), "chat");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.StartsWith("error: no prompt", result.Stderr);
            Assert.Contains("venice chat --help", result.Stderr);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Empty_stdin_is_a_usage_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");

            CliResult result = await RunAgainstWithInputAsync(server.BaseAddress, new CliInput(new StringReader("  \n"), isRedirected: true), "chat", "-");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("stdin is empty", result.Stderr);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Reasoning_goes_to_stderr_only_with_the_flag()
        {
            string[] events = [Chunk(reasoning: "Let me"), Chunk(reasoning: " think."), Chunk(content: "4"), Chunk(content: "2"), Chunk(finish: "stop")];
            await using LoopbackServer server = await StreamServer(events);

            CliResult shown = await RunAgainstAsync(server.BaseAddress, "chat", "--reasoning", "meaning of life?");
            CliResult hidden = await RunAgainstAsync(server.BaseAddress, "chat", "meaning of life?");

            Assert.True(shown.ExitCode == 0, shown.ToString());
            Assert.Equal("42\n", shown.Stdout.Replace("\r\n", "\n"));
            Assert.Equal("Let me think.\n", shown.Stderr.Replace("\r\n", "\n"));
            Assert.True(hidden.ExitCode == 0, hidden.ToString());
            Assert.Equal("42\n", hidden.Stdout.Replace("\r\n", "\n"));
            Assert.Equal(string.Empty, hidden.Stderr);
        }

        [Fact]
        public async Task No_stream_prints_the_answer_and_reasoning_only_with_the_flag()
        {
            const string answer = """
                {"id":"c1","object":"chat.completion","created":1,"model":"qwen3-4b","choices":[{"index":0,"message":{"role":"assistant","content":"Paris.","reasoning_content":"The capital of France is Paris."},"finish_reason":"stop"}]}
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, answer);

            CliResult shown = await RunAgainstAsync(server.BaseAddress, "chat", "--no-stream", "--reasoning", "Capital of France?");
            CliResult hidden = await RunAgainstAsync(server.BaseAddress, "chat", "--no-stream", "Capital of France?");

            Assert.True(shown.ExitCode == 0, shown.ToString());
            Assert.Equal("Paris.\n", shown.Stdout.Replace("\r\n", "\n"));
            Assert.Equal("The capital of France is Paris.\n", shown.Stderr.Replace("\r\n", "\n"));
            Assert.Equal("Paris.\n", hidden.Stdout.Replace("\r\n", "\n"));
            Assert.Equal(string.Empty, hidden.Stderr);
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.False(body.RootElement.GetProperty("stream").GetBoolean());
        }

        [Fact]
        public async Task No_stream_json_prints_only_json_equal_to_the_response()
        {
            const string answer = """
                {"id":"chatcmpl-1","object":"chat.completion","created":1727966436,"model":"venice-uncensored",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"Hi there","reasoning_content":null,"tool_calls":[]},"finish_reason":"stop","logprobs":null,"stop_reason":null}],
                 "usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5},"cost":{"usd":0.00001,"diem":0},"future_field":{"kept":true}}
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, answer);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "chat", "--no-stream", "--json", "hello");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
            JsonNode printed = JsonNode.Parse(result.Stdout)!;
            JsonNode expected = JsonNode.Parse(answer)!;
            Assert.True(JsonNode.DeepEquals(WithoutNulls(expected), WithoutNulls(printed)), "printed:\n" + result.Stdout);
        }

        [Fact]
        public async Task Streaming_json_prints_the_folded_completion_with_usage()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "--json", "chat", "fold me");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            JsonElement choice = Assert.Single(json.RootElement.GetProperty("choices").EnumerateArray());
            Assert.Equal(DemoReply("fold me"), choice.GetProperty("message").GetProperty("content").GetString());
            Assert.Equal("assistant", choice.GetProperty("message").GetProperty("role").GetString());
            Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
            Assert.StartsWith("chatcmpl-demo", json.RootElement.GetProperty("id").GetString());
            Assert.True(json.RootElement.GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
            Assert.True(body.RootElement.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        }

        [Theory]
        [InlineData("on")]
        [InlineData("auto")]
        [InlineData("off")]
        public async Task Web_search_system_prompt_and_model_end_up_in_the_request_body(string mode)
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "chat", "--web-search", mode, "--system", "Be brief.", "-m", "qwen3-4b", "news?");

            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.Equal(mode, body.RootElement.GetProperty("venice_parameters").GetProperty("enable_web_search").GetString());
            Assert.Equal("qwen3-4b", body.RootElement.GetProperty("model").GetString());
            JsonElement[] messages = body.RootElement.GetProperty("messages").EnumerateArray().ToArray();
            Assert.Equal(2, messages.Length);
            Assert.Equal("system", messages[0].GetProperty("role").GetString());
            Assert.Equal("Be brief.", messages[0].GetProperty("content").GetString());
            Assert.Equal("user", messages[1].GetProperty("role").GetString());
            Assert.Equal("news?", messages[1].GetProperty("content").GetString());
        }

        [Fact]
        public async Task Error_event_mid_stream_keeps_the_partial_answer_and_exits_1_with_the_message_on_stderr()
        {
            // The server even echoes the caller's key: it must be masked.
            string error = new JsonObject { ["error"] = "Model overloaded for key " + ApiKey }.ToJsonString();
            await using LoopbackServer server = await StreamServer([Chunk(content: "Partial"), Chunk(content: " answer"), error], done: false);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "chat", "go");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("Partial answer\n", result.Stdout.Replace("\r\n", "\n"));
            Assert.Equal("error: the stream reported an error: Model overloaded for key ***", Lines(result.Stderr)[0]);
        }

        [Fact]
        public async Task Stream_cut_off_without_done_exits_1()
        {
            await using LoopbackServer server = await StreamServer([Chunk(content: "Half")], done: false);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "chat", "go");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("Half\n", result.Stdout.Replace("\r\n", "\n"));
            Assert.StartsWith("error: ", result.Stderr);
        }

        [Fact]
        public async Task Ctrl_c_mid_stream_exits_130_after_ending_the_partial_line()
        {
            await using LoopbackServer server = await StreamServer([Chunk(content: "Once upon")], done: false, holdOpen: true);
            using var cancellation = new CancellationTokenSource();
            var stdout = new FlushRecordingWriter { OnFlush = text => { if (text.Length > 0) cancellation.Cancel(); } };

            CliResult result = await RunAsync(stdout, new StringWriter(), CliInput.None, NoEnvironment, cancellation.Token,
                "chat", "tell a story", "--api-key", ApiKey, "--base-url", server.BaseAddress.ToString());

            Assert.Equal(130, result.ExitCode);
            Assert.Equal("Once upon\n", result.Stdout.Replace("\r\n", "\n"));
            Assert.Equal("Cancelled.", result.Stderr.Trim());
        }

        [Theory]
        [InlineData("chat", "--web-search", "sometimes", "hi")]
        [InlineData("chat", "-m")]
        [InlineData("chat", "--bogus", "hi")]
        [InlineData("chat", "two", "-")]
        public async Task Bad_chat_command_lines_exit_2_and_send_nothing(params string[] args)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");

            CliResult result = await RunAgainstAsync(server.BaseAddress, args);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal(string.Empty, result.Stdout);
            Assert.StartsWith("error: ", result.Stderr);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Words_after_double_dash_are_prompt_even_when_they_start_with_a_dash()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);

            var environment = new Dictionary<string, string?> { ["VENICE_API_KEY"] = ApiKey, ["VENICE_BASE_URL"] = server.BaseAddress.ToString() };
            CliResult result = await RunAsync(environment, CancellationToken.None, "chat", "--", "-5", "degrees?");

            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.Equal("-5 degrees?", body.RootElement.GetProperty("messages")[0].GetProperty("content").GetString());
        }

        [Fact]
        public async Task Help_documents_the_default_model_and_shows_examples()
        {
            CliResult result = await RunAsync("chat", "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("venice-uncensored", result.Stdout);
            Assert.Contains("--web-search", result.Stdout);
            Assert.Contains("venice chat \"Why is the sky blue?\"", result.Stdout);
        }

        private static JsonNode? WithoutNulls(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var copy = new JsonObject();
                    foreach (KeyValuePair<string, JsonNode?> property in obj)
                    {
                        if (property.Value is not null)
                        {
                            copy[property.Key] = WithoutNulls(property.Value);
                        }
                    }

                    return copy;
                case JsonArray array:
                    return new JsonArray(array.Select(WithoutNulls).ToArray());
                default:
                    return node?.DeepClone();
            }
        }

        /// <summary>A StringWriter that records its whole text at each flush.</summary>
        private sealed class FlushRecordingWriter : StringWriter
        {
            public List<string> Snapshots { get; } = [];

            public Action<string>? OnFlush { get; init; }

            public override void Flush()
            {
                string text = ToString();
                Snapshots.Add(text);
                OnFlush?.Invoke(text);
                base.Flush();
            }
        }
    }
}
