using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace VeniceAot.Http
{
    /// <summary>How long to wait before the next attempt: the server's word when it gives one, else jittered backoff.</summary>
    internal static class RetryDelay
    {
        /// <summary>
        /// The wait the server asks for, or null when it names none: <c>Retry-After</c> (delta seconds or HTTP
        /// date) on any status; on 429 also Venice's reset headers (<c>x-ratelimit-reset-requests</c> when the
        /// request budget is spent or its state is not sent, <c>x-ratelimit-reset-tokens</c> when the token budget
        /// is spent; the later of the two when both are), read by <see cref="RateLimitState.ParseReset"/>. A 429
        /// whose remaining counts are both above zero (an overloaded model, say) names no time: backoff applies.
        /// </summary>
        /// <param name="response">The failed response.</param>
        /// <param name="now">The current time.</param>
        /// <param name="retryAt">When the server says to try again.</param>
        /// <returns>True when the server named a time.</returns>
        public static bool TryFromResponse(HttpResponseMessage response, DateTimeOffset now, out DateTimeOffset retryAt)
        {
            RetryConditionHeaderValue? retryAfter = null;
            try
            {
                retryAfter = response.Headers.RetryAfter;
            }
            catch (FormatException)
            {
                // An unreadable Retry-After is ignored; backoff applies.
            }

            if (retryAfter?.Delta is { } delta)
            {
                retryAt = now + (delta < TimeSpan.Zero ? TimeSpan.Zero : delta);
                return true;
            }

            if (retryAfter?.Date is { } date)
            {
                retryAt = date < now ? now : date;
                return true;
            }

            retryAt = default;
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return false;
            }

            // Venice sends the reset headers on every response; they say when to come back only on a 429.
            HttpResponseHeaders headers = response.Headers;
            long? remainingRequests = Long(ResponseMetadata.Header(headers, "x-ratelimit-remaining-requests"));
            long? remainingTokens = Long(ResponseMetadata.Header(headers, "x-ratelimit-remaining-tokens"));
            DateTimeOffset? requests = RateLimitState.ParseReset(ResponseMetadata.Header(headers, "x-ratelimit-reset-requests"), now);
            DateTimeOffset? tokens = RateLimitState.ParseReset(ResponseMetadata.Header(headers, "x-ratelimit-reset-tokens"), now);
            bool found = false;
            if (requests is { } r && remainingRequests is <= 0)
            {
                retryAt = r;
                found = true;
            }

            if (tokens is { } t && remainingTokens is <= 0 && (!found || t > retryAt))
            {
                retryAt = t;
                found = true;
            }

            if (!found && requests is { } fallback && remainingRequests is null)
            {
                // Which budget ran out is not said; Venice's guide points at the request window.
                retryAt = fallback;
                found = true;
            }

            if (found && retryAt < now)
            {
                retryAt = now;
            }

            return found;
        }

        /// <summary>
        /// Full-jitter exponential backoff: uniformly random in [0, min(<paramref name="maxDelay"/>,
        /// <paramref name="baseDelay"/> × 2^(<paramref name="retry"/> − 1))].
        /// </summary>
        /// <param name="retry">1 for the first retry, 2 for the second, …</param>
        /// <param name="baseDelay">The backoff unit.</param>
        /// <param name="maxDelay">The cap.</param>
        /// <returns>The wait.</returns>
        public static TimeSpan Backoff(int retry, TimeSpan baseDelay, TimeSpan maxDelay)
        {
            double ceiling = baseDelay.Ticks * Math.Pow(2, Math.Min(retry - 1, 30));
            if (ceiling > maxDelay.Ticks)
            {
                ceiling = maxDelay.Ticks;
            }

            return TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * ceiling));
        }

        private static long? Long(string? value) =>
            long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long number) ? number : null;
    }
}
