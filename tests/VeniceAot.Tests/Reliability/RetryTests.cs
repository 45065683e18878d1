using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Reliability
{
    /// <summary>What is retried, how long the client waits, and what it refuses to do.</summary>
    public sealed class RetryTests
    {
        private static Dictionary<string, string> Headers(params (string Name, string Value)[] headers)
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach ((string name, string value) in headers)
            {
                result[name] = value;
            }

            return result;
        }

        [Fact]
        public async Task Retry_after_in_seconds_is_waited_out_on_429()
        {
            await using Fixture f = await Fixture.StartAsync((attempt, context) => attempt == 1
                ? Respond.Json(context, 429, """{"error":"Too many requests"}""", Headers(("Retry-After", "1")))
                : Respond.Json(context, 200, """{"text":"done"}"""));

            Reply reply = await f.Api.GetAsync("x").WaitAsync(Fixture.Bound);

            Assert.Equal("done", reply.Text);
            Assert.Equal(2, f.FaultRequests);
            IReadOnlyList<DateTimeOffset> times = f.FaultTimes;
            Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(900), $"waited only {times[1] - times[0]}");
        }

        [Fact]
        public async Task Retry_after_as_an_http_date_is_waited_out_on_429()
        {
            // One-second resolution: somewhere between 0.5 s and 1.5 s from now.
            DateTimeOffset target = DateTimeOffset.UtcNow.AddSeconds(1.5);
            target = new DateTimeOffset(target.Ticks - (target.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            await using Fixture f = await Fixture.StartAsync((attempt, context) => attempt == 1
                ? Respond.Json(context, 429, """{"error":"Too many requests"}""", Headers(("Retry-After", target.ToString("R", CultureInfo.InvariantCulture))))
                : Respond.Json(context, 200, """{"text":"done"}"""));

            Reply reply = await f.Api.GetAsync("x").WaitAsync(Fixture.Bound);

            Assert.Equal("done", reply.Text);
            Assert.Equal(2, f.FaultRequests);
            Assert.True(f.FaultTimes[1] >= target.AddMilliseconds(-50), $"retried at {f.FaultTimes[1]:O}, before {target:O}");
        }

        [Theory]
        [InlineData("requests-delta")]
        [InlineData("tokens-unix-ms")]
        public async Task Venice_rate_limit_reset_headers_are_waited_out_on_429(string form)
        {
            DateTimeOffset target = default;
            await using Fixture f = await Fixture.StartAsync((attempt, context) =>
            {
                if (attempt > 1)
                {
                    return Respond.Json(context, 200, """{"text":"done"}""");
                }

                target = DateTimeOffset.UtcNow.AddMilliseconds(400);
                Dictionary<string, string> headers = form == "requests-delta"
                    ? Headers(("x-ratelimit-remaining-requests", "0"), ("x-ratelimit-reset-requests", "0.4"), ("x-ratelimit-remaining-tokens", "5000"), ("x-ratelimit-reset-tokens", "50"))
                    : Headers(("x-ratelimit-remaining-requests", "10"), ("x-ratelimit-reset-requests", "50"), ("x-ratelimit-remaining-tokens", "0"),
                        ("x-ratelimit-reset-tokens", target.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
                return Respond.Json(context, 429, """{"error":"Rate limit exceeded"}""", headers);
            });

            Reply reply = await f.Api.GetAsync("x").WaitAsync(Fixture.Bound);

            Assert.Equal("done", reply.Text);
            Assert.Equal(2, f.FaultRequests);
            Assert.True(f.FaultTimes[1] >= target.AddMilliseconds(-60), $"retried at {f.FaultTimes[1]:O}, target {target:O}");
        }

        [Theory]
        [InlineData(500)]
        [InlineData(502)]
        [InlineData(503)]
        [InlineData(504)]
        public async Task Server_errors_on_get_are_retried_until_success(int status)
        {
            await using Fixture f = await Fixture.StartAsync((attempt, context) => attempt < 3
                ? Respond.Json(context, status, """{"error":"try later"}""")
                : Respond.Json(context, 200, """{"text":"third time"}"""));

            Reply reply = await f.Api.GetAsync("x").WaitAsync(Fixture.Bound);

            Assert.Equal("third time", reply.Text);
            Assert.Equal(3, f.FaultRequests);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Delete_is_retried_like_get()
        {
            await using Fixture f = await Fixture.StartAsync((attempt, context) => attempt == 1
                ? Respond.Json(context, 500, """{"error":"boom"}""")
                : Respond.Json(context, 200, "{}"));

            await f.Api.DeleteAsync("x").WaitAsync(Fixture.Bound);

            Assert.Equal(2, f.FaultRequests);
        }

        [Fact]
        public async Task Exhausted_attempts_surface_the_last_error_as_sent()
        {
            await using Fixture f = await Fixture.StartAsync((attempt, context) =>
                Respond.Json(context, 503, $$"""{"error":"Model at capacity {{attempt}}","code":"MODEL_AT_CAPACITY"}"""));

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal("Model at capacity 3", error.Error);
            Assert.Equal(3, f.FaultRequests);
            Secrets.AssertNoKey(error);
            await f.AssertHealthyAsync();
        }

        [Theory]
        [InlineData(400)]
        [InlineData(401)]
        [InlineData(402)]
        [InlineData(403)]
        [InlineData(404)]
        [InlineData(409)]
        [InlineData(422)]
        public async Task Client_errors_are_never_retried(int status)
        {
            await using Fixture f = await Fixture.StartAsync((_, context) => Respond.Json(context, status, """{"error":"no"}"""));

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.Equal(status, (int)error.StatusCode);
            Assert.Equal(1, f.FaultRequests);
            Secrets.AssertNoKey(error);
            await f.AssertHealthyAsync();
        }

        [Theory]
        [InlineData(500)]
        [InlineData(502)]
        [InlineData(504)]
        public async Task Post_and_patch_are_not_retried_on_errors_that_may_follow_processing(int status)
        {
            await using Fixture f = await Fixture.StartAsync((_, context) => Respond.Json(context, status, """{"error":"upstream"}"""));

            VeniceApiException post = await Assert.ThrowsAsync<VeniceApiException>(() => f.Api.PostAsync("x", new Reply { Text = "once" })).WaitAsync(Fixture.Bound);
            VeniceApiException patch = await Assert.ThrowsAsync<VeniceApiException>(() => f.Api.PatchAsync("x", new Reply { Text = "once" })).WaitAsync(Fixture.Bound);

            Assert.Equal(status, (int)post.StatusCode);
            Assert.Equal(status, (int)patch.StatusCode);
            Assert.Equal(2, f.FaultRequests);
            await f.AssertHealthyAsync();
        }

        [Theory]
        [InlineData(429)]
        [InlineData(503)]
        public async Task Post_is_retried_on_429_and_503_with_the_same_body_and_headers(int status)
        {
            await using Fixture f = await Fixture.StartAsync((attempt, context) => attempt == 1
                ? Respond.Json(context, status, """{"error":"busy"}""")
                : Respond.Json(context, 200, """{"text":"accepted"}"""));

            Reply reply = await f.Api.PostAsync("x", new Reply { Text = "payload ✓" }).WaitAsync(Fixture.Bound);

            Assert.Equal("accepted", reply.Text);
            Assert.Equal(2, f.FaultRequests);
            RecordedRequest first = f.Server.Requests[0];
            RecordedRequest second = f.Server.Requests[1];
            Assert.Equal("POST", second.Method);
            Assert.Equal(first.RawPath, second.RawPath);
            Assert.Equal(first.Body, second.Body);
            ApiKeysTests.AssertJsonEqual("""{"text":"payload ✓"}""", second.BodyText);
            Assert.Equal(first.ContentType, second.ContentType);
            Assert.Equal("Bearer " + ApiKeysTests.Key, second.Header("Authorization"));
            Assert.Equal(first.Header("User-Agent"), second.Header("User-Agent"));
        }

        [Fact]
        public async Task Post_with_an_idempotency_key_is_retried_on_500()
        {
            await using Fixture f = await Fixture.StartAsync((attempt, context) => attempt == 1
                ? Respond.Json(context, 500, """{"error":"boom"}""")
                : Respond.Json(context, 200, """{"text":"replayed"}"""));

            Reply reply = await f.Api.PostWithKeyAsync("x", new Reply { Text = "p" }, "key-123").WaitAsync(Fixture.Bound);

            Assert.Equal("replayed", reply.Text);
            Assert.Equal(2, f.FaultRequests);
            Assert.Equal("key-123", f.Server.Requests[1].Header("Idempotency-Key"));
        }

        [Fact]
        public async Task Retries_off_sends_each_request_once()
        {
            await using Fixture disabled = await Fixture.StartAsync((_, context) => Respond.Json(context, 503, """{"error":"busy"}"""), o => o.Retry.Enabled = false);
            await using Fixture single = await Fixture.StartAsync((_, context) => Respond.Json(context, 503, """{"error":"busy"}"""), o => o.Retry.MaxAttempts = 1);

            await Assert.ThrowsAsync<VeniceApiException>(() => disabled.Api.GetAsync("x")).WaitAsync(Fixture.Bound);
            await Assert.ThrowsAsync<VeniceApiException>(() => single.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.Equal(1, disabled.FaultRequests);
            Assert.Equal(1, single.FaultRequests);
        }

        [Theory]
        [InlineData("retry-after-date")]
        [InlineData("reset-unix-ms")]
        public async Task A_wait_longer_than_the_cap_fails_at_once_naming_the_reset_time(string form)
        {
            var reset = new DateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(10).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
            Dictionary<string, string> headers = form == "retry-after-date"
                ? Headers(("Retry-After", reset.ToString("R", CultureInfo.InvariantCulture)))
                : Headers(("x-ratelimit-remaining-requests", "0"), ("x-ratelimit-reset-requests", reset.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
            await using Fixture f = await Fixture.StartAsync(
                (_, context) => Respond.Json(context, 429, """{"error":"Rate limit exceeded"}""", headers),
                o => o.Retry.MaxDelay = TimeSpan.FromSeconds(60));
            var stopwatch = Stopwatch.StartNew();

            VeniceRetryDelayExceededException error = await Assert.ThrowsAsync<VeniceRetryDelayExceededException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
            Assert.Equal(1, f.FaultRequests);
            Assert.Equal(reset, error.RetryAt);
            Assert.Contains(reset.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), error.Message);
            Assert.Contains("MaxDelay", error.Message);
            Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
            Assert.Equal("Rate limit exceeded", error.ApiError.Error);
            Assert.Same(error.ApiError, error.InnerException);
            Secrets.AssertNoKey(error);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Failure_budget_stops_retries_and_fails_fast()
        {
            await using Fixture f = await Fixture.StartAsync(
                (_, context) => Respond.Json(context, 503, """{"error":"Model offline"}"""),
                o =>
                {
                    o.Retry.MaxAttempts = 10;
                    o.FailureBudgetThreshold = 3;
                });

            VeniceFailureBudgetExceededException first = await Assert.ThrowsAsync<VeniceFailureBudgetExceededException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);
            Assert.Equal(3, f.FaultRequests);

            var stopwatch = Stopwatch.StartNew();
            VeniceFailureBudgetExceededException second = await Assert.ThrowsAsync<VeniceFailureBudgetExceededException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2));

            Assert.Equal(4, f.FaultRequests); // the new call's first attempt is sent, its retries are not
            Assert.Equal(3, first.Threshold);
            Assert.Equal(4, second.Failures);
            Assert.InRange(second.ClearsIn, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
            Assert.Contains("30 s", first.Message);
            Assert.Contains("FailureBudgetThreshold", first.Message);
            Assert.Contains("Model offline", first.Message);
            VeniceApiException inner = Assert.IsType<VeniceApiException>(first.InnerException);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, inner.StatusCode);
            Secrets.AssertNoKey(first);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Connection_refused_is_retried_then_surfaces_HttpRequestException()
        {
            await using Fixture get = Fixture.ForClosedPort();
            await using Fixture post = Fixture.ForClosedPort();

            HttpRequestException getError = await Assert.ThrowsAsync<HttpRequestException>(() => get.Api.GetAsync("x")).WaitAsync(Fixture.Bound);
            HttpRequestException postError = await Assert.ThrowsAsync<HttpRequestException>(() => post.Api.PostAsync("x", new Reply())).WaitAsync(Fixture.Bound);

            // The request never reached a server, so even a POST is safe to send again.
            Assert.Equal(3, get.Handler.Sends);
            Assert.Equal(3, post.Handler.Sends);
            Assert.Equal(HttpRequestError.ConnectionError, getError.HttpRequestError);
            Secrets.AssertNoKey(getError);
            Secrets.AssertNoKey(postError);
        }

        [Fact]
        public async Task Connection_reset_before_headers_is_retried_for_get_but_not_for_post()
        {
            await using Fixture f = await Fixture.StartAsync((attempt, context) =>
            {
                if (attempt is 1 or 3)
                {
                    context.Abort();
                    return Task.CompletedTask;
                }

                return Respond.Json(context, 200, """{"text":"second try"}""");
            });

            Reply reply = await f.Api.GetAsync("x").WaitAsync(Fixture.Bound);
            Assert.Equal("second try", reply.Text);
            Assert.Equal(2, f.FaultRequests);

            HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => f.Api.PostAsync("x", new Reply())).WaitAsync(Fixture.Bound);
            Assert.Equal(3, f.FaultRequests);
            Secrets.AssertNoKey(error);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Caller_cancellation_during_a_backoff_wait_is_an_OperationCanceledException()
        {
            await using Fixture f = await Fixture.StartAsync(
                (_, context) => Respond.Json(context, 503, """{"error":"busy"}""", Headers(("Retry-After", "5"))),
                o =>
                {
                    o.Retry.MaxDelay = TimeSpan.FromSeconds(10);
                    o.OverallTimeout = TimeSpan.FromSeconds(30);
                });
            using var cts = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var stopwatch = Stopwatch.StartNew();

            OperationCanceledException error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => f.Api.GetAsync("x", cts.Token)).WaitAsync(Fixture.Bound);

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"took {stopwatch.Elapsed}");
            Assert.Equal(1, f.FaultRequests);
            Secrets.AssertNoKey(error);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Overall_timeout_spans_retries_and_is_a_typed_timeout()
        {
            await using Fixture f = await Fixture.StartAsync(
                (_, context) => Respond.Json(context, 503, """{"error":"busy"}""", Headers(("Retry-After", "1"))),
                o =>
                {
                    o.Retry.MaxAttempts = 10;
                    o.Retry.MaxDelay = TimeSpan.FromSeconds(10);
                    o.OverallTimeout = TimeSpan.FromMilliseconds(1500);
                });
            var stopwatch = Stopwatch.StartNew();

            VeniceTimeoutException error = await Assert.ThrowsAsync<VeniceTimeoutException>(() => f.Api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(1400), TimeSpan.FromSeconds(4));
            Assert.Equal(TimeSpan.FromMilliseconds(1500), error.Timeout);
            Assert.Contains("OverallTimeout", error.Message);
            Assert.Equal(2, f.FaultRequests);
            Secrets.AssertNoKey(error);
            await f.AssertHealthyAsync();
        }

        [Fact]
        public async Task Redirect_to_another_host_is_not_followed_and_the_key_never_travels()
        {
            await using LoopbackServer other = await LoopbackServer.StartJsonAsync(200, """{"text":"stolen"}""");
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                Respond.Json(context, 307, "{}", Headers(("Location", new Uri(other.Root, "api/v1/r/x").AbsoluteUri))));
            // The library's own HttpClient (not the fixture's) is what is under test here.
            VeniceClientOptions options = Fixture.Options(server.BaseAddress);
            using var client = new VeniceClient(options);
            var api = new ReliabilityApiClient(client.Connection);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => api.GetAsync("x")).WaitAsync(Fixture.Bound);

            Assert.Equal(HttpStatusCode.TemporaryRedirect, error.StatusCode);
            Assert.Single(server.Requests);
            Assert.Empty(other.Requests);
            Secrets.AssertNoKey(error);
        }
    }
}
