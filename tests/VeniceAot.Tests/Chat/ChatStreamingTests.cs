using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Chat;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Chat
{
    /// <summary>Streaming <c>POST /chat/completions</c>: SSE chunks, folding, errors, truncation and cancellation.</summary>
    public sealed class ChatStreamingTests
    {
        private static readonly ChatCompletionRequest Request = new() { Model = "m", Messages = [ChatMessage.User("Hi")] };

        private static string Chunk(string choices, string extra = "") =>
            $$"""{"id":"chatcmpl-s","object":"chat.completion.chunk","created":1700000000,"model":"m","choices":[{{choices}}]{{extra}}}""";

        private static async Task<List<ChatCompletionChunk>> ReadAllAsync(IAsyncEnumerable<ChatCompletionChunk> stream)
        {
            var chunks = new List<ChatCompletionChunk>();
            await foreach (ChatCompletionChunk chunk in stream)
            {
                chunks.Add(chunk);
            }

            return chunks;
        }

        [Fact]
        public async Task Stream_sends_stream_true_even_if_the_request_did_not_and_yields_content()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
            [
                Chunk("""{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}"""),
                Chunk("""{"index":0,"delta":{"content":"Hel"},"finish_reason":null}"""),
                Chunk("""{"index":0,"delta":{"content":"lo"},"finish_reason":null}"""),
                Chunk("""{"index":0,"delta":{},"finish_reason":"stop","stop_reason":null}"""),
            ]));
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            List<ChatCompletionChunk> chunks = await ReadAllAsync(client.Chat.StreamAsync(Request));

            RecordedRequest request = server.LastRequest;
            Assert.Equal("/api/v1/chat/completions", request.RawPath);
            Assert.Equal("text/event-stream", request.Header("Accept"));
            Assert.Equal("""{"model":"m","messages":[{"role":"user","content":"Hi"}],"stream":true}""", request.BodyText);
            Assert.Null(Request.Stream);
            Assert.Equal(4, chunks.Count);
            Assert.Equal(ChatObjectType.ChatCompletionChunk, chunks[0].Object);
            Assert.Equal(ChatRole.Assistant, chunks[0].Choices[0].Delta!.Role);
            Assert.Equal(["", "Hel", "lo", null], chunks.ConvertAll(c => c.Choices[0].Delta!.Content));
            Assert.Null(chunks[2].Choices[0].FinishReason);
            Assert.Equal(ChatFinishReason.Stop, chunks[3].Choices[0].FinishReason);

            var accumulator = new ChatCompletionAccumulator();
            chunks.ForEach(accumulator.Append);
            ChatCompletion completion = accumulator.ToCompletion();
            Assert.Equal(4, accumulator.ChunkCount);
            Assert.Equal(("chatcmpl-s", "m", 1700000000L), (completion.Id, completion.Model, completion.Created));
            Assert.Equal(ChatObjectType.ChatCompletion, completion.Object);
            Assert.Equal("Hello", completion.GetText());
            Assert.Equal(ChatFinishReason.Stop, Assert.Single(completion.Choices).FinishReason);
        }

        [Fact]
        public async Task Stream_keeps_options_of_a_request_that_already_streams()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context, []));
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            await ReadAllAsync(client.Chat.StreamAsync(Request with { Stream = true, StreamOptions = new ChatStreamOptions { IncludeUsage = true } }));

            Assert.Equal(
                """{"model":"m","messages":[{"role":"user","content":"Hi"}],"stream":true,"stream_options":{"include_usage":true}}""",
                server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Reasoning_then_content_is_folded_into_separate_fields()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
            [
                Chunk("""{"index":0,"delta":{"role":"assistant","reasoning_content":"The user "}}"""),
                Chunk("""{"index":0,"delta":{"reasoning_content":"greets me."}}"""),
                Chunk("""{"index":0,"delta":{"content":"Hi"}}"""),
                Chunk("""{"index":0,"delta":{"content":"!"},"finish_reason":"stop"}"""),
            ]));
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            var order = new List<string>();
            var accumulator = new ChatCompletionAccumulator();
            await foreach (ChatCompletionChunk chunk in client.Chat.StreamAsync(Request))
            {
                ChatDelta delta = chunk.Choices[0].Delta!;
                order.Add(delta.ReasoningContent is not null ? "reasoning" : "content");
                accumulator.Append(chunk);
            }

            Assert.Equal(["reasoning", "reasoning", "content", "content"], order);
            ChatAssistantMessage message = Assert.IsType<ChatAssistantMessage>(accumulator.ToCompletion().Choices[0].Message);
            Assert.Equal("The user greets me.", message.ReasoningContent);
            Assert.Equal("Hi!", message.Content!.Text);
        }

        [Fact]
        public async Task Tool_call_fragments_are_joined_by_index()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
            [
                Chunk("""{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"weather","arguments":""}}]}}"""),
                Chunk("""{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"ci"}}]}}"""),
                Chunk("""{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"time","arguments":"{\"tz\":"}}]}}"""),
                Chunk("""{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ty\":\"Rome\"}"}}]}}"""),
                Chunk("""{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"\"CET\"}"}}]}}"""),
                Chunk("""{"index":0,"delta":{},"finish_reason":"tool_calls"}"""),
            ]));
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            ChatCompletion completion = await client.Chat.StreamAsync(Request).ToCompletionAsync();

            ChatChoice choice = Assert.Single(completion.Choices);
            Assert.Equal(ChatFinishReason.ToolCalls, choice.FinishReason);
            ChatAssistantMessage message = Assert.IsType<ChatAssistantMessage>(choice.Message);
            Assert.Null(message.Content);
            Assert.Collection(
                message.ToolCalls!,
                call =>
                {
                    Assert.Equal(("call_a", "function", "weather"), (call.Id, call.Type, call.Function!.Name));
                    Assert.Equal("Rome", JsonDocument.Parse(call.Function.Arguments!).RootElement.GetProperty("city").GetString());
                },
                call =>
                {
                    Assert.Equal(("call_b", "function", "time"), (call.Id, call.Type, call.Function!.Name));
                    Assert.Equal("""{"tz":"CET"}""", call.Function.Arguments);
                });
        }

        [Fact]
        public async Task Usage_on_the_last_chunk_and_citations_on_the_first_are_kept()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
            [
                Chunk(
                    """{"index":0,"delta":{"role":"assistant","content":"Blue"}}""",
                    ""","venice_parameters":{"enable_web_search":"on","web_search_citations":[{"title":"Sky","url":"https://example.test/sky","content":"Rayleigh"}]}"""),
                Chunk("""{"index":0,"delta":{"content":"."},"finish_reason":"stop"}"""),
                Chunk(string.Empty, ""","usage":{"prompt_tokens":10,"completion_tokens":2,"total_tokens":12,"prompt_tokens_details":{"cached_tokens":8,"cache_creation_input_tokens":2},"completion_tokens_details":{"reasoning_tokens":0}}"""),
            ]));
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            List<ChatCompletionChunk> chunks = await ReadAllAsync(client.Chat.StreamAsync(Request with { StreamOptions = new ChatStreamOptions { IncludeUsage = true } }));

            Assert.Contains("\"stream_options\":{\"include_usage\":true}", server.LastRequest.BodyText, StringComparison.Ordinal);
            Assert.Empty(chunks[2].Choices);
            Assert.Equal(12, chunks[2].Usage!.TotalTokens);
            Assert.Equal("Sky", chunks[0].VeniceParameters!.WebSearchCitations![0].Title);

            var accumulator = new ChatCompletionAccumulator();
            chunks.ForEach(accumulator.Append);
            ChatCompletion completion = accumulator.ToCompletion();
            Assert.Equal("Blue.", completion.GetText());
            Assert.Equal((10, 2, 12), (completion.Usage!.PromptTokens, completion.Usage.CompletionTokens, completion.Usage.TotalTokens));
            Assert.Equal((8, 2), (completion.Usage.PromptTokensDetails!.CachedTokens, completion.Usage.PromptTokensDetails.CacheCreationInputTokens));
            Assert.Equal(0, completion.Usage.CompletionTokensDetails!.ReasoningTokens);
            Assert.Equal(ChatWebSearchMode.On, completion.VeniceParameters!.EnableWebSearch);
            Assert.Equal("https://example.test/sky", Assert.Single(completion.VeniceParameters.WebSearchCitations!).Url);
        }

        [Fact]
        public async Task Error_event_mid_stream_throws_VeniceApiException_with_venice_message()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
            [
                Chunk("""{"index":0,"delta":{"content":"Par"}}"""),
                """{"error":{"message":"Inference failed upstream","type":"server_error","code":"INFERENCE_FAILED"}}""",
            ], done: false));
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            var received = new List<string?>();
            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(async () =>
            {
                await foreach (ChatCompletionChunk chunk in client.Chat.StreamAsync(Request))
                {
                    received.Add(chunk.Choices[0].Delta!.Content);
                }
            });

            Assert.Equal(["Par"], received);
            Assert.Equal("Inference failed upstream", error.Error);
            Assert.Equal("INFERENCE_FAILED", error.ErrorCode);
            Assert.Contains("Inference failed upstream", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Stream_without_done_throws_VeniceStreamTruncatedException()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
            [
                Chunk("""{"index":0,"delta":{"content":"a"}}"""),
                Chunk("""{"index":0,"delta":{"content":"b"}}"""),
            ], done: false));
            using VeniceClient client = ChatTestSupport.ClientFor(server);

            VeniceStreamTruncatedException error = await Assert.ThrowsAsync<VeniceStreamTruncatedException>(() => client.Chat.StreamAsync(Request).ToCompletionAsync());

            Assert.Equal(2, error.ItemsReceived);
        }

        [Fact]
        public async Task Cancelling_mid_stream_ends_enumeration_promptly()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
                [Chunk("""{"index":0,"delta":{"content":"first"}}""")], done: false, holdOpen: true));
            using VeniceClient client = ChatTestSupport.ClientFor(server);
            using var cts = new CancellationTokenSource();
            var received = new List<string?>();
            var sinceCancel = new Stopwatch();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (ChatCompletionChunk chunk in client.Chat.StreamAsync(Request, cts.Token))
                {
                    received.Add(chunk.Choices[0].Delta!.Content);
                    sinceCancel.Start();
                    cts.Cancel();
                }
            }).WaitAsync(TimeSpan.FromSeconds(10));
            sinceCancel.Stop();

            Assert.Equal(["first"], received);
            Assert.True(sinceCancel.Elapsed < TimeSpan.FromSeconds(2), $"Enumeration ended {sinceCancel.Elapsed} after cancelling.");
        }

        [Fact]
        public async Task Cancelling_through_WithCancellation_also_ends_enumeration()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
                [Chunk("""{"index":0,"delta":{"content":"first"}}""")], done: false, holdOpen: true));
            using VeniceClient client = ChatTestSupport.ClientFor(server);
            using var cts = new CancellationTokenSource();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (ChatCompletionChunk chunk in client.Chat.StreamAsync(Request).WithCancellation(cts.Token))
                {
                    cts.Cancel();
                }
            }).WaitAsync(TimeSpan.FromSeconds(10));
        }

        [Fact]
        public void Accumulator_handles_several_choices_and_repeated_tool_names()
        {
            var accumulator = new ChatCompletionAccumulator();
            accumulator.Append(Deserialize(Chunk("""{"index":1,"delta":{"content":"B"}},{"index":0,"delta":{"content":"A"}}""")));
            accumulator.Append(Deserialize(Chunk("""{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c","function":{"name":"f","arguments":"{"}}]}}""")));
            accumulator.Append(Deserialize(Chunk("""{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"name":"f","arguments":"}"}}]},"finish_reason":"tool_calls"},{"index":1,"delta":{"content":"b"},"finish_reason":"length"}""")));

            ChatCompletion completion = accumulator.ToCompletion();

            Assert.Equal([0, 1], completion.Choices.ConvertAll(c => c.Index));
            ChatAssistantMessage first = Assert.IsType<ChatAssistantMessage>(completion.Choices[0].Message);
            Assert.Equal("A", first.Content!.Text);
            ChatToolCall call = Assert.Single(first.ToolCalls!);
            Assert.Equal(("c", "function", "f", "{}"), (call.Id, call.Type, call.Function!.Name, call.Function.Arguments));
            Assert.Equal(ChatFinishReason.Length, completion.Choices[1].FinishReason);
            Assert.Equal("Bb", Assert.IsType<ChatAssistantMessage>(completion.Choices[1].Message).Content!.Text);
        }

        private static ChatCompletionChunk Deserialize(string json) =>
            JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), VeniceAot.Chat.ChatJsonContext.Default.ChatCompletionChunk)!;
    }
}
