using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace VeniceAot.Http
{
    /// <summary>What Venice says about a response besides its body: request id, rate limits, balance, version, deprecation.</summary>
    public sealed class ResponseMetadata
    {
        private HttpHeaders? _headers;
        private HttpHeaders? _contentHeaders;

        /// <summary>The HTTP status code.</summary>
        public HttpStatusCode StatusCode { get; init; }

        /// <summary>The request id to quote to Venice support (<c>CF-RAY</c>, else <c>X-Request-ID</c>).</summary>
        public string? RequestId { get; init; }

        /// <summary>The response's content type, if any.</summary>
        public string? ContentType { get; init; }

        /// <summary>Rate-limit state from the <c>x-ratelimit-*</c> headers.</summary>
        public RateLimitState RateLimit { get; init; } = new();

        /// <summary><c>X-Balance-Remaining</c>: USD left on an x402 wallet after the request.</summary>
        public decimal? BalanceRemaining { get; init; }

        /// <summary><c>x-venice-balance-usd</c>: the USD balance before the request.</summary>
        public decimal? BalanceUsd { get; init; }

        /// <summary><c>x-venice-balance-diem</c>: the DIEM balance before the request.</summary>
        public decimal? BalanceDiem { get; init; }

        /// <summary><c>x-venice-version</c>: the API build that answered.</summary>
        public string? VeniceVersion { get; init; }

        /// <summary><c>x-venice-deprecated</c> is <c>true</c>: the endpoint or model is deprecated.</summary>
        public bool IsDeprecated { get; init; }

        /// <summary><c>x-venice-deprecated-replacement</c>: what to use instead.</summary>
        public string? DeprecatedReplacement { get; init; }

        /// <summary><c>x-venice-model-deprecation-warning</c>.</summary>
        public string? ModelDeprecationWarning { get; init; }

        /// <summary><c>x-venice-model-deprecation-date</c>, as sent.</summary>
        public string? ModelDeprecationDate { get; init; }

        /// <summary><c>x-venice-is-blurred</c> is <c>true</c>: Safe Venice blurred the generated image because it is adult material.</summary>
        public bool IsBlurred { get; init; }

        /// <summary><c>x-venice-is-content-violation</c> is <c>true</c>: the generated image does not meet Venice's terms of service.</summary>
        public bool IsContentViolation { get; init; }

        /// <summary>Reads the metadata from a response's headers.</summary>
        /// <param name="response">The response.</param>
        /// <returns>The metadata.</returns>
        public static ResponseMetadata From(HttpResponseMessage response)
        {
            HttpResponseHeaders headers = response.Headers;
            DateTimeOffset now = DateTimeOffset.UtcNow;
            return new ResponseMetadata
            {
                StatusCode = response.StatusCode,
                RequestId = Header(headers, "CF-RAY") ?? Header(headers, "X-Request-ID"),
                ContentType = response.Content.Headers.ContentType?.MediaType,
                RateLimit = new RateLimitState
                {
                    LimitRequests = Long(headers, "x-ratelimit-limit-requests"),
                    RemainingRequests = Long(headers, "x-ratelimit-remaining-requests"),
                    ResetRequests = RateLimitState.ParseReset(Header(headers, "x-ratelimit-reset-requests"), now),
                    LimitTokens = Long(headers, "x-ratelimit-limit-tokens"),
                    RemainingTokens = Long(headers, "x-ratelimit-remaining-tokens"),
                    ResetTokens = RateLimitState.ParseReset(Header(headers, "x-ratelimit-reset-tokens"), now),
                    Type = Header(headers, "x-ratelimit-type"),
                },
                BalanceRemaining = Decimal(headers, "X-Balance-Remaining"),
                BalanceUsd = Decimal(headers, "x-venice-balance-usd"),
                BalanceDiem = Decimal(headers, "x-venice-balance-diem"),
                VeniceVersion = Header(headers, "x-venice-version"),
                IsDeprecated = string.Equals(Header(headers, "x-venice-deprecated"), "true", StringComparison.OrdinalIgnoreCase),
                DeprecatedReplacement = Header(headers, "x-venice-deprecated-replacement"),
                ModelDeprecationWarning = Header(headers, "x-venice-model-deprecation-warning"),
                ModelDeprecationDate = Header(headers, "x-venice-model-deprecation-date"),
                IsBlurred = IsTrue(headers, "x-venice-is-blurred"),
                IsContentViolation = IsTrue(headers, "x-venice-is-content-violation"),
                _headers = headers,
                _contentHeaders = response.Content.Headers,
            };
        }

        /// <summary>
        /// The first value of any response header, by case-insensitive name, for headers without a property of their
        /// own (e.g. <c>x-next-cursor</c>, <c>PAYMENT-REQUIRED</c>, <c>X-Venice-RPC-Credits</c>); null when absent.
        /// </summary>
        /// <param name="name">The header name.</param>
        /// <returns>The value as sent, or null.</returns>
        public string? GetHeader(string name)
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            return (_headers is null ? null : Header(_headers, name)) ?? (_contentHeaders is null ? null : Header(_contentHeaders, name));
        }

        internal static string? Header(HttpHeaders headers, string name)
        {
            if (headers.NonValidated.TryGetValues(name, out HeaderStringValues values))
            {
                foreach (string value in values)
                {
                    return value;
                }
            }

            return null;
        }

        private static bool IsTrue(HttpHeaders headers, string name) =>
            string.Equals(Header(headers, name)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        private static long? Long(HttpHeaders headers, string name) =>
            long.TryParse(Header(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : null;

        private static decimal? Decimal(HttpHeaders headers, string name) =>
            decimal.TryParse(Header(headers, name), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) ? value : null;
    }
}
