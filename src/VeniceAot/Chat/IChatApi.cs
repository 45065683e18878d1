using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Chat
{
    /// <summary>
    /// The Chat group as the generator implements it: requests are sent exactly as given. Internal because
    /// <see cref="StreamAsync"/> does not set <c>stream: true</c> by itself; callers use <see cref="ChatClient"/>, which does.
    /// </summary>
    [VeniceApi(typeof(ChatJsonContext))]
    internal interface IChatApi
    {
        /// <summary><c>POST /chat/completions</c>, answered with one JSON body.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The completion.</returns>
        [Post("/chat/completions")]
        Task<ChatCompletion> CreateAsync([Body] ChatCompletionRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /chat/completions</c>, answered with one JSON body, with the response headers.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The completion and the response metadata.</returns>
        [Post("/chat/completions")]
        Task<ApiResponse<ChatCompletion>> CreateWithMetadataAsync([Body] ChatCompletionRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /chat/completions</c> answered with <c>text/event-stream</c>; the request must have <c>stream: true</c>.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call and stops reading.</param>
        /// <returns>The chunks until <c>data: [DONE]</c>.</returns>
        [Post("/chat/completions")]
        IAsyncEnumerable<ChatCompletionChunk> StreamAsync([Body] ChatCompletionRequest request, CancellationToken cancellationToken = default);
    }
}
