using System;
using System.Globalization;

namespace VeniceAot.Http
{
    /// <summary>Venice's <c>x-ratelimit-*</c> headers, parsed. Absent headers are null.</summary>
    public sealed class RateLimitState
    {
        /// <summary>Requests allowed in the window.</summary>
        public long? LimitRequests { get; init; }

        /// <summary>Requests left in the window.</summary>
        public long? RemainingRequests { get; init; }

        /// <summary>When the request window resets.</summary>
        public DateTimeOffset? ResetRequests { get; init; }

        /// <summary>Tokens allowed in the window.</summary>
        public long? LimitTokens { get; init; }

        /// <summary>Tokens left in the window.</summary>
        public long? RemainingTokens { get; init; }

        /// <summary>When the token window resets.</summary>
        public DateTimeOffset? ResetTokens { get; init; }

        /// <summary><c>x-ratelimit-type</c>: <c>user</c>, <c>api_key</c> or <c>global</c>.</summary>
        public string? Type { get; init; }

        /// <summary>
        /// Venice sends reset times as seconds from now, Unix seconds or Unix milliseconds (documentation and
        /// practice disagree), so the unit is told by magnitude: below 10^9 a delay in seconds, below 10^12
        /// Unix seconds, otherwise Unix milliseconds.
        /// </summary>
        /// <param name="value">The header value.</param>
        /// <param name="now">The time the response arrived.</param>
        /// <returns>The reset time, or null when absent or unreadable.</returns>
        public static DateTimeOffset? ParseReset(string? value, DateTimeOffset now)
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || number < 0 || double.IsInfinity(number))
            {
                return null;
            }

            if (number < 1e9)
            {
                return now.AddSeconds(number);
            }

            if (number < 1e12)
            {
                return DateTimeOffset.FromUnixTimeMilliseconds((long)(number * 1000));
            }

            return number < 1e15 ? DateTimeOffset.FromUnixTimeMilliseconds((long)number) : null;
        }
    }
}
