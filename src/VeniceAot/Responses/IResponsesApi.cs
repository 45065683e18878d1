using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Responses
{
    /// <summary>The Responses API group (alpha): <c>POST /responses</c>, OpenAI Responses-compatible and stateless.</summary>
    public interface IResponsesApi
    {
        /// <summary><c>POST /responses</c>: creates a response and waits for all of it.</summary>
        /// <param name="request">The request; <see cref="ResponsesRequest.Stream"/> must not be <c>true</c> (use <see cref="StreamAsync"/>).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The response.</returns>
        /// <exception cref="ArgumentException"><see cref="ResponsesRequest.Stream"/> is <c>true</c>.</exception>
        Task<ResponsesResponse> CreateAsync(ResponsesRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /responses</c>: like <see cref="CreateAsync"/>, with the response headers (request id, rate limits, x402 balance).</summary>
        /// <param name="request">The request; <see cref="ResponsesRequest.Stream"/> must not be <c>true</c>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The response and its metadata.</returns>
        /// <exception cref="ArgumentException"><see cref="ResponsesRequest.Stream"/> is <c>true</c>.</exception>
        Task<ApiResponse<ResponsesResponse>> CreateWithMetadataAsync(ResponsesRequest request, CancellationToken cancellationToken = default);

        /// <summary>
        /// <c>POST /responses</c> with <c>"stream": true</c> (sent whatever <see cref="ResponsesRequest.Stream"/> says): yields
        /// events as they arrive. The sequence ends after <c>response.completed</c>, <c>response.failed</c> or
        /// <c>response.incomplete</c>, or at <c>[DONE]</c>; an <c>error</c> event throws <see cref="VeniceApiException"/>; a
        /// stream that stops before an end throws <see cref="VeniceStreamTruncatedException"/>.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call and stops reading.</param>
        /// <returns>The events.</returns>
        IAsyncEnumerable<ResponseStreamEvent> StreamAsync(ResponsesRequest request, CancellationToken cancellationToken = default);
    }

    /// <summary>The wire calls, implemented by the generator; <see cref="ResponsesApi"/> decides the <c>stream</c> flag around them.</summary>
    [VeniceApi(typeof(ResponsesJsonContext))]
    internal interface IResponsesTransport
    {
        [Post("/responses")]
        Task<ResponsesResponse> CreateAsync([Body] ResponsesRequest request, CancellationToken cancellationToken);

        [Post("/responses")]
        Task<ApiResponse<ResponsesResponse>> CreateWithMetadataAsync([Body] ResponsesRequest request, CancellationToken cancellationToken);

        [Post("/responses")]
        IAsyncEnumerable<ResponseStreamEvent> StreamAsync([Body] ResponsesRequest request, CancellationToken cancellationToken);
    }

    /// <summary>Implements <see cref="IResponsesApi"/> over the generated transport.</summary>
    internal sealed class ResponsesApi(ApiConnection connection) : IResponsesApi
    {
        private readonly ResponsesTransportClient _transport = new(connection);

        public Task<ResponsesResponse> CreateAsync(ResponsesRequest request, CancellationToken cancellationToken = default) =>
            _transport.CreateAsync(EnsureNotStreaming(request), cancellationToken);

        public Task<ApiResponse<ResponsesResponse>> CreateWithMetadataAsync(ResponsesRequest request, CancellationToken cancellationToken = default) =>
            _transport.CreateWithMetadataAsync(EnsureNotStreaming(request), cancellationToken);

        public IAsyncEnumerable<ResponseStreamEvent> StreamAsync(ResponsesRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _transport.StreamAsync(request.Stream == true ? request : request.WithStream(true), cancellationToken);
        }

        private static ResponsesRequest EnsureNotStreaming(ResponsesRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request.Stream == true)
            {
                throw new ArgumentException("ResponsesRequest.Stream is true; call StreamAsync to read a streamed response.", nameof(request));
            }

            return request;
        }
    }
}
