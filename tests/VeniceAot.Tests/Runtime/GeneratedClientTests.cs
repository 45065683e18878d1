using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Runtime
{
    /// <summary>A test-owned [VeniceApi] interface, generated in this project, against a real loopback server.</summary>
    public sealed class GeneratedClientTests
    {
        private static (VeniceClient Client, TestApiClient Api) Create(LoopbackServer server, TimeSpan? timeout = null)
        {
            var client = new VeniceClient(new VeniceClientOptions
            {
                ApiKey = ApiKeysTests.Key,
                BaseAddress = server.BaseAddress,
                Timeout = timeout ?? TimeSpan.FromSeconds(30),
            });
            return (client, new TestApiClient(client.Connection));
        }

        [Fact]
        public async Task Path_query_and_header_values_are_escaped_and_formatted_invariantly()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"text":"ok"}""");
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                Echo result = await api.GetItemAsync(
                    "a b/c", 42, search: "x&y=z", tags: ["one", "two words"], limit: null, ratio: 0.5, isAdult: false,
                    since: new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), order: SortOrder.Desc, trace: "t-1");

                Assert.Equal("ok", result.Text);
                RecordedRequest request = server.LastRequest;
                Assert.Equal("/api/v1/items/a%20b%2Fc/42", request.RawPath);
                Assert.Equal(
                    "?search=x%26y%3Dz&tag=one&tag=two%20words&ratio=0.5&adult=false&since=2026-01-02T03%3A04%3A05.0000000%2B00%3A00&order=Desc",
                    request.QueryString);
                Assert.Equal("t-1", request.Header("X-Trace"));
            }
        }

        [Fact]
        public async Task Null_query_and_header_values_are_omitted()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                await api.GetItemAsync("c", 1, null, null, null, 1, null, null, null, null);

                Assert.Equal("?ratio=1", server.LastRequest.QueryString);
                Assert.Null(server.LastRequest.Header("X-Trace"));
            }
        }

        [Fact]
        public async Task Header_values_with_line_breaks_are_refused_before_sending()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                await Assert.ThrowsAsync<ArgumentException>(() => api.GetItemAsync("c", 1, null, null, null, 1, null, null, null, "x\r\nInjected: yes"));
                Assert.Empty(server.Requests);
            }
        }

        [Fact]
        public async Task ApiResponse_carries_metadata_from_headers()
        {
            long resetMs = DateTimeOffset.UtcNow.AddSeconds(30).ToUnixTimeMilliseconds();
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"text":"hi","n":7}""", new Dictionary<string, string>
            {
                ["CF-RAY"] = "ray-123",
                ["x-ratelimit-limit-requests"] = "500",
                ["x-ratelimit-remaining-requests"] = "499",
                ["x-ratelimit-reset-requests"] = resetMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["x-ratelimit-reset-tokens"] = "12",
                ["X-Balance-Remaining"] = "4.230000",
                ["x-venice-version"] = "20260821.193530",
                ["x-venice-deprecated"] = "true",
                ["x-venice-deprecated-replacement"] = "new-model",
            });
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                ApiResponse<Echo> response = await api.EchoWithMetadataAsync(new Echo { Text = "hi" });

                ApiKeysTests.AssertJsonEqual("""{"text":"hi"}""", server.LastRequest.BodyText);
                Assert.Equal(7, response.Value.Number);
                ResponseMetadata metadata = response.Metadata;
                Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
                Assert.Equal("ray-123", metadata.RequestId);
                Assert.Equal(500, metadata.RateLimit.LimitRequests);
                Assert.Equal(499, metadata.RateLimit.RemainingRequests);
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(resetMs), metadata.RateLimit.ResetRequests);
                Assert.InRange(metadata.RateLimit.ResetTokens!.Value, DateTimeOffset.UtcNow.AddSeconds(5), DateTimeOffset.UtcNow.AddSeconds(13));
                Assert.Equal(4.23m, metadata.BalanceRemaining);
                Assert.Equal("20260821.193530", metadata.VeniceVersion);
                Assert.True(metadata.IsDeprecated);
                Assert.Equal("new-model", metadata.DeprecatedReplacement);
            }
        }

        [Theory]
        [InlineData("30", 25, 31)]
        [InlineData("1767225600", null, null)]
        [InlineData("1767225600000", null, null)]
        public void Rate_limit_reset_is_told_apart_by_magnitude(string value, int? minSeconds, int? maxSeconds)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            DateTimeOffset? reset = RateLimitState.ParseReset(value, now);
            if (minSeconds is null)
            {
                Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), reset);
            }
            else
            {
                Assert.InRange(reset!.Value, now.AddSeconds(minSeconds.Value), now.AddSeconds(maxSeconds!.Value));
            }
        }

        [Fact]
        public async Task Task_return_checks_status_and_binds_renamed_path_parameter()
        {
            int calls = 0;
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                Interlocked.Increment(ref calls) == 1
                    ? Respond.Json(context, 204, string.Empty)
                    : Respond.Json(context, 404, """{"error":"Not found"}"""));
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                await api.DeleteThingAsync("widget");
                VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => api.DeleteThingAsync("widget"));

                Assert.Equal("/api/v1/things/widget", server.LastRequest.RawPath);
                Assert.Equal("DELETE", server.LastRequest.Method);
                Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
            }
        }

        [Fact]
        public async Task Binary_response_streams_content_with_its_type()
        {
            byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4];
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "image/png", png));
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                await using BinaryResponse response = await api.DownloadAsync("cat.png");
                using var copy = new MemoryStream();
                await response.Content.CopyToAsync(copy);

                Assert.Equal("image/png", response.ContentType);
                Assert.Equal(png.Length, response.ContentLength);
                Assert.Equal(png, copy.ToArray());
            }
        }

        [Fact]
        public async Task Event_stream_yields_each_payload_until_done()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                Respond.EventStream(context, ["""{"text":"a","n":1}""", """{"text":"b","n":2}""", """{"text":"c","n":3}"""]));
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                var received = new List<string?>();
                await foreach (Echo item in api.StreamAsync(new Echo { Text = "go" }))
                {
                    received.Add(item.Text);
                }

                Assert.Equal(["a", "b", "c"], received);
                Assert.Equal("text/event-stream", server.LastRequest.Header("Accept"));
                ApiKeysTests.AssertJsonEqual("""{"text":"go"}""", server.LastRequest.BodyText);
            }
        }

        [Fact]
        public async Task Event_stream_error_event_throws_VeniceApiException_with_the_message()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                Respond.EventStream(context, ["""{"text":"a"}""", """{"error":{"message":"Model overloaded","code":"MODEL_OVERLOADED"}}"""], done: false));
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                var received = new List<string?>();
                VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(async () =>
                {
                    await foreach (Echo item in api.StreamAsync(new Echo()))
                    {
                        received.Add(item.Text);
                    }
                });

                Assert.Equal(["a"], received);
                Assert.Equal("Model overloaded", error.Error);
                Assert.Equal("MODEL_OVERLOADED", error.ErrorCode);
            }
        }

        [Fact]
        public async Task Event_stream_without_done_throws_truncated()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                Respond.EventStream(context, ["""{"text":"a"}""", """{"text":"b"}"""], done: false));
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                var received = new List<string?>();
                VeniceStreamTruncatedException error = await Assert.ThrowsAsync<VeniceStreamTruncatedException>(async () =>
                {
                    await foreach (Echo item in api.StreamAsync(new Echo()))
                    {
                        received.Add(item.Text);
                    }
                });

                Assert.Equal(["a", "b"], received);
                Assert.Equal(2, error.ItemsReceived);
            }
        }

        [Fact]
        public async Task Event_stream_cancellation_stops_promptly()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                Respond.EventStream(context, ["""{"text":"a"}"""], done: false, holdOpen: true));
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                using var cts = new CancellationTokenSource();
                var stopwatch = Stopwatch.StartNew();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
                {
                    await foreach (Echo item in api.StreamAsync(new Echo(), cts.Token))
                    {
                        cts.Cancel();
                    }
                }).WaitAsync(TimeSpan.FromSeconds(10));

                Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
            }
        }

        [Fact]
        public async Task Error_as_object_and_html_error_pages_both_parse()
        {
            int calls = 0;
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                Interlocked.Increment(ref calls) == 1
                    ? Respond.Json(context, 422, """{"error":{"message":"Content policy","type":"provider_content_policy","credits_refunded":true}}""")
                    : Respond.Text(context, 502, "text/html", "<html><body>Bad gateway</body></html>"));
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                VeniceApiException policy = await Assert.ThrowsAsync<VeniceApiException>(() => api.DeleteThingAsync("x"));
                VeniceApiException gateway = await Assert.ThrowsAsync<VeniceApiException>(() => api.DeleteThingAsync("x"));

                Assert.Equal("Content policy", policy.Error);
                Assert.Equal("provider_content_policy", policy.ErrorType);
                Assert.Equal(HttpStatusCode.BadGateway, gateway.StatusCode);
                Assert.Null(gateway.Error);
                Assert.Contains("Bad gateway", gateway.RawBody);
                Assert.Contains("502", gateway.Message);
            }
        }

        [Fact]
        public async Task Malformed_success_body_throws_VeniceApiException()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"text": "unterminated""");
            (VeniceClient client, TestApiClient api) = Create(server);
            using (client)
            {
                VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => api.EchoWithMetadataAsync(new Echo()));

                Assert.Equal(HttpStatusCode.OK, error.StatusCode);
                Assert.Contains("not valid JSON", error.Message);
            }
        }

        [Fact]
        public async Task Slow_headers_raise_a_typed_timeout_not_a_cancellation()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (_, context) =>
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
                }
                catch (TaskCanceledException)
                {
                }
            });
            (VeniceClient client, TestApiClient api) = Create(server, TimeSpan.FromMilliseconds(300));
            using (client)
            {
                VeniceTimeoutException error = await Assert.ThrowsAsync<VeniceTimeoutException>(() => api.DeleteThingAsync("slow")).WaitAsync(TimeSpan.FromSeconds(10));
                Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
            }
        }

        [Fact]
        public void Plain_http_to_a_remote_host_with_a_key_is_refused_before_any_connection()
        {
            var options = new VeniceClientOptions { ApiKey = ApiKeysTests.Key, BaseAddress = new Uri("http://api.example.invalid/api/v1") };

            ArgumentException error = Assert.Throws<ArgumentException>(() => new VeniceClient(options));

            Assert.Contains("plain HTTP", error.Message);
            Assert.DoesNotContain(ApiKeysTests.Key, error.Message);
            using var allowed = new VeniceClient(new VeniceClientOptions { ApiKey = ApiKeysTests.Key, BaseAddress = options.BaseAddress, AllowInsecureHttp = true });
        }

        [Fact]
        public void Options_never_print_the_key()
        {
            var options = new VeniceClientOptions { ApiKey = ApiKeysTests.Key };

            Assert.DoesNotContain(ApiKeysTests.Key, options.ToString());
            Assert.Contains("(set)", options.ToString());
        }

        [Fact]
        public async Task Caller_supplied_HttpClient_is_used_and_not_disposed()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"success":true}""");
            using var http = new HttpClient();
            using (var client = new VeniceClient(new VeniceClientOptions { ApiKey = ApiKeysTests.Key, BaseAddress = server.BaseAddress, HttpClient = http }))
            {
                Assert.True((await client.ApiKeys.DeleteAsync("k")).Success);
            }

            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(server.Root)).StatusCode);
        }
    }
}
