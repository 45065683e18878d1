using System;

namespace VeniceAot
{
    /// <summary>
    /// How <see cref="Http.ApiConnection"/> retries failed requests. On by default. A request is retried on
    /// 429, 500, 502, 503 and 504 and on transient network failures, with exponential backoff and full
    /// jitter, and never on any other status (other 4xx in particular).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Which requests are safe to send again: <c>GET</c>, <c>HEAD</c>, <c>OPTIONS</c>, <c>PUT</c> and
    /// <c>DELETE</c> are idempotent (RFC 9110) and are retried on every retryable status and on a connection
    /// that failed or was reset before the response headers arrived. <c>POST</c>, <c>PATCH</c> and any other
    /// method may have taken effect, so they are retried only when the server cannot have acted on them:
    /// the connection could not be established, or the answer was 429 or 503. A request carrying an
    /// <c>Idempotency-Key</c> header is treated as idempotent whatever its method.
    /// </para>
    /// <para>
    /// A request is retried only when its body can be sent again: no body, or a buffered body
    /// (<see cref="System.Net.Http.ByteArrayContent"/>, which is what generated clients send for JSON).
    /// Stream and multipart bodies are sent once. Event streams are retried only before their response
    /// headers arrive, never after the first event. Timeouts (<see cref="VeniceClientOptions.Timeout"/>)
    /// are not retried.
    /// </para>
    /// <para>
    /// The wait before a retry is the server's when it names one (<c>Retry-After</c> in seconds or as an HTTP
    /// date; on 429 also <c>x-ratelimit-reset-requests</c> / <c>x-ratelimit-reset-tokens</c>), otherwise a
    /// random delay between zero and <c>BaseDelay × 2^(retry − 1)</c>, capped at <see cref="MaxDelay"/>.
    /// When the server asks for a wait longer than <see cref="MaxDelay"/>, the call fails at once with
    /// <see cref="VeniceRetryDelayExceededException"/> (naming the time to try again) instead of sleeping.
    /// </para>
    /// </remarks>
    public sealed class RetryOptions
    {
        /// <summary>Whether failed requests are retried at all. Default <c>true</c>.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>
        /// How many times a request may be sent in total, the first attempt included. Default 3; 1 turns
        /// retries off. Must be at least 1.
        /// </summary>
        public int MaxAttempts { get; set; } = 3;

        /// <summary>
        /// The backoff unit: the first retry waits a random time up to this, the second up to twice this, and
        /// so on (full jitter). Default 0.5 s.
        /// </summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(0.5);

        /// <summary>
        /// The longest single wait between attempts, default 60 s. Computed backoff is capped at this; a wait the
        /// server asks for (<c>Retry-After</c>, rate-limit reset) that is longer fails the call at once with
        /// <see cref="VeniceRetryDelayExceededException"/>.
        /// </summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>A copy of these settings.</summary>
        /// <returns>The copy.</returns>
        public RetryOptions Clone() => new()
        {
            Enabled = Enabled,
            MaxAttempts = MaxAttempts,
            BaseDelay = BaseDelay,
            MaxDelay = MaxDelay,
        };

        /// <inheritdoc/>
        public override string ToString() =>
            Enabled && MaxAttempts > 1
                ? $"RetryOptions {{ MaxAttempts = {MaxAttempts}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay} }}"
                : "RetryOptions { off }";
    }
}
