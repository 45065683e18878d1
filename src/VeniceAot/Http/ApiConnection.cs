using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Telemetry;

namespace VeniceAot.Http
{
    /// <summary>
    /// The small runtime generated clients call: it creates requests with credentials, sends them (retrying
    /// transient failures as <see cref="RetryOptions"/> describes, within
    /// <see cref="VeniceClientOptions.OverallTimeout"/> and the failure budget), maps failures to
    /// <see cref="VeniceApiException"/> and reads bodies through <see cref="JsonTypeInfo{T}"/>.
    /// One connection serves any number of generated clients and threads.
    /// </summary>
    public sealed class ApiConnection : IDisposable
    {
        /// <summary>Error bodies are read up to this many bytes; the rest is dropped.</summary>
        internal const int MaxErrorBodyBytes = 1 << 20;

        private readonly HttpClient _http;
        private readonly bool _ownsHttp;
        private readonly string? _authorization;
        private readonly string _userAgent;
        private readonly TimeSpan _timeout;
        private readonly int _maxAttempts;
        private readonly TimeSpan _baseDelay;
        private readonly TimeSpan _maxDelay;
        private readonly TimeSpan? _overallTimeout;
        private readonly long _maxResponseBytes;
        private readonly FailureBudget? _failureBudget;
        private readonly bool _recordContent;

        /// <summary>Creates a connection from <paramref name="options"/>.</summary>
        /// <param name="options">Key, base address, timeouts, retries, limits, user agent and optional <see cref="HttpClient"/>.</param>
        public ApiConnection(VeniceClientOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            Uri baseAddress = options.BaseAddress ?? throw new ArgumentException("VeniceClientOptions.BaseAddress must be set.", nameof(options));
            if (!baseAddress.IsAbsoluteUri || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"VeniceClientOptions.BaseAddress must be an absolute http(s) URI, not '{baseAddress}'.", nameof(options));
            }

            if (!string.IsNullOrEmpty(options.ApiKey))
            {
                if (options.ApiKey.AsSpan().IndexOfAny('\r', '\n') >= 0)
                {
                    throw new ArgumentException("The API key contains a line break; copy it again without surrounding whitespace.", nameof(options));
                }

                if (baseAddress.Scheme == Uri.UriSchemeHttp && !baseAddress.IsLoopback && !options.AllowInsecureHttp)
                {
                    throw new ArgumentException(
                        $"Refusing to send the API key over plain HTTP to '{baseAddress.Host}'. Use https, or set VeniceClientOptions.AllowInsecureHttp if you accept the risk.",
                        nameof(options));
                }

                _authorization = "Bearer " + options.ApiKey.Trim();
            }

            RetryOptions retry = options.Retry ?? new RetryOptions { Enabled = false };
            if (retry.MaxAttempts < 1)
            {
                throw new ArgumentException("RetryOptions.MaxAttempts must be at least 1 (1 sends each request once).", nameof(options));
            }

            if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < TimeSpan.Zero)
            {
                throw new ArgumentException("RetryOptions.BaseDelay and MaxDelay must not be negative.", nameof(options));
            }

            if (options.OverallTimeout is { } overall && overall <= TimeSpan.Zero && overall != System.Threading.Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentException("VeniceClientOptions.OverallTimeout must be positive, or null for none.", nameof(options));
            }

            if (options.MaxResponseBytes <= 0)
            {
                throw new ArgumentException("VeniceClientOptions.MaxResponseBytes must be positive.", nameof(options));
            }

            _maxAttempts = retry.Enabled ? retry.MaxAttempts : 1;
            _baseDelay = retry.BaseDelay;
            _maxDelay = retry.MaxDelay;
            _overallTimeout = options.OverallTimeout == System.Threading.Timeout.InfiniteTimeSpan ? null : options.OverallTimeout;
            _maxResponseBytes = options.MaxResponseBytes;
            _failureBudget = _maxAttempts > 1 && options.FailureBudgetThreshold > 0 ? new FailureBudget(options.FailureBudgetThreshold) : null;

