using System;
using System.Globalization;
using System.Net;

namespace VeniceAot
{
    /// <summary>
    /// The server asked to wait longer before trying again than <see cref="RetryOptions.MaxDelay"/> allows, so
    /// the call failed at once instead of sleeping. <see cref="RetryAt"/> says when to try again;
    /// <see cref="Exception.InnerException"/> is the <see cref="VeniceApiException"/> the server answered with.
    /// </summary>
    public sealed class VeniceRetryDelayExceededException : VeniceException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="retryAt">When the server said to try again.</param>
        /// <param name="delay">The wait that implies, from when the response arrived.</param>
        /// <param name="maxDelay">The cap that was exceeded.</param>
        /// <param name="apiError">The server's answer.</param>
        public VeniceRetryDelayExceededException(DateTimeOffset retryAt, TimeSpan delay, TimeSpan maxDelay, VeniceApiException apiError)
            : base(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Venice answered {(int)apiError.StatusCode} and asked to retry at {retryAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} (in {delay.TotalSeconds:0.###} s), longer than RetryOptions.MaxDelay ({maxDelay.TotalSeconds:0.###} s); not waiting. Try again after that time, or raise MaxDelay. Server said: {apiError.Message}"),
                apiError)
        {
            RetryAt = retryAt;
            Delay = delay;
            MaxDelay = maxDelay;
            StatusCode = apiError.StatusCode;
            ApiError = apiError;
            RequestId = apiError.RequestId;
        }

        /// <summary>When the server said to try again (from <c>Retry-After</c> or the rate-limit reset headers).</summary>
        public DateTimeOffset RetryAt { get; }

        /// <summary>How long that was from when the response arrived.</summary>
        public TimeSpan Delay { get; }

        /// <summary>The configured cap on a single wait.</summary>
        public TimeSpan MaxDelay { get; }

        /// <summary>The HTTP status of the server's answer (usually 429 or 503).</summary>
        public HttpStatusCode StatusCode { get; }

        /// <summary>The server's answer, with its body and rate-limit metadata.</summary>
        public VeniceApiException ApiError { get; }
    }

    /// <summary>
    /// Retries stopped because this connection has had many failed responses recently. Venice blocks a key for
    /// 30 s after more than 20 failed requests in 30 s; VeniceAot stops retrying at
    /// <see cref="VeniceClientOptions.FailureBudgetThreshold"/> failures so that retries never get the key
    /// blocked. <see cref="Exception.InnerException"/> is the failure that would otherwise have been retried.
    /// </summary>
    public sealed class VeniceFailureBudgetExceededException : VeniceException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="failures">Failed responses in the last 30 s.</param>
        /// <param name="threshold">The configured threshold.</param>
        /// <param name="clearsIn">How long until the count falls below the threshold.</param>
        /// <param name="lastError">The failure that would have been retried.</param>
        public VeniceFailureBudgetExceededException(int failures, int threshold, TimeSpan clearsIn, Exception lastError)
            : base(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Not retrying: this client has had {failures} failed responses from Venice in the last 30 s (VeniceClientOptions.FailureBudgetThreshold = {threshold}). Venice blocks a key for 30 s after more than 20 failed requests in 30 s, so VeniceAot fails fast instead; retries resume in about {Math.Ceiling(clearsIn.TotalSeconds):0} s. Last failure: {lastError.Message}"),
                lastError)
        {
            Failures = failures;
            Threshold = threshold;
            ClearsIn = clearsIn;
            RequestId = (lastError as VeniceException)?.RequestId;
        }

        /// <summary>Failed responses in the last 30 s on this connection.</summary>
        public int Failures { get; }

        /// <summary>The configured threshold.</summary>
        public int Threshold { get; }

        /// <summary>How long until the count falls below the threshold again.</summary>
        public TimeSpan ClearsIn { get; }
    }

    /// <summary>
    /// A JSON response body was larger than <see cref="VeniceClientOptions.MaxResponseBytes"/>; reading stopped
    /// there and the connection was released.
    /// </summary>
    public sealed class VeniceResponseTooLargeException : VeniceException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="statusCode">The HTTP status of the response.</param>
        /// <param name="limit">The configured limit in bytes.</param>
        /// <param name="declaredLength">The declared <c>Content-Length</c>, when the server sent one.</param>
        public VeniceResponseTooLargeException(HttpStatusCode statusCode, long limit, long? declaredLength)
            : base(
                declaredLength is { } length
                    ? string.Create(CultureInfo.InvariantCulture, $"The Venice response body is {length} bytes, more than VeniceClientOptions.MaxResponseBytes ({limit}); raise the limit if this response is expected.")
                    : string.Create(CultureInfo.InvariantCulture, $"The Venice response body exceeded VeniceClientOptions.MaxResponseBytes ({limit} bytes); raise the limit if this response is expected."))
        {
            StatusCode = statusCode;
            Limit = limit;
            DeclaredLength = declaredLength;
        }

        /// <summary>The HTTP status of the response.</summary>
        public HttpStatusCode StatusCode { get; }

        /// <summary>The configured limit in bytes.</summary>
        public long Limit { get; }

        /// <summary>The declared <c>Content-Length</c>, or null when the body was chunked.</summary>
        public long? DeclaredLength { get; }
    }
}
