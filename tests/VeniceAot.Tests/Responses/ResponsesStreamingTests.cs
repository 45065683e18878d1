using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Responses;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Responses
{
    /// <summary><c>POST /responses</c> with <c>stream: true</c>: the envelope, typed accessors, and every way a stream ends.</summary>
    public sealed class ResponsesStreamingTests
    {
        private static readonly (string, string) Created =
            ("response.created", """{"type":"response.created","sequence_number":0,"response":{"id":"resp_1","object":"response","created_at":1,"model":"m","status":"in_progress","output":[]}}""");

        private static readonly (string, string) ItemAdded =
            ("response.output_item.added", """{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"type":"message","id":"msg_1","status":"in_progress","role":"assistant","content":[]}}""");

        private static readonly (string, string) Delta1 =
            ("response.output_text.delta", """{"type":"response.output_text.delta","sequence_number":2,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hel"}""");

        private static readonly (string, string) Delta2 =
            ("response.output_text.delta", """{"type":"response.output_text.delta","sequence_number":3,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"lo"}""");

        private const string UnknownJson = """{"type":"response.venice.search_results","sequence_number":4,"results":[{"url":"https://example.com","score":0.9}]}""";

        private static readonly (string, string) Unknown = ("response.venice.search_results", UnknownJson);

        private static readonly (string, string) Completed =
            ("response.completed", """{"type":"response.completed","sequence_number":5,"response":{"id":"resp_1","object":"response","created_at":1,"model":"m","status":"completed","output":[{"type":"message","id":"msg_1","status":"completed","role":"assistant","content":[{"type":"output_text","text":"Hello","annotations":[]}]}],"usage":{"input_tokens":3,"output_tokens":2,"total_tokens":5}}}""");

        private static VeniceClient ClientFor(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = "k", BaseAddress = server.BaseAddress });

        private static async Task<List<ResponseStreamEvent>> CollectAsync(IAsyncEnumerable<ResponseStreamEvent> stream)
        {
            // A stream that fails to end would hang; the token turns that into a failure instead.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var events = new List<ResponseStreamEvent>();
            await foreach (ResponseStreamEvent item in stream.WithCancellation(timeout.Token))
            {
                events.Add(item);
            }

            return events;
        }

        [Fact]
        public async Task Ends_cleanly_after_response_completed_without_DONE_and_forces_stream_true()
        {
            // The server keeps the connection open after response.completed: the client must stop on its own.
            await using LoopbackServer server = await LoopbackServer.StartAsync(
                (_, context) => SseWriter.WriteAsync(context, [Created, ItemAdded, Delta1, Delta2, Unknown, Completed], done: false, holdOpen: true));
            using VeniceClient client = ClientFor(server);

            List<ResponseStreamEvent> events = await CollectAsync(client.Responses.StreamAsync(new ResponsesRequest { Model = "m", Input = "Say hello" }));

            RecordedRequest request = server.LastRequest;
            Assert.Equal("/api/v1/responses", request.RawPath);
            Assert.Equal("""{"model":"m","input":"Say hello","stream":true}""", request.BodyText);
            Assert.Equal("text/event-stream", request.Header("Accept"));

            Assert.Equal(
                ["response.created", "response.output_item.added", "response.output_text.delta", "response.output_text.delta", "response.venice.search_results", "response.completed"],
                events.Select(e => e.Type.Value));
            Assert.Equal([0L, 1, 2, 3, 4, 5], events.Select(e => e.SequenceNumber!.Value));

            Assert.Equal(ResponseStreamEventType.Created, events[0].Type);
            Assert.Equal("resp_1", events[0].Response!.Id);
            Assert.Equal(ResponseStatus.InProgress, events[0].Response!.Status);
            Assert.False(events[0].IsTerminal);

            Assert.Equal("msg_1", Assert.IsType<ResponseMessageItem>(events[1].Item).Id);
            Assert.Equal(0, events[1].OutputIndex);

            Assert.Equal(ResponseStreamEventType.OutputTextDelta, events[2].Type);
            Assert.Equal("Hello", string.Concat(events.Where(e => e.Type == ResponseStreamEventType.OutputTextDelta).Select(e => e.Delta)));
            Assert.Equal("msg_1", events[2].ItemId);
            Assert.Equal(0, events[2].ContentIndex);
            Assert.Null(events[2].Response);

            ResponseStreamEvent last = events[^1];
            Assert.Equal(ResponseStreamEventType.Completed, last.Type);
            Assert.True(last.IsTerminal);
            Assert.Equal(ResponseStatus.Completed, last.Response!.Status);
            Assert.Equal("Hello", last.Response.GetOutputText());
            Assert.Equal(5, last.Response.Usage!.TotalTokens);
        }

        [Fact]
        public async Task Unknown_event_type_is_kept_raw_and_round_trips()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(
                (_, context) => SseWriter.WriteAsync(context, [Unknown, Completed], done: false, holdOpen: false));
            using VeniceClient client = ClientFor(server);

            List<ResponseStreamEvent> events = await CollectAsync(client.Responses.StreamAsync(new ResponsesRequest { Model = "m", Input = "x" }));

            ResponseStreamEvent unknown = events[0];
            Assert.Equal("response.venice.search_results", unknown.Type.Value);
            Assert.Equal(4, unknown.SequenceNumber);
            Assert.False(unknown.IsTerminal);
            Assert.Null(unknown.Delta);
            Assert.Null(unknown.Response);
            Assert.Equal("https://example.com", unknown.Field("results")!.Value[0].GetProperty("url").GetString());
            Assert.Equal(UnknownJson, System.Text.Json.JsonSerializer.Serialize(unknown, VeniceAot.Responses.ResponsesJsonContext.Default.ResponseStreamEvent));
        }

        [Fact]
        public async Task Stream_flag_already_true_is_sent_once_and_DONE_still_ends_the_stream()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(
                (_, context) => SseWriter.WriteAsync(context, [Created, Delta1, Delta2], done: true, holdOpen: false));
            using VeniceClient client = ClientFor(server);

            List<ResponseStreamEvent> events = await CollectAsync(
                client.Responses.StreamAsync(new ResponsesRequest { Model = "m", Input = "x", Stream = true, MaxOutputTokens = 5 }));

            Assert.Equal(3, events.Count);
            Assert.Equal("""{"model":"m","input":"x","max_output_tokens":5,"stream":true}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Stream_false_from_the_caller_is_overridden_to_true()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(
                (_, context) => SseWriter.WriteAsync(context, [Completed], done: false, holdOpen: false));
            using VeniceClient client = ClientFor(server);

            await CollectAsync(client.Responses.StreamAsync(new ResponsesRequest { Model = "m", Input = "x", Stream = false }));

            Assert.Equal("""{"model":"m","input":"x","stream":true}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Streaming_copy_of_the_request_keeps_every_field()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(
                (_, context) => SseWriter.WriteAsync(context, [Completed], done: false, holdOpen: false));
            using VeniceClient client = ClientFor(server);
            var request = new ResponsesRequest
            {
                Model = "m",
                Input = new ResponseInputItem[] { new ResponseItemReference("i") },
                Include = ["x"],
                MaxOutputTokens = 1,
                Temperature = 0.5,
                TopP = 0.5,
                Fallbacks = [new ResponseFallbackModel { Model = "f" }],
                Reasoning = new ResponseReasoningOptions { Effort = ResponseReasoningEffort.Low },
                Tools = [new ResponseWebSearchTool()],
                ToolChoice = ResponseToolChoice.Auto,
                WebSearch = false,
                VeniceParameters = new ResponsesVeniceParameters { EnableWebCitations = true },
            };

            await CollectAsync(client.Responses.StreamAsync(request));

            Assert.Equal(
                """{"model":"m","input":[{"type":"item_reference","id":"i"}],"include":["x"],"max_output_tokens":1,"temperature":0.5,"top_p":0.5,"fallbacks":[{"model":"f"}],"reasoning":{"effort":"low"},"tools":[{"type":"web_search"}],"tool_choice":"auto","web_search":false,"stream":true,"venice_parameters":{"enable_web_citations":true}}""",
                server.LastRequest.BodyText);
            Assert.Null(request.Stream);
        }

        [Theory]
        [InlineData("response.failed", "failed")]
        [InlineData("response.incomplete", "incomplete")]
        public async Task Failed_and_incomplete_events_are_yielded_and_end_the_stream(string type, string status)
        {
            string json = """{"type":""" + "\"" + type + "\"" + ""","sequence_number":1,"response":{"id":"resp_1","status":""" + "\"" + status + "\"" + ""","output":[],"error":{"code":"c","message":"m"}}}""";
            await using LoopbackServer server = await LoopbackServer.StartAsync(
                (_, context) => SseWriter.WriteAsync(context, [Created, (type, json)], done: false, holdOpen: true));
            using VeniceClient client = ClientFor(server);

            List<ResponseStreamEvent> events = await CollectAsync(client.Responses.StreamAsync(new ResponsesRequest { Model = "m", Input = "x" }));

            Assert.Equal(2, events.Count);
            Assert.True(events[1].IsTerminal);
            Assert.Equal(status, events[1].Response!.Status!.Value.Value);
            Assert.Equal("m", events[1].Response!.Error!.Message);
        }

        [Fact]
        public async Task Stream_ending_without_terminal_event_or_DONE_is_truncated()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(
                (_, context) => SseWriter.WriteAsync(context, [Created, Delta1, Delta2], done: false, holdOpen: false));
            using VeniceClient client = ClientFor(server);
            var received = new List<ResponseStreamEvent>();

            VeniceStreamTruncatedException error = await Assert.ThrowsAsync<VeniceStreamTruncatedException>(async () =>
            {
                await foreach (ResponseStreamEvent item in client.Responses.StreamAsync(new ResponsesRequest { Model = "m", Input = "x" }))
                {
                    received.Add(item);
                }
            });

            Assert.Equal(3, error.ItemsReceived);
            Assert.Equal(3, received.Count);
            Assert.Equal("ray-123", error.RequestId);
        }

        [Fact]
        public async Task Error_event_throws_VeniceApiException_after_the_events_before_it()
        {
            const string errorJson = """{"type":"error","sequence_number":3,"code":"server_error","message":"The model crashed","param":null}""";
            await using LoopbackServer server = await LoopbackServer.StartAsync(
                (_, context) => SseWriter.WriteAsync(context, [Created, Delta1, ("error", errorJson), Completed], done: false, holdOpen: true));
            using VeniceClient client = ClientFor(server);
            var received = new List<ResponseStreamEvent>();

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(async () =>
            {
                await foreach (ResponseStreamEvent item in client.Responses.StreamAsync(new ResponsesRequest { Model = "m", Input = "x" }))
                {
                    received.Add(item);
                }
            });

            Assert.Equal(2, received.Count);
            Assert.Equal("The model crashed", error.Error);
            Assert.Equal("server_error", error.ErrorCode);
            Assert.Equal(errorJson, error.RawBody);
            Assert.Equal("ray-123", error.RequestId);
        }

        [Fact]
        public async Task Event_with_top_level_error_object_throws_VeniceApiException()
        {
            const string errorJson = """{"error":{"message":"Rate limited mid-stream","code":"RATE_LIMIT_EXCEEDED"}}""";
            await using LoopbackServer server = await LoopbackServer.StartAsync(
                (_, context) => SseWriter.WriteAsync(context, [Created, ("error", errorJson)], done: false, holdOpen: true));
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(
                () => CollectAsync(client.Responses.StreamAsync(new ResponsesRequest { Model = "m", Input = "x" })));

            Assert.Equal("Rate limited mid-stream", error.Error);
            Assert.Equal("RATE_LIMIT_EXCEEDED", error.ErrorCode);
        }

        [Fact]
        public async Task Http_error_before_the_stream_throws_VeniceApiException()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(429, """{"error":"Too many requests"}""");
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(
                () => CollectAsync(client.Responses.StreamAsync(new ResponsesRequest { Model = "m", Input = "x" })));

            Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.StatusCode);
            Assert.Equal("Too many requests", error.Error);
        }
    }
}