            BaseAddress = baseAddress.AbsoluteUri.TrimEnd('/');
            SignInWithX = options.SignInWithX;
            _userAgent = options.UserAgent;
            _recordContent = options.RecordContent;
            _timeout = options.Timeout;
            if (options.HttpClient is { } supplied)
            {
                _http = supplied;
                _timeout = supplied.Timeout;
            }
            else
            {
                var handler = new SocketsHttpHandler
                {
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AllowAutoRedirect = false,
                };
                _http = new HttpClient(handler) { Timeout = options.Timeout };
                _ownsHttp = true;
            }
        }

        /// <summary>The base address every route is appended to, without a trailing slash.</summary>
        public string BaseAddress { get; }

        /// <summary>The per-request <c>SIGN-IN-WITH-X</c> provider from <see cref="VeniceClientOptions.SignInWithX"/>, if any.</summary>
        internal Func<CancellationToken, ValueTask<string>>? SignInWithX { get; }

        /// <summary>Creates a request with the credentials and user agent set.</summary>
        /// <param name="method">The HTTP method.</param>
        /// <param name="uri">The absolute request URI.</param>
        /// <returns>The request; the send methods dispose it.</returns>
        public HttpRequestMessage CreateRequest(HttpMethod method, Uri uri) => CreateRequest(method, uri, null);

        /// <summary>
        /// Creates a request with the credentials and user agent set, naming the route template it was built from
        /// (telemetry reports it as <c>url.template</c> and derives the GenAI operation from it). While no telemetry
        /// listener is attached this is exactly <see cref="CreateRequest(HttpMethod, Uri)"/>.
        /// </summary>
        /// <param name="method">The HTTP method.</param>
        /// <param name="uri">The absolute request URI.</param>
        /// <param name="route">The route template relative to the base address, e.g. <c>/api_keys/{id}</c>; null uses the request path.</param>
        /// <returns>The request; the send methods dispose it.</returns>
        public HttpRequestMessage CreateRequest(HttpMethod method, Uri uri, string? route)
        {
            // Only while someone listens is the request the traced kind that carries the call's span; the send
            // methods tell the two apart with one type test, so an untraced call runs exactly the code it always did.
            HttpRequestMessage request = VeniceTelemetry.IsEnabled ? new TracedRequestMessage(method, uri, route) : new HttpRequestMessage(method, uri);
            if (_authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", _authorization);
            }

            request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
            return request;
        }

        /// <summary>Adds a header from a parameter; null is omitted, and line breaks are refused (header injection).</summary>
        /// <param name="request">The request.</param>
        /// <param name="name">The header name.</param>
        /// <param name="value">The value.</param>
        public static void AddHeader(HttpRequestMessage request, string name, string? value)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (value is null)
            {
                return;
            }

            if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                throw new ArgumentException($"The value for header '{name}' contains a line break, which would inject headers; remove it.", nameof(value));
            }

            request.Headers.TryAddWithoutValidation(name, value);
        }

        /// <summary>Sends a request whose success response carries nothing the caller needs.</summary>
        /// <param name="request">The request (disposed here).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>A task that completes when the server has answered with success.</returns>
        public Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request is TracedRequestMessage traced ? SendTracedAsync(traced, cancellationToken) : SendPlainAsync(request, cancellationToken);

        private async Task SendPlainAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using HttpResponseMessage response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Sends a request and reads its JSON body.</summary>
        /// <typeparam name="T">The body type.</typeparam>
        /// <param name="request">The request (disposed here).</param>
        /// <param name="typeInfo">The body's JSON contract.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The parsed body.</returns>
        public Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
            request is TracedRequestMessage traced ? SendTracedAsync(traced, typeInfo, cancellationToken) : SendPlainAsync(request, typeInfo, cancellationToken);

        private async Task<T> SendPlainAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            using CancellationTokenSource? deadline = StartDeadline(cancellationToken);
            CancellationToken token = deadline?.Token ?? cancellationToken;
            try
            {
                using HttpResponseMessage response = await SendAttemptsAsync(request, token).ConfigureAwait(false);
                return await ReadJsonAsync(response, typeInfo, _maxResponseBytes, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (IsDeadline(deadline, cancellationToken))
            {
                throw OverallTimeoutError(ex);
            }
        }

        /// <summary>Sends a request and reads its JSON body together with the response metadata.</summary>
        /// <typeparam name="T">The body type.</typeparam>
        /// <param name="request">The request (disposed here).</param>
        /// <param name="typeInfo">The body's JSON contract.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The parsed body and metadata.</returns>
        public Task<ApiResponse<T>> SendWithMetadataAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
            request is TracedRequestMessage traced
                ? SendWithMetadataTracedAsync(traced, typeInfo, cancellationToken)
                : SendWithMetadataPlainAsync(request, typeInfo, cancellationToken);

        private async Task<ApiResponse<T>> SendWithMetadataPlainAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            using CancellationTokenSource? deadline = StartDeadline(cancellationToken);
            CancellationToken token = deadline?.Token ?? cancellationToken;
            try
            {
                using HttpResponseMessage response = await SendAttemptsAsync(request, token).ConfigureAwait(false);
                T value = await ReadJsonAsync(response, typeInfo, _maxResponseBytes, token).ConfigureAwait(false);
                return new ApiResponse<T>(value, ResponseMetadata.From(response));
            }
            catch (OperationCanceledException ex) when (IsDeadline(deadline, cancellationToken))
            {
                throw OverallTimeoutError(ex);
            }
        }

        /// <summary>Sends a request and returns its body as an unbuffered stream.</summary>
        /// <param name="request">The request (disposed here).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The binary response; dispose it to release the connection.</returns>
        public Task<BinaryResponse> SendForBinaryAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request is TracedRequestMessage traced ? SendForBinaryTracedAsync(traced, cancellationToken) : SendForBinaryPlainAsync(request, cancellationToken);

        private async Task<BinaryResponse> SendForBinaryPlainAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                Stream content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                return new BinaryResponse(response, content);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Sends a request whose success answer is JSON or media, and dispatches on the response <c>Content-Type</c>:
        /// <c>application/json</c> (or <c>+json</c>) is parsed into <see cref="MediaResponse{T}.Value"/>; anything
        /// else stays an unbuffered stream in <see cref="MediaResponse{T}.Media"/>.
        /// </summary>
        /// <typeparam name="T">The JSON body type.</typeparam>
        /// <param name="request">The request (disposed here).</param>
        /// <param name="typeInfo">The JSON body's contract.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The JSON value or the media stream; dispose it to release the connection.</returns>
        public Task<MediaResponse<T>> SendForMediaAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
            request is TracedRequestMessage traced
                ? SendForMediaTracedAsync(traced, typeInfo, cancellationToken)
                : SendForMediaPlainAsync(request, typeInfo, cancellationToken);

        private async Task<MediaResponse<T>> SendForMediaPlainAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                if (IsJson(response.Content.Headers.ContentType?.MediaType))
                {
                    using (response)
                    {
                        T value = await ReadJsonAsync(response, typeInfo, _maxResponseBytes, cancellationToken).ConfigureAwait(false);
                        return new MediaResponse<T>(value, ResponseMetadata.From(response));
                    }
                }

                Stream content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                return new MediaResponse<T>(new BinaryResponse(response, content));
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private static bool IsJson(string? mediaType) =>
            mediaType is not null
            && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Sends a request that answers <c>text/event-stream</c> and yields each event's JSON payload until
        /// <c>data: [DONE]</c>, or until a payload that is an <see cref="IEventStreamTerminal"/> reporting
        /// <see cref="IEventStreamTerminal.IsTerminal"/> has been yielded. An event with a top-level <c>error</c>,
        /// or a payload that is an <see cref="IEventStreamError"/> reporting <see cref="IEventStreamError.IsError"/>,
        /// ends the stream with <see cref="VeniceApiException"/>; a stream that ends before either end marker throws
        /// <see cref="VeniceStreamTruncatedException"/>.
        /// </summary>
        /// <typeparam name="T">The event payload type.</typeparam>
        /// <param name="request">The request (disposed here).</param>
        /// <param name="typeInfo">The payload's JSON contract.</param>
        /// <param name="cancellationToken">Cancels the call and stops reading.</param>
        /// <returns>The payloads, as they arrive.</returns>
        public IAsyncEnumerable<T> StreamAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
            request is TracedRequestMessage traced ? StreamTracedAsync(traced, typeInfo, cancellationToken) : StreamPlainAsync(request, typeInfo, cancellationToken);

        private async IAsyncEnumerable<T> StreamPlainAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");
            using HttpResponseMessage response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var reader = new EventStreamReader<T>(typeInfo, response);
                SseParser<EventStreamFrame<T>> parser = SseParser.Create(stream, reader.Parse);
                IAsyncEnumerator<SseItem<EventStreamFrame<T>>> events = parser.EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
                await using (events.ConfigureAwait(false))
                {
                    int received = 0;
                    while (true)
                    {
                        bool hasEvent;
                        try
                        {
                            hasEvent = await events.MoveNextAsync().ConfigureAwait(false);
                        }
                        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
                        {
                            throw new VeniceStreamTruncatedException(received, ex) { RequestId = ResponseMetadata.Header(response.Headers, "CF-RAY") };
                        }

                        if (!hasEvent)
                        {
                            throw new VeniceStreamTruncatedException(received) { RequestId = ResponseMetadata.Header(response.Headers, "CF-RAY") };
                        }

                        EventStreamFrame<T> frame = events.Current.Data;
                        switch (frame.Kind)
                        {
                            case EventStreamFrameKind.Done:
                                yield break;
                            case EventStreamFrameKind.Error:
                                throw frame.Error!;
                            case EventStreamFrameKind.Value:
                                received++;
                                yield return frame.Value!;
                                if (frame.Value is IEventStreamTerminal { IsTerminal: true })
                                {
                                    // The payload itself says the stream is over (no [DONE] follows it).
                                    yield break;
                                }

                                break;
                        }
                    }
                }
            }
        }

        // The traced twins: each wraps its plain method in the call's span (started before the first send, so
        // HttpClient's own spans nest under it; ended when the value, the binary headers or the stream's end arrive)
        // and records the final exception, whatever layer converted it. Only requests created while a listener was
        // attached take these paths.

        private async Task SendTracedAsync(TracedRequestMessage request, CancellationToken cancellationToken)
        {
            request.Start(_recordContent);
            try
            {
                await SendPlainAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (request.Fail(ex))
            {
                throw;
            }
            finally
            {
                request.Stop();
            }
        }

        private async Task<T> SendTracedAsync<T>(TracedRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            request.Start(_recordContent);
            try
            {
                T value = await SendPlainAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
                request.Completed(value);
                return value;
            }
            catch (Exception ex) when (request.Fail(ex))
            {
                throw;
            }
            finally
            {
                request.Stop();
            }
        }

        private async Task<ApiResponse<T>> SendWithMetadataTracedAsync<T>(TracedRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            request.Start(_recordContent);
            try
            {
                ApiResponse<T> response = await SendWithMetadataPlainAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
                request.Completed(response.Value);
                return response;
            }
            catch (Exception ex) when (request.Fail(ex))
            {
                throw;
            }
            finally
            {
                request.Stop();
            }
        }

        private async Task<BinaryResponse> SendForBinaryTracedAsync(TracedRequestMessage request, CancellationToken cancellationToken)
        {
            request.Start(_recordContent);
            try
            {
                return await SendForBinaryPlainAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (request.Fail(ex))
            {
                throw;
            }
            finally
            {
                request.Stop();
            }
        }

        private async Task<MediaResponse<T>> SendForMediaTracedAsync<T>(TracedRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            request.Start(_recordContent);
            try
            {
                MediaResponse<T> response = await SendForMediaPlainAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
                if (response.IsJson)
                {
                    request.Completed(response.Value);
                }

                return response;
            }
            catch (Exception ex) when (request.Fail(ex))
            {
                throw;
            }
            finally
            {
                request.Stop();
            }
        }

        private async IAsyncEnumerable<T> StreamTracedAsync<T>(TracedRequestMessage request, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            request.Start(_recordContent);
            try
            {
                IAsyncEnumerator<T> items = StreamPlainAsync(request, typeInfo, cancellationToken).GetAsyncEnumerator(cancellationToken);
                await using (items.ConfigureAwait(false))
                {
                    while (true)
                    {
                        try
                        {
                            if (!await items.MoveNextAsync().ConfigureAwait(false))
                            {
                                break;
                            }
                        }
                        catch (Exception ex) when (request.Fail(ex))
                        {
                            throw;
                        }

                        request.Completed(items.Current);
                        yield return items.Current;
                    }
                }
            }
            finally
            {
                // Whichever way the stream ends: [DONE], a terminal payload, a failure, or the caller disposing early.
                request.Stop();
            }
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            if (_ownsHttp)
            {
                _http.Dispose();
            }
        }

        /// <summary>
        /// Sends until the response headers of a successful answer arrive (retrying as configured) under the
        /// overall deadline, which ends here: the caller reads the body with its own token. Without a deadline
        /// this adds no state machine of its own.
        /// </summary>
        private ValueTask<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _overallTimeout is null ? SendAttemptsAsync(request, cancellationToken) : SendWithDeadlineAsync(request, cancellationToken);

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private async ValueTask<HttpResponseMessage> SendWithDeadlineAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using CancellationTokenSource? deadline = StartDeadline(cancellationToken);
            try
            {
                return await SendAttemptsAsync(request, deadline!.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (IsDeadline(deadline, cancellationToken))
            {
                throw OverallTimeoutError(ex);
            }
        }

        /// <summary>
        /// The send loop. Returns the first successful response (headers read, body not yet); maps a final
        /// failure to <see cref="VeniceApiException"/> (or a timeout, network, retry-delay or failure-budget
        /// error). Every response that is not returned is disposed, and so is every request. A pooled
        /// <see cref="ValueTask{TResult}"/>: the layers under the public methods add no task or state-machine allocation
        /// per call (each is awaited exactly once, by its caller in this class).
        /// </summary>
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private async ValueTask<HttpResponseMessage> SendAttemptsAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpRequestMessage current = request;
            byte[]? replayBody = null;
            int attempt = 1;
            try
            {
                while (true)
                {
                    HttpResponseMessage? response = null;
                    HttpRequestException? transient = null;
                    try
                    {
                        response = await _http.SendAsync(current, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && ex.InnerException is TimeoutException)
                    {
                        throw new VeniceTimeoutException(_timeout, ex);
                    }
                    catch (HttpRequestException ex) when (attempt < _maxAttempts && RetryPolicy.CanReplay(request) && RetryPolicy.MayRetryNetworkError(request, ex))
                    {
                        transient = ex;
                    }
                    finally
                    {
                        if (!ReferenceEquals(current, request))
                        {
                            current.Dispose();
                        }
                    }

                    TimeSpan delay;
                    if (response is null)
                    {
                        // A connection failure: nothing reached the server's failure count, but a spent budget still stops retries.
                        ThrowIfBudgetExhausted(transient!);
                        delay = RetryDelay.Backoff(attempt, _baseDelay, _maxDelay);
                    }
                    else
                    {
                        if (response.IsSuccessStatusCode)
                        {
                            TracedRequestMessage.Response(request, response);
                            return response;
                        }

                        using (response)
                        {
                            _failureBudget?.RecordFailure();
                            if (attempt >= _maxAttempts || !RetryPolicy.MayRetryStatus(request, response.StatusCode) || !RetryPolicy.CanReplay(request))
                            {
                                throw await CreateErrorAsync(response, cancellationToken).ConfigureAwait(false);
                            }

                            DateTimeOffset now = DateTimeOffset.UtcNow;
                            if (RetryDelay.TryFromResponse(response, now, out DateTimeOffset retryAt))
                            {
                                delay = retryAt - now;
                                if (delay > _maxDelay)
                                {
                                    VeniceApiException error = await CreateErrorAsync(response, cancellationToken).ConfigureAwait(false);
                                    throw new VeniceRetryDelayExceededException(retryAt, delay, _maxDelay, error);
                                }
                            }
                            else
                            {
                                delay = RetryDelay.Backoff(attempt, _baseDelay, _maxDelay);
                            }

                            if (_failureBudget is not null && _failureBudget.IsExhausted(out _, out _))
                            {
                                ThrowIfBudgetExhausted(await CreateErrorAsync(response, cancellationToken).ConfigureAwait(false));
                            }
                        }
                    }

                    TracedRequestMessage.Retry(request, attempt + 1, delay, response, transient);
                    if (delay > TimeSpan.Zero)
                    {
                        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    }

                    if (request.Content is not null)
                    {
                        replayBody ??= await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                    }

                    current = RetryPolicy.Clone(request, replayBody);
                    attempt++;
                }
            }
            finally
            {
                request.Dispose();
            }
        }

        private void ThrowIfBudgetExhausted(Exception lastError)
        {
            if (_failureBudget is not null && _failureBudget.IsExhausted(out int failures, out TimeSpan clearsIn))
            {
                throw new VeniceFailureBudgetExceededException(failures, _failureBudget.Threshold, clearsIn, lastError);
            }
        }

        private CancellationTokenSource? StartDeadline(CancellationToken cancellationToken)
        {
            if (_overallTimeout is not { } overall)
            {
                return null;
            }

            CancellationTokenSource deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(overall);
            return deadline;
        }

        private static bool IsDeadline(CancellationTokenSource? deadline, CancellationToken callerToken) =>
            deadline is not null && deadline.IsCancellationRequested && !callerToken.IsCancellationRequested;

        private VeniceTimeoutException OverallTimeoutError(OperationCanceledException cancellation)
        {
            TimeSpan overall = _overallTimeout.GetValueOrDefault();
            return new VeniceTimeoutException(
                overall,
                string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"The Venice call did not complete within VeniceClientOptions.OverallTimeout ({overall.TotalSeconds:0.###} s), which bounds all attempts of a call and the waits between them; raise it or lower Retry.MaxAttempts."),
                cancellation);
        }

        private static async Task<VeniceApiException> CreateErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            ResponseMetadata metadata = ResponseMetadata.From(response);
            byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
            int length = 0;
            try
            {
                Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    while (length < MaxErrorBodyBytes)
                    {
                        if (length == buffer.Length)
                        {
                            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxErrorBodyBytes));
                            buffer.AsSpan(0, length).CopyTo(larger);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }

                        int read = await body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, MaxErrorBodyBytes) - length), cancellationToken).ConfigureAwait(false);
                        if (read == 0)
                        {
                            break;
                        }

                        length += read;
                    }
                }

                return VeniceApiException.FromBody(response.StatusCode, buffer.AsSpan(0, length), metadata);
            }
            catch (IOException ex)
            {
                // The error body itself was cut off; report the status with what arrived.
                return new VeniceApiException(response.StatusCode, VeniceApiException.ParsedError.Parse(buffer.AsSpan(0, length)), null, metadata, ex);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private static async ValueTask<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, long maxBytes, CancellationToken cancellationToken)
        {
            long? declared = response.Content.Headers.ContentLength;
            if (declared > maxBytes)
            {
                throw new VeniceResponseTooLargeException(response.StatusCode, maxBytes, declared) { RequestId = ResponseMetadata.Header(response.Headers, "CF-RAY") };
            }

            if (declared == 0)
            {
                throw EmptyBody<T>(response);
            }

            T? value;
            LimitedReadStream? limited = null;
            try
            {
                Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                if (declared is null)
                {
                    // Chunked: count as it arrives (a declared length is enforced by the handler).
                    stream = limited = new LimitedReadStream(stream, maxBytes, response.StatusCode);
                }

                await using (stream.ConfigureAwait(false))
                {
                    value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (JsonException ex)
            {
                if (limited is { BytesRead: 0 })
                {
                    throw EmptyBody<T>(response);
                }

                // Parsed whatever the Content-Type says (a JSON body labelled text/plain still works); the type is named when it fails.
                string? contentType = response.Content.Headers.ContentType?.MediaType;
                throw new VeniceApiException(
                    response.StatusCode,
                    $"the response body{(contentType is null ? string.Empty : " (" + contentType + ")")} is not valid JSON for {typeof(T).Name} ({ex.Message})",
                    null,
                    ResponseMetadata.From(response),
                    ex);
            }

            return value ?? throw new VeniceApiException(
                response.StatusCode,
                $"the response body was JSON null where {typeof(T).Name} was expected",
                "null",
                ResponseMetadata.From(response));
        }

        private static VeniceApiException EmptyBody<T>(HttpResponseMessage response) =>
            new(response.StatusCode, $"the response body was empty where {typeof(T).Name} was expected", null, ResponseMetadata.From(response));
    }
}
