using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Chat
{
    /// <summary>
    /// The Chat group (<c>POST /chat/completions</c>), reached as <see cref="VeniceClient.Chat"/>. A thin hand-written
    /// layer over the generated client: it decides the <c>stream</c> flag so the body always matches the answer the
    /// caller reads. <see cref="CreateAsync"/> sends the request as given (no <c>stream</c> key unless the caller set
    /// <c>Stream = false</c>); <see cref="StreamAsync"/> sends a copy with <c>Stream = true</c>, so a caller who forgot
    /// the flag still gets a stream. The caller's request object is never changed.
    /// </summary>
    public sealed class ChatClient
    {
        private readonly IChatApi _api;

        /// <summary>Creates the client over <paramref name="connection"/>.</summary>
        /// <param name="connection">The connection to send through (e.g. <see cref="VeniceClient.Connection"/>).</param>
        public ChatClient(ApiConnection connection)
        {
            ArgumentNullException.ThrowIfNull(connection);
            _api = new ChatApiClient(connection);
        }

        /// <summary><c>POST /chat/completions</c> without streaming: waits for the whole answer.</summary>
        /// <param name="request">The request; <see cref="ChatCompletionRequest.Stream"/> must not be true.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The completion.</returns>
        /// <exception cref="ArgumentException"><see cref="ChatCompletionRequest.Stream"/> is true; use <see cref="StreamAsync"/>.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<ChatCompletion> CreateAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default)
        {
            ThrowIfStreaming(request);
            return _api.CreateAsync(request, cancellationToken);
        }

        /// <summary>Like <see cref="CreateAsync"/>, also returning the response headers (rate limits, balance, request id).</summary>
        /// <param name="request">The request; <see cref="ChatCompletionRequest.Stream"/> must not be true.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The completion and the response metadata.</returns>
        /// <exception cref="ArgumentException"><see cref="ChatCompletionRequest.Stream"/> is true; use <see cref="StreamAsync"/>.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<ApiResponse<ChatCompletion>> CreateWithMetadataAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default)
        {
            ThrowIfStreaming(request);
            return _api.CreateWithMetadataAsync(request, cancellationToken);
        }

        /// <summary>
        /// <c>POST /chat/completions</c> with <c>stream: true</c> (set here whatever the request says): yields each
        /// <c>chat.completion.chunk</c> as it arrives until <c>data: [DONE]</c>. The request is sent when enumeration starts.
        /// Set <see cref="ChatCompletionRequest.StreamOptions"/> with <c>IncludeUsage = true</c> to get usage on the last
        /// chunk. Fold the chunks with <see cref="ChatStreamExtensions.ToCompletionAsync"/> or <see cref="ChatCompletionAccumulator"/>.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call and stops reading (also via <c>WithCancellation</c>).</param>
        /// <returns>The chunks.</returns>
        /// <exception cref="VeniceApiException">Venice refused the request, or sent an error event mid-stream.</exception>
        /// <exception cref="VeniceStreamTruncatedException">The stream ended without <c>data: [DONE]</c>.</exception>
        public IAsyncEnumerable<ChatCompletionChunk> StreamAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            ChatCompletionRequest streaming = request.Stream == true ? request : request with { Stream = true };
            return _api.StreamAsync(streaming, cancellationToken);
        }

        private static void ThrowIfStreaming(ChatCompletionRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request.Stream == true)
            {
                throw new ArgumentException("The request has Stream = true, which makes Venice answer with an event stream; call StreamAsync instead.", nameof(request));
            }
        }
    }
}
