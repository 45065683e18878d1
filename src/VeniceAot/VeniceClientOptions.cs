using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot
{
    /// <summary>Settings for <see cref="VeniceClient"/>. The API key never appears in <see cref="ToString"/>.</summary>
    public sealed class VeniceClientOptions
    {
        /// <summary>Venice's production API.</summary>
        public static readonly Uri DefaultBaseAddress = new("https://api.venice.ai/api/v1");

        /// <summary>The API key sent as <c>Authorization: Bearer …</c>; null sends no credentials (public endpoints only).</summary>
        public string? ApiKey { get; set; }

        /// <summary>The API's base address; defaults to <see cref="DefaultBaseAddress"/>.</summary>
        public Uri BaseAddress { get; set; } = DefaultBaseAddress;

        /// <summary>
        /// How long one request may take to return its response headers (bodies and streams are read after
        /// that). Applies to the <see cref="HttpClient"/> VeniceAot creates; a caller-supplied client keeps its own.
        /// </summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>The <c>User-Agent</c> header.</summary>
        public string UserAgent { get; set; } = "VeniceAot/0.1";

        /// <summary>
        /// An <see cref="System.Net.Http.HttpClient"/> to send through (not disposed by VeniceAot); null creates one. The one
        /// VeniceAot creates does not ask for compressed responses (HttpClient's own default), which keeps gzip and Brotli
        /// out of Native AOT binaries; to accept them, pass a client whose <see cref="SocketsHttpHandler"/> sets
        /// <see cref="SocketsHttpHandler.AutomaticDecompression"/>.
        /// </summary>
        public HttpClient? HttpClient { get; set; }

        /// <summary>
        /// Allows sending the API key over plain HTTP to a host that is not loopback. Off by default: the key
        /// would travel in clear text.
        /// </summary>
        public bool AllowInsecureHttp { get; set; }

        /// <summary>
        /// How failed requests are retried; on by default (3 attempts, 0.5 s backoff unit with full jitter, at most
        /// 60 s per wait). Set <see cref="RetryOptions.Enabled"/> to false or <see cref="RetryOptions.MaxAttempts"/>
        /// to 1 to send every request once. See <see cref="RetryOptions"/> for which requests are retried.
        /// </summary>
        public RetryOptions Retry { get; set; } = new();

        /// <summary>
        /// An upper bound on a whole call across all its attempts and the waits between them; null (the default)
        /// sets none beyond <see cref="Timeout"/> per attempt. For calls that return a parsed body it also covers
        /// reading that body; for binary responses and event streams it ends when the response headers arrive
        /// (reading the body is bounded by the caller's token). When it elapses the call throws
        /// <see cref="VeniceTimeoutException"/> (whose message names this
        /// option), never <see cref="OperationCanceledException"/>, which stays reserved for the caller's token.
        /// </summary>
        public TimeSpan? OverallTimeout { get; set; }

        /// <summary>
        /// Venice blocks a key for 30 s after more than 20 failed (non-2xx) requests in 30 s. The client counts
        /// its own failed responses in a sliding 30 s window and, once the count reaches this threshold, stops
        /// retrying and fails with <see cref="VeniceFailureBudgetExceededException"/> instead. First attempts
        /// are always sent. Default 15; 0 turns the check off. Counted per <see cref="VeniceClient"/> (per key).
        /// </summary>
        public int FailureBudgetThreshold { get; set; } = 15;

        /// <summary>
        /// The largest JSON response body the client reads, in bytes (default 64 MiB); a larger one fails with
        /// <see cref="VeniceResponseTooLargeException"/>. Binary responses and event streams are not limited, and
        /// error bodies are always cut at 1 MiB.
        /// </summary>
        public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;

        /// <summary>
        /// Supplies the <c>SIGN-IN-WITH-X</c> header (a base64 JSON wallet signature, see Venice's x402 docs) for the
        /// endpoints that require wallet authentication (<see cref="X402.X402Client"/>). It is called once per request,
        /// so it can sign a fresh message each time; VeniceAot never signs anything itself. Null: those calls fail
        /// with <see cref="InvalidOperationException"/> unless the <see cref="X402.X402Client"/> was given its own provider.
        /// </summary>
        public Func<CancellationToken, ValueTask<string>>? SignInWithX { get; set; }

        /// <summary>
        /// Records prompt and completion text on telemetry spans: for chat calls, the request messages as
        /// <c>gen_ai.input.messages</c> and the answer as <c>gen_ai.output.messages</c> (OpenTelemetry GenAI JSON). Off
        /// by default, because prompts and answers may be sensitive; turn it on only where the trace backend may hold
        /// them. The API key and the <c>Authorization</c> header are never recorded, whatever this says.
        /// </summary>
        public bool RecordContent { get; set; }

        /// <summary>
        /// A copy of every setting, with its own <see cref="Retry"/> (so changing the copy never changes this one);
        /// <see cref="HttpClient"/> and <see cref="SignInWithX"/> are shared references. Useful where options are
        /// cached and a client needs variations, as the dependency-injection package does.
        /// </summary>
        /// <returns>The copy.</returns>
        public VeniceClientOptions Clone() => new()
        {
            ApiKey = ApiKey,
            BaseAddress = BaseAddress,
            Timeout = Timeout,
            UserAgent = UserAgent,
            HttpClient = HttpClient,
            AllowInsecureHttp = AllowInsecureHttp,
            Retry = Retry?.Clone()!,
            OverallTimeout = OverallTimeout,
            FailureBudgetThreshold = FailureBudgetThreshold,
            MaxResponseBytes = MaxResponseBytes,
            SignInWithX = SignInWithX,
            RecordContent = RecordContent,
        };

        /// <inheritdoc/>
        public override string ToString() =>
            $"VeniceClientOptions {{ BaseAddress = {BaseAddress}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")}, Timeout = {Timeout}, UserAgent = {UserAgent}, Retry = {Retry} }}";
    }
}
