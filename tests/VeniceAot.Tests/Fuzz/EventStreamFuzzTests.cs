using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Chat;
using VeniceAot.Http;
using VeniceAot.Json;
using VeniceAot.Responses;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Fuzz
{
    /// <summary>
    /// <see cref="ApiConnection.StreamAsync{T}"/> over arbitrary <c>text/event-stream</c> bodies served from memory:
    /// random bytes, mutated valid streams, and streams composed of valid, mutated and random events with random
    /// line endings, comments, <c>event:</c>/<c>id:</c>/<c>retry:</c> fields and a <c>[DONE]</c> that may be missing.
    /// </summary>
    /// <remarks>
    /// Allowed outcomes: the stream ends cleanly (at <c>[DONE]</c> or a terminal payload), or it throws
    /// <see cref="VeniceStreamTruncatedException"/> (it ended before an end marker), <see cref="VeniceApiException"/>
    /// (an error event), or <see cref="JsonException"/> (an event whose data is not valid JSON for the payload type:
    /// the serializer's error surfaces as is, and the stream cannot go on). Every yielded payload is non-null, and
    /// nothing is yielded after an end marker.
    /// </remarks>
    public sealed class EventStreamFuzzTests(ITestOutputHelper output)
    {
        public const int TargetCount = 2;

        private static readonly string[] SseTokens =
        [
            "data: ", "data:", "data", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "[DONE]", "data: [DONE]\n\n", "data: [DONE]", ": keep-alive\n\n",
            "event: error\n", "event: message\n", "id: 7\n", "id: \0\n", "retry: 99999999999999999999\n", "retry: -1\n", "data:  \n\n",
            "\"error\":", "{\"error\":{\"message\":\"m\",\"code\":\"c\"}}", "{\"error\":null}", "{\"error\":\"", "\uFEFF",
        ];

        private static readonly string[] ChatEvents =
        [
            """{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"He"},"finish_reason":null}]}""",
            """{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"llo","tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]},"finish_reason":"stop","stop_reason":2}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}""",
            """{"error":"Rate limit exceeded","code":"RATE_LIMIT"}""",
        ];

        private static readonly string[] ResponseEvents =
        [
            """{"type":"response.created","sequence_number":0,"response":{"id":"resp_1","status":"in_progress","output":[]}}""",
            """{"type":"response.output_text.delta","sequence_number":1,"item_id":"m","output_index":0,"content_index":0,"delta":"Hi"}""",
            """{"type":"response.output_item.done","sequence_number":2,"item":{"type":"message","id":"m","role":"assistant","content":[{"type":"output_text","text":"Hi"}]}}""",
            """{"type":"response.completed","sequence_number":3,"response":{"id":"resp_1","status":"completed","output":[]}}""",
            """{"type":"error","code":"server_error","message":"boom"}""",
        ];

        [Fact]
        public Task Chat_chunk_stream_survives_arbitrary_bytes() =>
            Run("sse-chat", ChatJsonContext.Default.ChatCompletionChunk, ChatEvents, chunk => _ = chunk.Choices?.Count);

        [Fact]
        public Task Responses_event_stream_survives_arbitrary_bytes() =>
            Run("sse-responses", ResponsesJsonContext.Default.ResponseStreamEvent, ResponseEvents, e =>
            {
                _ = e.Delta;
                _ = e.Item?.Type.ToString();
                _ = e.Response?.Status;
            });

        private async Task Run<T>(string name, JsonTypeInfo<T> info, string[] events, Action<T> probe)
        {
            byte[][] payloads = events.Select(Encoding.UTF8.GetBytes).ToArray();
            byte[][] streams =
            [
                Stream(events.Take(events.Length - 1), "\n", done: true),
                Stream(events.Take(events.Length - 1), "\r\n", done: true),
                Stream(events, "\n", done: false),
                Encoding.UTF8.GetBytes(": hello\n\nevent: message\nid: 1\nretry: 1000\ndata: " + events[0] + "\n\ndata: [DONE]\n\n"),
                Encoding.UTF8.GetBytes("data: " + events[0][..(events[0].Length / 2)] + "\ndata: " + events[0][(events[0].Length / 2)..] + "\n\ndata: [DONE]\n\n"),
            ];
            int synchronousCases = 0, cases = 0;

            var runner = new FuzzRunner(name, output) { AllocationPerByte = 128 };
            await runner.RunAsync(
                random => random.Next(3) switch
                {
                    0 => new Mutator(random, streams, SseTokens).Next(),
                    1 => Compose(random, payloads),
                    _ => Compose(random, payloads, mutateEvents: true),
                },
                input =>
                {
                    bool synchronous = true;
                    try
                    {
                        Consume(input, info, probe, ref synchronous);
                    }
                    finally
                    {
                        cases++;
                        synchronousCases += synchronous ? 1 : 0;
                    }
                },
                ex => ex is VeniceStreamTruncatedException or VeniceApiException or JsonException);

            // Allocation is counted on the test thread, which holds only if the in-memory stream never hopped threads.
            output.WriteLine($"{name}: {synchronousCases} of {cases} cases completed synchronously on the test thread");
        }

        private static void Consume<T>(byte[] body, JsonTypeInfo<T> info, Action<T> probe, ref bool synchronous)
        {
            var handler = new InMemoryHandler(HttpStatusCode.OK, "text/event-stream", body, declareLength: body.Length % 2 == 0);
            using ApiConnection connection = handler.Connect();
            HttpRequestMessage request = connection.CreateRequest(HttpMethod.Post, InMemoryHandler.Endpoint);
            IAsyncEnumerator<T> events = connection.StreamAsync(request, info, CancellationToken.None).GetAsyncEnumerator();
            try
            {
                bool ended = false;
                while (InMemoryHandler.Wait(events.MoveNextAsync(), ref synchronous))
                {
                    ErrorBodyFuzzTests.Require(!ended, "an item came after the stream ended");
                    ErrorBodyFuzzTests.Require(events.Current is not null, "a null payload was yielded");
                    probe(events.Current);
                    ended = events.Current is IEventStreamTerminal { IsTerminal: true };
                }
            }
            finally
            {
                ValueTask dispose = events.DisposeAsync();
                synchronous &= dispose.IsCompleted;
                dispose.AsTask().GetAwaiter().GetResult();
            }
        }

        private static byte[] Stream(IEnumerable<string> events, string newline, bool done)
        {
            var text = new StringBuilder();
            foreach (string e in events)
            {
                text.Append("data: ").Append(e).Append(newline).Append(newline);
            }

            if (done)
            {
                text.Append("data: [DONE]").Append(newline).Append(newline);
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }

        /// <summary>A stream of 0–12 events: valid, mutated or random payloads, random framing, maybe an end marker.</summary>
        private static byte[] Compose(Random random, byte[][] payloads, bool mutateEvents = false)
        {
            string[] newlines = ["\n", "\r\n", "\r"];
            var mutator = new Mutator(random, payloads, SseTokens);
            var body = new List<byte>();
            int count = random.Next(13);
            for (int i = 0; i < count; i++)
            {
                string newline = newlines[random.Next(newlines.Length)];
                switch (random.Next(8))
                {
                    case 0:
                        body.AddRange(Encoding.UTF8.GetBytes(": comment" + newline));
                        break;
                    case 1:
                        body.AddRange(Encoding.UTF8.GetBytes("event: " + (random.Next(2) == 0 ? "error" : "delta") + newline + "id: " + i + newline));
                        break;
                    case 2:
                        body.AddRange(Encoding.UTF8.GetBytes("retry: " + random.Next() + newline));
                        break;
                    default:
                        break;
                }

                byte[] payload = mutateEvents && random.Next(3) == 0 ? mutator.Next() : mutator.Seed();
                body.AddRange("data: "u8.ToArray());
                body.AddRange(payload);
                body.AddRange(Encoding.UTF8.GetBytes(newline + (random.Next(10) == 0 ? string.Empty : newline)));
            }

            if (random.Next(4) > 0)
            {
                body.AddRange(random.Next(5) == 0 ? "data:[DONE]\r\n\r\n"u8.ToArray() : "data: [DONE]\n\n"u8.ToArray());
            }

            if (random.Next(6) == 0)
            {
                body.AddRange(mutator.Token());
            }

            return body.ToArray();
        }
    }
}
