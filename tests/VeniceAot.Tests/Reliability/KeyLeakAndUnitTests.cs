using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Reliability
{
    public sealed class KeyLeakAndUnitTests
    {
        [Fact]
        public async Task No_exception_across_the_fault_matrix_mentions_the_api_key()
        {
            // The key also travels in a request body here, so a message that quoted the request would show it.
            await using Fixture f = await Fixture.StartAsync(async (_, context) =>
            {
                string fault = context.Request.Path.Value![(context.Request.Path.Value!.LastIndexOf('/') + 1)..];
                switch (fault)
                {
                    case "s400": await Respond.Json(context, 400, """{"error":"bad","details":{"_errors":["Field is required"]}}"""); break;
                    case "s401": await Respond.Json(context, 401, """{"error":"Authentication failed"}"""); break;
                    case "s429": await Respond.Json(context, 429, """{"error":"slow down"}""", new Dictionary<string, string> { ["Retry-After"] = "3600" }); break;
                    case "s502": await Respond.Text(context, 502, "text/html", "<html>Bad gateway</html>"); break;
                    case "s503": await Respond.Json(context, 503, """{"error":"Model offline"}"""); break;
                    case "abort": context.Abort(); break;
                    case "bad-json": await Respond.Json(context, 200, "{not json"); break;
                    case "empty": context.Response.ContentLength = 0; break;
                    case "huge": await Respond.Json(context, 200, "{\"text\":\"" + new string('k', 4096) + "\"}"); break;
                    case "truncated": await Respond.EventStream(context, ["""{"text":"a"}"""], done: false); break;
                }
            }, o => o.MaxResponseBytes = 1024);

            var errors = new List<Exception>();
            foreach (string fault in new[] { "s400", "s401", "s429", "s502", "s503", "abort", "bad-json", "empty", "huge" })
            {
                errors.Add(await Assert.ThrowsAnyAsync<Exception>(() => f.Api.GetAsync(fault)).WaitAsync(Fixture.Bound));
                errors.Add(await Assert.ThrowsAnyAsync<Exception>(() => f.Api.PostAsync(fault, new Reply { Text = ApiKeysTests.Key })).WaitAsync(Fixture.Bound));
            }

            errors.Add(await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await foreach (Reply item in f.Api.StreamAsync("truncated", new Reply()))
                {
                }
            }).WaitAsync(Fixture.Bound));
            await using Fixture closed = Fixture.ForClosedPort();
            errors.Add(await Assert.ThrowsAnyAsync<Exception>(() => closed.Api.GetAsync("x")).WaitAsync(Fixture.Bound));
            await using Fixture slow = await Fixture.StartAsync((_, context) => Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted), attemptTimeout: TimeSpan.FromMilliseconds(100));
            errors.Add(await Assert.ThrowsAnyAsync<Exception>(() => slow.Api.GetAsync("x")).WaitAsync(Fixture.Bound));

            Assert.Contains(errors, e => e is VeniceApiException);
            Assert.Contains(errors, e => e is VeniceRetryDelayExceededException);
            Assert.Contains(errors, e => e is VeniceResponseTooLargeException);
            Assert.Contains(errors, e => e is HttpRequestException);
            Assert.Contains(errors, e => e is VeniceStreamTruncatedException);
            Assert.Contains(errors, e => e is VeniceTimeoutException);
            foreach (Exception error in errors)
            {
                Secrets.AssertNoKey(error);
            }

            await f.AssertHealthyAsync();
        }

        [Fact]
        public void Retry_after_reads_delta_seconds_and_http_dates()
        {
            DateTimeOffset now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
            using var seconds = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            seconds.Headers.TryAddWithoutValidation("Retry-After", "7");
            using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            date.Headers.TryAddWithoutValidation("Retry-After", now.AddSeconds(42).ToString("R", CultureInfo.InvariantCulture));
            using var garbage = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            garbage.Headers.TryAddWithoutValidation("Retry-After", "soon");
            using var resetOn500 = new HttpResponseMessage(HttpStatusCode.InternalServerError);
            resetOn500.Headers.TryAddWithoutValidation("x-ratelimit-reset-requests", "30");

            Assert.True(RetryDelay.TryFromResponse(seconds, now, out DateTimeOffset a));
            Assert.Equal(now.AddSeconds(7), a);
            Assert.True(RetryDelay.TryFromResponse(date, now, out DateTimeOffset b));
            Assert.Equal(now.AddSeconds(42), b);
            Assert.False(RetryDelay.TryFromResponse(garbage, now, out _));
            Assert.False(RetryDelay.TryFromResponse(resetOn500, now, out _));
        }

        [Theory]
        [InlineData(null, "20", null, null, 20)] // remaining not sent: the request window is the documented one
        [InlineData("0", "20", "100", "50", 20)]
        [InlineData("3", "20", "0", "50", 50)]
        [InlineData("0", "20", "0", "50", 50)] // both spent: the later reset
        [InlineData("3", "20", "100", "50", null)] // neither spent (overload): backoff, not a reset
        [InlineData("0", "1772366430", null, null, 30)] // Unix seconds
        [InlineData("0", "1772366445000", null, null, 45)] // Unix milliseconds
        public void Rate_limit_reset_on_429_picks_the_spent_budget(string? remainingRequests, string resetRequests, string? remainingTokens, string? resetTokens, int? expectedSeconds)
        {
            DateTimeOffset now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero); // 1772366400
            using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.TryAddWithoutValidation("x-ratelimit-reset-requests", resetRequests);
            if (remainingRequests is not null)
            {
                response.Headers.TryAddWithoutValidation("x-ratelimit-remaining-requests", remainingRequests);
            }

            if (remainingTokens is not null)
            {
                response.Headers.TryAddWithoutValidation("x-ratelimit-remaining-tokens", remainingTokens);
            }

            if (resetTokens is not null)
            {
                response.Headers.TryAddWithoutValidation("x-ratelimit-reset-tokens", resetTokens);
            }

            bool found = RetryDelay.TryFromResponse(response, now, out DateTimeOffset retryAt);

            Assert.Equal(expectedSeconds is not null, found);
            if (expectedSeconds is { } s)
            {
                Assert.Equal(now.AddSeconds(s), retryAt);
            }
        }

        [Fact]
        public void Backoff_is_full_jitter_under_an_exponential_ceiling_capped_at_max_delay()
        {
            TimeSpan unit = TimeSpan.FromMilliseconds(100);
            for (int i = 0; i < 200; i++)
            {
                Assert.InRange(RetryDelay.Backoff(1, unit, TimeSpan.FromSeconds(60)), TimeSpan.Zero, unit);
                Assert.InRange(RetryDelay.Backoff(3, unit, TimeSpan.FromSeconds(60)), TimeSpan.Zero, unit * 4);
                Assert.InRange(RetryDelay.Backoff(40, unit, TimeSpan.FromSeconds(1)), TimeSpan.Zero, TimeSpan.FromSeconds(1));
            }
        }

        [Fact]
        public void Failure_budget_counts_failures_in_the_window_up_to_the_threshold()
        {
            var budget = new FailureBudget(3);
            budget.RecordFailure();
            budget.RecordFailure();
            Assert.False(budget.IsExhausted(out int two, out _));
            budget.RecordFailure();
            Assert.True(budget.IsExhausted(out int three, out TimeSpan clearsIn));
            for (int i = 0; i < 40; i++)
            {
                budget.RecordFailure();
            }

            Assert.True(budget.IsExhausted(out int many, out _));
            Assert.Equal(2, two);
            Assert.Equal(3, three);
            Assert.Equal(32, many); // the ring remembers at least 32
            Assert.InRange(clearsIn, TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(30));
        }

        [Fact]
        public void Invalid_retry_settings_are_refused_up_front()
        {
            Assert.Throws<ArgumentException>(() => new VeniceClient(new VeniceClientOptions { ApiKey = "k", Retry = new RetryOptions { MaxAttempts = 0 } }));
            Assert.Throws<ArgumentException>(() => new VeniceClient(new VeniceClientOptions { ApiKey = "k", MaxResponseBytes = 0 }));
            Assert.Throws<ArgumentException>(() => new VeniceClient(new VeniceClientOptions { ApiKey = "k", OverallTimeout = TimeSpan.Zero }));
            Assert.Contains("MaxAttempts = 3", new VeniceClientOptions().ToString());
        }
    }
}
