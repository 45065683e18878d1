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

namespace VeniceAot.Http
{
    /// <summary>
    /// The small runtime generated clients call: it creates requests with credentials, sends them, maps
    /// failures to <see cref="VeniceApiException"/> and reads bodies through <see cref="JsonTypeInfo{T}"/>.
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

        /// <summary>Creates a connection from <paramref name="options"/>.</summary>
        /// <param name="options">Key, base address, timeout, user agent and optional <see cref="HttpClient"/>.</param>
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

            BaseAddress = baseAddress.AbsoluteUri.TrimEnd('/');
            _userAgent = options.UserAgent;
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
                    AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Brotli,
                    AllowAutoRedirect = false,
                };
                _http = new HttpClient(handler) { Timeout = options.Timeout };
                _ownsHttp = true;
            }
        }

        /// <summary>The base address every route is appended to, without a trailing slash.</summary>
        public string BaseAddress { get; }

        /// <summary>Creates a request with the credentials and user agent set.</summary>
        /// <param name="method">The HTTP method.</param>
        /// <param name="uri">The absolute request URI.</param>
        /// <returns>The request; the send methods dispose it.</returns>
        public HttpRequestMessage CreateRequest(HttpMethod method, Uri uri)
        {
            var request = new HttpRequestMessage(method, uri);
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
        public async Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using HttpResponseMessage response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Sends a request and reads its JSON body.</summary>
        /// <typeparam name="T">The body type.</typeparam>
        /// <param name="request">The request (disposed here).</param>
        /// <param name="typeInfo">The body's JSON contract.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The parsed body.</returns>
        public async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            using HttpResponseMessage response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
            return await ReadJsonAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Sends a request and reads its JSON body together with the response metadata.</summary>
        /// <typeparam name="T">The body type.</typeparam>
        /// <param name="request">The request (disposed here).</param>
        /// <param name="typeInfo">The body's JSON contract.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The parsed body and metadata.</returns>
        public async Task<ApiResponse<T>> SendWithMetadataAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            using HttpResponseMessage response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
            T value = await ReadJsonAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<T>(value, ResponseMetadata.From(response));
        }

        /// <summary>Sends a request and returns its body as an unbuffered stream.</summary>
        /// <param name="request">The request (disposed here).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The binary response; dispose it to release the connection.</returns>
        public async Task<BinaryResponse> SendForBinaryAsync(HttpRequestMessage request, CancellationToken cancellationToken)
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
        public async IAsyncEnumerable<T> StreamAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
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

        /// <inheritdoc/>
        public void Dispose()
        {
            if (_ownsHttp)
            {
                _http.Dispose();
            }
        }

        private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && ex.InnerException is TimeoutException)
            {
                throw new VeniceTimeoutException(_timeout, ex);
            }
            finally
            {
                request.Dispose();
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                throw await CreateErrorAsync(response, cancellationToken).ConfigureAwait(false);
            }
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

        private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            T? value;
            try
            {
                Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (JsonException ex)
            {
                throw new VeniceApiException(
                    response.StatusCode,
                    $"the response body is not valid JSON for {typeof(T).Name} ({ex.Message})",
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
    }
}
