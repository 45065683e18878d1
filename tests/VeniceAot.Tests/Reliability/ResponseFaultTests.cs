using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Reliability
{
    /// <summary>Bodies and streams that go wrong after the server has started answering.</summary>
    public sealed class ResponseFaultTests
    {
        private static async Task Dribble(HttpContext context, string json, TimeSpan pause)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            foreach (char c in json)
            {
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(c.ToString()), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(pause, context.RequestAborted);
            }
        }

        private static async Task Quietly(Func<Task> write)
        {
            try
            {
                await write();
            }
            catch (OperationCanceledException)
            {
                // The client went away, which is what the test wants.
            }
            catch (System.IO.IOException)
            {
            }
        }

        [Fact]
        public async Task Server_closing_mid_event_stream_is_a_truncated_stream_not_a_retry()
        {
            var firstEventSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using Fixture f = await Fixture.StartAsync(async (_, context) =>
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "text/event-stream";
                await context.Response.Body.WriteAsync("data: {\"text\":\"a\"}\n\n"u8.ToArray());
                await context.Response.Body.FlushAsync();

                // Abort only once the client holds the event: a reset can discard bytes still in its socket buffer.
                await firstEventSeen.Task.WaitAsync(Fixture.Bound);
                context.Abort();
            });
            var received = new List<string?>();

            VeniceStreamTruncatedException error = await Assert.ThrowsAsync<VeniceStreamTruncatedException>(async () =>
            {
                await foreach (Reply item in f.Api.StreamAsync("x", new Reply()))
                {
                    received.Add(item.Text);
                    firstEventSeen.TrySetResult();
                }
            }).WaitAsync(Fixture.Bound);

            Assert.Equal(["a"], received);
            Assert.Equal(1, error.ItemsReceived);
            Assert.Equal(1, f.FaultRequests);
            Secrets.AssertNoKey(error);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Event_stream_is_retried_before_its_headers_arrive()
        {
            await using Fixture f = await Fixture.StartAsync((attempt, context) => attempt == 1
                ? Respond.Json(context, 503, """{"error":"Model at capacity"}""")
                : Respond.EventStream(context, ["""{"text":"a"}""", """{"text":"b"}"""]));
            var received = new List<string?>();

            await foreach (Reply item in f.Api.StreamAsync("x", new Reply { Text = "go" }).WithCancellation(new CancellationTokenSource(Fixture.Bound).Token))
            {
                received.Add(item.Text);
            }

            Assert.Equal(["a", "b"], received);
            Assert.Equal(2, f.FaultRequests);
            Assert.Equal("text/event-stream", f.Server.Requests[1].Header("Accept"));
            Assert.Equal(f.Server.Requests[0].Body, f.Server.Requests[1].Body);
        }

        [Fact]
        public async Task Cancellation_mid_stream_stops_promptly_and_releases_the_connection()
        {
            await using Fixture f = await Fixture.StartAsync((_, context) =>
                Respond.EventStream(context, ["""{"text":"a"}"""], done: false, holdOpen: true));
            using var cts = new CancellationTokenSource();

            OperationCanceledException error = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (Reply item in f.Api.StreamAsync("x", new Reply(), cts.Token))
                {
                    cts.Cancel();
                }
            }).WaitAsync(Fixture.Bound);

            Secrets.AssertNoKey(error);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Malformed_json_on_200_is_a_VeniceApiException()
        {
            await using Fixture f = await Fixture.StartAsync((_, context) => Respond.Json(context, 200, """{"text": "unterminated"""));

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.Equal(HttpStatusCode.OK, error.StatusCode);
            Assert.Contains("not valid JSON", error.Message);
            Assert.Equal(1, f.FaultRequests);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Html_502_page_is_a_typed_error_with_the_raw_body_after_retries()
        {
            await using Fixture f = await Fixture.StartAsync((_, context) =>
                Respond.Text(context, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1>cloudflare</body></html>"));

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
            Assert.Null(error.Error);
            Assert.Contains("<h1>502 Bad Gateway</h1>", error.RawBody);
            Assert.Contains("see RawBody", error.Message);
            Assert.Equal(3, f.FaultRequests);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Json_labelled_text_plain_is_parsed_and_non_json_text_fails_naming_the_type()
        {
            // Decision: a method declared to return JSON parses the body whatever its Content-Type says.
            await using Fixture f = await Fixture.StartAsync((attempt, context) => attempt == 1
                ? Respond.Text(context, 200, "text/plain", """{"text":"labelled wrong"}""")
                : Respond.Text(context, 200, "text/plain", "just words"));

            Reply reply = await f.Api.GetAsync("x").WaitAsync(Fixture.Bound);
            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.Equal("labelled wrong", reply.Text);
            Assert.Contains("(text/plain) is not valid JSON for Reply", error.Message);
            await f.AssertHealthyAsync();
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Empty_200_body_is_a_VeniceApiException(bool chunked)
        {
            await using Fixture f = await Fixture.StartAsync(async (_, context) =>
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                if (chunked)
                {
                    await context.Response.StartAsync();
                    await context.Response.Body.FlushAsync();
                }
                else
                {
                    context.Response.ContentLength = 0;
                }
            });

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.Equal(HttpStatusCode.OK, error.StatusCode);
            Assert.Contains("response body was empty where Reply was expected", error.Message);
            await f.AssertHealthyAsync();
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Body_over_the_size_limit_fails_with_a_typed_error(bool chunked)
        {
            string json = "{\"text\":\"" + new string('x', 64 * 1024) + "\"}";
            await using Fixture f = await Fixture.StartAsync(
                async (_, context) =>
                {
                    byte[] bytes = Encoding.UTF8.GetBytes(json);
                    context.Response.StatusCode = 200;
                    context.Response.ContentType = "application/json";
                    if (!chunked)
                    {
                        context.Response.ContentLength = bytes.Length;
                    }

                    await Quietly(async () =>
                    {
                        for (int offset = 0; offset < bytes.Length; offset += 4096)
                        {
                            await context.Response.Body.WriteAsync(bytes.AsMemory(offset, Math.Min(4096, bytes.Length - offset)), context.RequestAborted);
                            await context.Response.Body.FlushAsync(context.RequestAborted);
                        }
                    });
                },
                o => o.MaxResponseBytes = 8 * 1024);

            VeniceResponseTooLargeException error = await Assert.ThrowsAsync<VeniceResponseTooLargeException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.Equal(8 * 1024, error.Limit);
            Assert.Equal(chunked ? null : Encoding.UTF8.GetByteCount(json), error.DeclaredLength);
            Assert.Contains("MaxResponseBytes", error.Message);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Size_limit_does_not_apply_to_binary_responses()
        {
            byte[] payload = new byte[64 * 1024];
            Random.Shared.NextBytes(payload);
            await using Fixture f = await Fixture.StartAsync((_, context) => Respond.Bytes(context, 200, "image/png", payload), o => o.MaxResponseBytes = 1024);

            await using BinaryResponse response = await f.Api.DownloadAsync("x").WaitAsync(Fixture.Bound);
            using var copy = new System.IO.MemoryStream();
            await response.Content.CopyToAsync(copy).WaitAsync(Fixture.Bound);

            Assert.Equal(payload, copy.ToArray());
        }

        [Fact]
        public async Task Slow_headers_are_a_typed_timeout_and_not_retried()
        {
            await using Fixture f = await Fixture.StartAsync(
                (_, context) => Quietly(() => Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted)),
                attemptTimeout: TimeSpan.FromMilliseconds(300));
            var stopwatch = Stopwatch.StartNew();

            VeniceTimeoutException error = await Assert.ThrowsAsync<VeniceTimeoutException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"took {stopwatch.Elapsed}");
            Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
            Assert.Equal(1, f.FaultRequests);
            Secrets.AssertNoKey(error);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Slowly_dribbled_body_completes_past_the_per_attempt_timeout()
        {
            // The per-attempt timeout covers the headers; the body may take longer.
            await using Fixture f = await Fixture.StartAsync(
                (_, context) => Dribble(context, """{"text":"slow"}""", TimeSpan.FromMilliseconds(40)),
                attemptTimeout: TimeSpan.FromMilliseconds(300));

            Reply reply = await f.Api.GetAsync("x").WaitAsync(Fixture.Bound);

            Assert.Equal("slow", reply.Text);
        }

        [Fact]
        public async Task Dribbled_body_past_the_overall_deadline_is_a_typed_timeout()
        {
            await using Fixture f = await Fixture.StartAsync(
                (_, context) => Quietly(() => Dribble(context, """{"text":"far too slow for the deadline"}""", TimeSpan.FromMilliseconds(100))),
                o => o.OverallTimeout = TimeSpan.FromMilliseconds(500));
            var stopwatch = Stopwatch.StartNew();

            VeniceTimeoutException error = await Assert.ThrowsAsync<VeniceTimeoutException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2.5), $"took {stopwatch.Elapsed}");
            Assert.Equal(TimeSpan.FromMilliseconds(500), error.Timeout);
            Assert.Contains("OverallTimeout", error.Message);
            await f.AssertHealthyAsync();
        }
    }
}
