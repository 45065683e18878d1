using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.ApiKeys;
using VeniceAot.Chat;
using VeniceAot.Embeddings;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Telemetry
{
    /// <summary>
    /// The spans and metrics of real calls against the loopback server: names, GenAI attributes, usage, Venice headers,
    /// errors, retries, streams, non-AI calls, and content only when opted in.
    /// </summary>
    [Collection(TelemetryCollection.Name)]
    public sealed class TelemetryTests
    {
        private const string Model = "venice-uncensored";

        private const string CompletionJson = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"venice-uncensored-1.1","choices":[{"index":0,"message":{"role":"assistant","content":"Hi there"},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}
            """;

        private static readonly Dictionary<string, string> VeniceHeaders = new()
        {
            ["CF-RAY"] = "8f1e2d3c4b5a-IAD",
            ["x-ratelimit-limit-requests"] = "500",
            ["x-ratelimit-remaining-requests"] = "499",
            ["x-ratelimit-limit-tokens"] = "1000000",
            ["x-ratelimit-remaining-tokens"] = "999985",
            ["x-ratelimit-reset-requests"] = "1767225600",
            ["x-ratelimit-type"] = "api_key",
            ["x-venice-balance-usd"] = "12.5",
            ["x-venice-balance-diem"] = "3.25",
            ["x-venice-version"] = "20250101.1",
        };

        private static ChatCompletionRequest Hello => new() { Model = Model, Messages = [ChatMessage.System("Be brief."), ChatMessage.User("hello")] };

        private static VeniceClient ClientFor(LoopbackServer server, bool recordContent = false, RetryOptions? retry = null) =>
            new(new VeniceClientOptions
            {
                ApiKey = ApiKeysTests.Key,
                BaseAddress = server.BaseAddress,
                RecordContent = recordContent,
                Retry = retry ?? new RetryOptions { Enabled = false },
            });

        [Fact]
        public async Task Chat_is_one_client_span_with_genai_attributes_usage_venice_headers_and_metrics()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson, VeniceHeaders);
            using var capture = new TelemetryCapture(server.BaseAddress);
            using VeniceClient client = ClientFor(server);

            ChatCompletion completion = await client.Chat.CreateAsync(Hello);

            Assert.Equal("Hi there", completion.GetText());
            Activity span = capture.Single();
            Assert.Equal("chat venice-uncensored", span.DisplayName);
            Assert.Equal(ActivityKind.Client, span.Kind);
            Assert.Equal(ActivityStatusCode.Unset, span.Status);
            Assert.Equal("chat", span.GetTagItem("gen_ai.operation.name"));
            Assert.Equal("venice", span.GetTagItem("gen_ai.provider.name"));
            Assert.Equal(Model, span.GetTagItem("gen_ai.request.model"));
            Assert.Equal("venice-uncensored-1.1", span.GetTagItem("gen_ai.response.model"));
            Assert.Equal("chatcmpl-1", span.GetTagItem("gen_ai.response.id"));
            Assert.Equal(12L, span.GetTagItem("gen_ai.usage.input_tokens"));
            Assert.Equal(3L, span.GetTagItem("gen_ai.usage.output_tokens"));
            Assert.Equal(new[] { "stop" }, span.GetTagItem("gen_ai.response.finish_reasons"));
            Assert.Equal("127.0.0.1", span.GetTagItem("server.address"));
            Assert.Equal(server.BaseAddress.Port, span.GetTagItem("server.port"));
            Assert.Equal("POST", span.GetTagItem("http.request.method"));
            Assert.Equal("/chat/completions", span.GetTagItem("url.template"));
            Assert.Equal(200, span.GetTagItem("http.response.status_code"));
            Assert.Equal(1, span.GetTagItem("venice.retry.attempts"));
            Assert.Null(span.GetTagItem("error.type"));

            // Venice's headers, parsed.
            Assert.Equal("8f1e2d3c4b5a-IAD", span.GetTagItem("venice.request_id"));
            Assert.Equal(500L, span.GetTagItem("venice.ratelimit.limit_requests"));
            Assert.Equal(499L, span.GetTagItem("venice.ratelimit.remaining_requests"));
            Assert.Equal(1000000L, span.GetTagItem("venice.ratelimit.limit_tokens"));
            Assert.Equal(999985L, span.GetTagItem("venice.ratelimit.remaining_tokens"));
            Assert.Equal("2026-01-01T00:00:00.0000000Z", span.GetTagItem("venice.ratelimit.reset_requests"));
            Assert.Equal("api_key", span.GetTagItem("venice.ratelimit.type"));
            Assert.Equal(12.5, span.GetTagItem("venice.balance.usd"));
            Assert.Equal(3.25, span.GetTagItem("venice.balance.diem"));
            Assert.Equal("20250101.1", span.GetTagItem("venice.version"));

            // No content by default, and never the key.
            Assert.Null(span.GetTagItem("gen_ai.input.messages"));
            Assert.Null(span.GetTagItem("gen_ai.output.messages"));
            AssertNoSecret(span);

            Measurement duration = Assert.Single(capture.Measurements("gen_ai.client.operation.duration"));
            Assert.InRange(duration.Value, 0, 30);
            Assert.Equal("chat", duration.Tags["gen_ai.operation.name"]);
            Assert.Equal("venice", duration.Tags["gen_ai.provider.name"]);
            Assert.Equal(Model, duration.Tags["gen_ai.request.model"]);
            Assert.Equal("venice-uncensored-1.1", duration.Tags["gen_ai.response.model"]);
            Assert.Equal("127.0.0.1", duration.Tags["server.address"]);
            Assert.False(duration.Tags.ContainsKey("error.type"));

            IReadOnlyList<Measurement> tokens = capture.Measurements("gen_ai.client.token.usage");
            Assert.Equal(2, tokens.Count);
            Assert.Equal(12, Assert.Single(tokens, m => (string?)m.Tags["gen_ai.token.type"] == "input").Value);
            Assert.Equal(3, Assert.Single(tokens, m => (string?)m.Tags["gen_ai.token.type"] == "output").Value);
            Assert.All(tokens, m => Assert.Equal("chat", m.Tags["gen_ai.operation.name"]));
        }

        [Fact]
        public async Task The_span_is_the_parent_of_the_http_call_and_a_child_of_the_caller()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            using var capture = new TelemetryCapture(server.BaseAddress);
            using var callerSource = new ActivitySource("VeniceAot.Tests.Caller");
            using var callerListener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == callerSource.Name,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(callerListener);
            using VeniceClient client = ClientFor(server);

            using (Activity caller = callerSource.StartActivity("caller")!)
            {
                await client.Chat.CreateAsync(Hello);
                Activity span = capture.Single();
                Assert.Equal(caller.SpanId, span.ParentSpanId);
                Assert.Same(caller, Activity.Current);
            }

            // The traceparent the server saw names a span inside the call's span (HttpClient's, or the call's own).
            string? traceparent = server.LastRequest.Header("traceparent");
            Assert.NotNull(traceparent);
            Assert.Contains(capture.Single().TraceId.ToHexString(), traceparent);
        }

        [Fact]
        public async Task Streamed_chat_ends_its_span_at_the_end_of_the_stream_with_usage_from_the_last_chunk()
        {
            string[] chunks =
            [
                """{"id":"c2","object":"chat.completion.chunk","created":1,"model":"venice-uncensored-1.1","choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"}}]}""",
                """{"id":"c2","object":"chat.completion.chunk","created":1,"model":"venice-uncensored-1.1","choices":[{"index":0,"delta":{"content":"lo \"you\""},"finish_reason":"stop"}]}""",
                """{"id":"c2","object":"chat.completion.chunk","created":1,"model":"venice-uncensored-1.1","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":4,"total_tokens":13}}""",
            ];
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context, chunks));
            using var capture = new TelemetryCapture(server.BaseAddress);
            using VeniceClient client = ClientFor(server, recordContent: true);

            int received = 0;
            await foreach (ChatCompletionChunk chunk in client.Chat.StreamAsync(Hello with { StreamOptions = new ChatStreamOptions { IncludeUsage = true } }))
            {
                received++;
                Assert.Empty(capture.Activities); // still open while the stream is read
            }

            Assert.Equal(3, received);
            Activity span = capture.Single();
            Assert.Equal("chat venice-uncensored", span.DisplayName);
            Assert.Equal(9L, span.GetTagItem("gen_ai.usage.input_tokens"));
            Assert.Equal(4L, span.GetTagItem("gen_ai.usage.output_tokens"));
            Assert.Equal("venice-uncensored-1.1", span.GetTagItem("gen_ai.response.model"));
            Assert.Equal("c2", span.GetTagItem("gen_ai.response.id"));
            Assert.Equal(new[] { "stop" }, span.GetTagItem("gen_ai.response.finish_reasons"));
            Assert.Equal(ActivityStatusCode.Unset, span.Status);

            using JsonDocument output = JsonDocument.Parse((string)span.GetTagItem("gen_ai.output.messages")!);
            JsonElement message = Assert.Single(output.RootElement.EnumerateArray());
            Assert.Equal("assistant", message.GetProperty("role").GetString());
            Assert.Equal("stop", message.GetProperty("finish_reason").GetString());
            JsonElement part = Assert.Single(message.GetProperty("parts").EnumerateArray());
            Assert.Equal("text", part.GetProperty("type").GetString());
            Assert.Equal("Hello \"you\"", part.GetProperty("content").GetString());
            AssertNoSecret(span);

            Assert.Single(capture.Measurements("gen_ai.client.operation.duration"));
            Assert.Equal(2, capture.Measurements("gen_ai.client.token.usage").Count);
        }

        [Fact]
        public async Task A_stream_disposed_early_still_ends_its_span_without_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
                ["""{"id":"c3","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"a"}}]}"""],
                done: false,
                holdOpen: true));
            using var capture = new TelemetryCapture(server.BaseAddress);
            using VeniceClient client = ClientFor(server);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

            await foreach (ChatCompletionChunk _ in client.Chat.StreamAsync(Hello, timeout.Token))
            {
                break;
            }

            Activity span = capture.Single();
            Assert.Equal(ActivityStatusCode.Unset, span.Status);
            Assert.Null(span.GetTagItem("error.type"));
            Assert.Null(span.GetTagItem("gen_ai.usage.input_tokens"));
            Assert.Single(capture.Measurements("gen_ai.client.operation.duration"));
        }

        [Fact]
        public async Task A_stream_that_breaks_off_records_the_truncation()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(context,
                ["""{"id":"c4","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"a"}}]}"""],
                done: false));
            using var capture = new TelemetryCapture(server.BaseAddress);
            using VeniceClient client = ClientFor(server);

            await Assert.ThrowsAsync<VeniceStreamTruncatedException>(async () =>
            {
                await foreach (ChatCompletionChunk _ in client.Chat.StreamAsync(Hello))
                {
                }
            });

            Activity span = capture.Single();
            Assert.Equal(ActivityStatusCode.Error, span.Status);
            Assert.Equal(typeof(VeniceStreamTruncatedException).FullName, span.GetTagItem("error.type"));
            Assert.Equal(typeof(VeniceStreamTruncatedException).FullName, Assert.Single(capture.Measurements("gen_ai.client.operation.duration")).Tags["error.type"]);
        }

        [Fact]
        public async Task Embeddings_span_names_the_operation_and_counts_input_tokens_only()
        {
            const string json = """{"object":"list","model":"text-embedding-bge-m3","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2]}],"usage":{"prompt_tokens":7,"total_tokens":7}}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, json);
            using var capture = new TelemetryCapture(server.BaseAddress);
            using VeniceClient client = ClientFor(server);

            await client.Embeddings.CreateAsync(new EmbeddingRequest { Model = EmbeddingModel.BgeM3, Input = "some text" });

            Activity span = capture.Single();
            Assert.Equal("embeddings text-embedding-bge-m3", span.DisplayName);
            Assert.Equal("embeddings", span.GetTagItem("gen_ai.operation.name"));
            Assert.Equal("text-embedding-bge-m3", span.GetTagItem("gen_ai.request.model"));
            Assert.Equal("text-embedding-bge-m3", span.GetTagItem("gen_ai.response.model"));
            Assert.Equal(7L, span.GetTagItem("gen_ai.usage.input_tokens"));
            Assert.Null(span.GetTagItem("gen_ai.usage.output_tokens"));
            Assert.Null(span.GetTagItem("gen_ai.input.messages"));
            Measurement tokens = Assert.Single(capture.Measurements("gen_ai.client.token.usage"));
            Assert.Equal("input", tokens.Tags["gen_ai.token.type"]);
            Assert.Equal(7, tokens.Value);
            Assert.Equal("embeddings", Assert.Single(capture.Measurements("gen_ai.client.operation.duration")).Tags["gen_ai.operation.name"]);
        }

        [Fact]
        public async Task A_4xx_sets_error_type_to_the_status_code_with_the_error_responses_headers()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(
                400,
                """{"error":"Invalid request parameters"}""",
                new Dictionary<string, string> { ["CF-RAY"] = "err-ray", ["x-ratelimit-remaining-requests"] = "42" });
            using var capture = new TelemetryCapture(server.BaseAddress);
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Chat.CreateAsync(Hello));

            Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
            Activity span = capture.Single();
            Assert.Equal(ActivityStatusCode.Error, span.Status);
            Assert.Equal("HTTP 400", span.StatusDescription);
            Assert.Equal("400", span.GetTagItem("error.type"));
            Assert.Equal(400, span.GetTagItem("http.response.status_code"));
            Assert.Equal("err-ray", span.GetTagItem("venice.request_id"));
            Assert.Equal(42L, span.GetTagItem("venice.ratelimit.remaining_requests"));
            Assert.Null(span.GetTagItem("gen_ai.usage.input_tokens"));
            AssertNoSecret(span);

            Measurement duration = Assert.Single(capture.Measurements("gen_ai.client.operation.duration"));
            Assert.Equal("400", duration.Tags["error.type"]);
            Assert.Empty(capture.Measurements("gen_ai.client.token.usage"));
        }

        [Fact]
        public async Task Retries_stay_inside_one_span_with_the_attempt_count_and_an_event_per_retry()
        {
            int calls = 0;
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                Interlocked.Increment(ref calls) == 1
                    ? Respond.Json(context, 503, """{"error":"busy"}""")
                    : Respond.Json(context, 200, CompletionJson));
            using var capture = new TelemetryCapture(server.BaseAddress);
            using VeniceClient client = ClientFor(server, retry: new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero });

            await client.Chat.CreateAsync(Hello);

            Assert.Equal(2, server.Requests.Count);
            Activity span = capture.Single();
            Assert.Equal(2, span.GetTagItem("venice.retry.attempts"));
            Assert.Equal(ActivityStatusCode.Unset, span.Status);
            Assert.Null(span.GetTagItem("error.type"));
            ActivityEvent retry = Assert.Single(span.Events);
            Assert.Equal("venice.retry", retry.Name);
            var tags = retry.Tags.ToDictionary(t => t.Key, t => t.Value);
            Assert.Equal(2, tags["venice.retry.attempt"]);
            Assert.Equal("503", tags["error.type"]);
            Assert.Equal(0.0, tags["venice.retry.delay"]);
            Assert.Single(capture.Measurements("gen_ai.client.operation.duration"));
        }

        [Fact]
        public async Task A_non_ai_call_is_named_by_method_and_route_and_records_no_genai_metrics()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
                request.RawPath == "/api/v1/api_keys"
                    ? Respond.Json(context, 200, """{"data":[],"object":"list"}""", new Dictionary<string, string> { ["x-venice-balance-usd"] = "7" })
                    : Respond.Json(context, 404, """{"error":"Not found"}"""));
            using var capture = new TelemetryCapture(server.BaseAddress);
            using VeniceClient client = ClientFor(server);

            await client.ApiKeys.ListAsync();
            VeniceApiException notFound = await Assert.ThrowsAsync<VeniceApiException>(() => client.ApiKeys.GetAsync("secret-key-id"));
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);

            Activity[] spans = capture.Activities.ToArray();
            Assert.Equal(2, spans.Length);
            Activity list = spans[0];
            Assert.Equal("GET /api_keys", list.DisplayName);
            Assert.Null(list.GetTagItem("gen_ai.operation.name"));
            Assert.Equal("venice", list.GetTagItem("gen_ai.provider.name"));
            Assert.Equal("/api_keys", list.GetTagItem("url.template"));
            Assert.Equal("GET", list.GetTagItem("http.request.method"));
            Assert.Equal(7.0, list.GetTagItem("venice.balance.usd"));
            Assert.Equal(1, list.GetTagItem("venice.retry.attempts"));

            // A path value never reaches the span name (the template does).
            Activity get = spans[1];
            Assert.Equal("GET /api_keys/{id}", get.DisplayName);
            Assert.Equal("/api_keys/{id}", get.GetTagItem("url.template"));
            Assert.Equal("404", get.GetTagItem("error.type"));
            Assert.Equal(ActivityStatusCode.Error, get.Status);
            Assert.DoesNotContain(get.TagObjects, tag => tag.Value is string s && s.Contains("secret-key-id", StringComparison.Ordinal));

            Assert.Empty(capture.Measurements("gen_ai.client.operation.duration"));
            Assert.Empty(capture.Measurements("gen_ai.client.token.usage"));
        }

        [Fact]
        public async Task Content_is_recorded_only_when_opted_in_as_semconv_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            using var capture = new TelemetryCapture(server.BaseAddress);

            using (VeniceClient quiet = ClientFor(server))
            {
                await quiet.Chat.CreateAsync(Hello);
            }

            using (VeniceClient recording = ClientFor(server, recordContent: true))
            {
                await recording.Chat.CreateAsync(Hello);
            }

            Activity[] spans = capture.Activities.ToArray();
            Assert.Equal(2, spans.Length);
            Assert.Null(spans[0].GetTagItem("gen_ai.input.messages"));
            Assert.Null(spans[0].GetTagItem("gen_ai.output.messages"));
            Assert.DoesNotContain(spans[0].TagObjects, tag => tag.Value is string s && (s.Contains("hello", StringComparison.Ordinal) || s.Contains("Hi there", StringComparison.Ordinal)));

            Activity recorded = spans[1];
            using JsonDocument input = JsonDocument.Parse((string)recorded.GetTagItem("gen_ai.input.messages")!);
            Assert.Equal(
                """[{"role":"system","parts":[{"type":"text","content":"Be brief."}]},{"role":"user","parts":[{"type":"text","content":"hello"}]}]""",
                JsonSerializer.Serialize(input.RootElement));
            using JsonDocument output = JsonDocument.Parse((string)recorded.GetTagItem("gen_ai.output.messages")!);
            Assert.Equal(
                """[{"role":"assistant","parts":[{"type":"text","content":"Hi there"}],"finish_reason":"stop"}]""",
                JsonSerializer.Serialize(output.RootElement));
            AssertNoSecret(recorded);
        }

        [Fact]
        public async Task Metrics_alone_are_recorded_without_an_activity_listener()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, CompletionJson);
            using var capture = new MetricsOnly(server.BaseAddress);
            using VeniceClient client = ClientFor(server);

            await client.Chat.CreateAsync(Hello);

            Assert.Equal(Model, Assert.Single(capture.Durations).Tags["gen_ai.request.model"]);
        }

        private static void AssertNoSecret(Activity span)
        {
            foreach (KeyValuePair<string, object?> tag in span.TagObjects)
            {
                Assert.DoesNotContain(ApiKeysTests.Key, tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal);
                Assert.DoesNotContain("Bearer", tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(span.TagObjects, tag => tag.Key.Contains("authorization", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>A meter listener only, to show the instruments work when no span is created.</summary>
        private sealed class MetricsOnly : IDisposable
        {
            private readonly System.Diagnostics.Metrics.MeterListener _listener = new();
            private readonly System.Collections.Concurrent.ConcurrentQueue<Measurement> _durations = new();

            public MetricsOnly(Uri server)
            {
                _listener.InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == VeniceAot.Telemetry.VeniceTelemetry.MeterName && instrument.Name == "gen_ai.client.operation.duration")
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                };
                _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
                {
                    var copy = new Dictionary<string, object?>();
                    foreach (KeyValuePair<string, object?> tag in tags)
                    {
                        copy[tag.Key] = tag.Value;
                    }

                    if (copy.TryGetValue("server.port", out object? port) && port is int p && p == server.Port)
                    {
                        _durations.Enqueue(new Measurement(instrument.Name, value, copy));
                    }
                });
                _listener.Start();
            }

            public IReadOnlyList<Measurement> Durations => _durations.ToArray();

            public void Dispose() => _listener.Dispose();
        }
    }
}
